// Papers per publication year for each community, and the compact text form used in CSV cells.

export interface YearTrend {
  /** Year → distinct papers, years ascending. */
  byYear: Map<number, number>;
  /** Distinct papers whose year is unknown. */
  unknown: number;
}

/** Each distinct paper id counts once per community (a co-author community lists shared papers once per member). */
export function papersPerYear(
  paperIdsByCommunity: Map<number, string[]>,
  yearOf: (paperId: string) => number | undefined,
): Map<number, YearTrend> {
  const trends = new Map<number, YearTrend>();
  for (const [community, paperIds] of paperIdsByCommunity) {
    const counts = new Map<number, number>();
    let unknown = 0;
    for (const id of new Set(paperIds)) {
      const year = yearOf(id);
      if (year === undefined) unknown++;
      else counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const byYear = new Map([...counts].sort(([a], [b]) => a - b));
    trends.set(community, { byYear, unknown });
  }
  return trends;
}

/** "2019:2; 2020:5; unknown:3": years ascending, "unknown" last and only when > 0; "" when empty. */
export function formatTrend(trend: YearTrend): string {
  const parts = [...trend.byYear].sort(([a], [b]) => a - b).map(([year, count]) => `${year}:${count}`);
  if (trend.unknown > 0) parts.push(`unknown:${trend.unknown}`);
  return parts.join('; ');
}
