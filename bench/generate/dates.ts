// Publication dates over 2011–2026, more papers each year (the field grows ~20 % a year), and the
// ways pages and tables write them.
import { type Rng, Weighted } from './rng';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2026;
const GROWTH = 1.2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const years = new Weighted(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => Math.pow(GROWTH, i)));

export function drawDay(rng: Rng): Day {
  const year = FIRST_YEAR + years.draw(rng);
  const month = rng.int(1, 12);
  return { year, month, day: rng.int(1, daysIn(year, month)) };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in order from 2011-01-01 (months of 31 days: an order, not a calendar), small enough for a Uint16. */
export function dayIndex(d: Day): number {
  return ((d.year - FIRST_YEAR) * 12 + d.month - 1) * 31 + d.day - 1;
}

/** The year of a dayIndex. */
export function yearOfIndex(index: number): number {
  return FIRST_YEAR + Math.floor(index / (12 * 31));
}

/** "2023-05-25", as tables write it. */
export function isoDate(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "May 25, 2023", or "May 25" when the page leaves the year out. */
export function pageDate(d: Day, withYear: boolean): string {
  const short = `${MONTHS[d.month - 1]} ${d.day}`;
  return withYear ? `${short}, ${d.year}` : short;
}
