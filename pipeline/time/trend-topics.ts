// Trend topics (bibliometrix's fieldByYear): when a term is used — the first quartile, median and
// third quartile of the years of its occurrences, each occurrence counted (a paper using the term
// three times counts its year three times), by R's default quantile (type 7), rounded to whole
// years (halves up).

/** Term → [q1, median, q3]; terms without a dated occurrence are absent. */
export function trendYears(paperTerms: ReadonlyMap<string, readonly { term: string; count: number }[]>, yearOf: ReadonlyMap<string, number>): Map<string, [number, number, number]> {
  const years = new Map<string, number[]>();
  for (const [paper, counts] of paperTerms) {
    const year = yearOf.get(paper);
    if (year === undefined) continue;
    for (const { term, count } of counts) {
      const list = years.get(term) ?? [];
      for (let k = 0; k < count; k++) list.push(year);
      years.set(term, list);
    }
  }
  const trends = new Map<string, [number, number, number]>();
  for (const [term, list] of years) {
    list.sort((a, b) => a - b);
    trends.set(term, [Math.round(quantile7(list, 0.25)), Math.round(quantile7(list, 0.5)), Math.round(quantile7(list, 0.75))]);
  }
  return trends;
}

/** R's type-7 quantile of sorted values: linear between the order statistics at (n − 1)·p. */
export function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  return sorted[low]! + (h - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] ?? sorted[low]!) - sorted[low]!);
}
