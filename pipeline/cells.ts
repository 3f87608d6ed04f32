// How values are written in report cells, shared by the exporters and the graphs' edge reports,
// so the CSVs, the bundle and the GEXF files agree to the digit.

/** One CSV cell: undefined and null are empty. */
export type Cell = string | number | boolean | undefined | null;

/** Six significant digits: enough to rank by, and stable against floating-point noise. */
export function round6(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : 0;
}

/** Several values in one cell. */
export function joinCell(values: readonly (string | number)[]): string {
  return values.join('; ');
}

/** First and last page as one value ("959-975"); the first alone when that is all (an article number). */
export function pageRange(pages: { pageStart?: string; pageEnd?: string }): string | undefined {
  const { pageStart: first, pageEnd: last } = pages;
  return first && last && last !== first ? `${first}-${last}` : (first ?? last);
}
