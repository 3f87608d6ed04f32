// The month an arXiv id was given in: new-style ids are YYMM.NNNNN (from April 2007), old-style
// ones archive/YYMMNNN (August 1991 to March 2007). It is when the paper was first submitted,
// which dates a preprint that no source dates otherwise; never a scrape date.
import { isPlausibleYear } from '../ingest/dates';

export function arxivMonth(id: string): { year: number; month: number } | undefined {
  const modern = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
  const old = modern ? undefined : /^[a-z]+(?:-[a-z]+)*\/(\d{2})(\d{2})\d{3}$/.exec(id);
  const [yy, mm] = (modern ?? old)?.slice(1).map(Number) ?? [];
  if (yy === undefined || mm === undefined || mm < 1 || mm > 12) return undefined;
  const year = modern ? 2000 + yy : yy >= 91 ? 1900 + yy : 2000 + yy;
  const month = year * 12 + mm;
  const [from, to] = modern ? [2007 * 12 + 4, Infinity] : [1991 * 12 + 8, 2007 * 12 + 3];
  return month >= from && month <= to && isPlausibleYear(year) ? { year, month: mm } : undefined;
}
