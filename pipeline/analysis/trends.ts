// Papers per publication year for each community.
import type { YearTrend } from './types';


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
