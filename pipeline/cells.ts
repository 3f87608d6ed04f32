// How values are written in report cells, shared by the exporters and the graphs' edge reports,
// so the CSVs, the bundle and the GEXF files agree to the digit.

/** One CSV cell: undefined and null are empty. */
export type Cell = string | number | boolean | undefined | null;

/** 10^0 … 10^22, the powers of ten a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Six significant digits: enough to rank by, and stable against floating-point noise. The value
 * of Number(value.toPrecision(6)), computed without the string (a third of the time: reports and
 * the bundle round millions of values): the six digits as an integer n, then n / 10^k, which
 * IEEE division rounds to the same double as parsing the digits would, since both are exact.
 * Where the scaled value lies too near a half for its rounding to be sure, or the digits' count
 * comes out wrong, it asks toPrecision.
 */
export function round6(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const magnitude = Math.abs(value);
  const shift = 5 - Math.floor(Math.log10(magnitude));
  if (magnitude === 0 || shift > 22 || shift < -22) return viaString(value);
  const scaled = shift >= 0 ? magnitude * EXACT_POWERS[shift]! : magnitude / EXACT_POWERS[-shift]!;
  const digits = Math.round(scaled);
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6 || digits <= 1e5 || digits > 1e6) return viaString(value);
  const rounded = shift >= 0 ? digits / EXACT_POWERS[shift]! : digits * EXACT_POWERS[-shift]!;
  return value < 0 ? -rounded : rounded;
}

const viaString = (value: number) => Number(value.toPrecision(6));

/** Several values in one cell. */
export function joinCell(values: readonly (string | number)[]): string {
  return values.join('; ');
}

/** First and last page as one value ("959-975"); the first alone when that is all (an article number). */
export function pageRange(pages: { pageStart?: string; pageEnd?: string }): string | undefined {
  const { pageStart: first, pageEnd: last } = pages;
  return first && last && last !== first ? `${first}-${last}` : (first ?? last);
}
