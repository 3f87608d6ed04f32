// Dates as pages and tables write them, to ISO parts. A date without a year keeps `year`
// undefined: a listing's "Mar 4" says nothing about which year, so none is guessed.
import type { PaperDate } from '../model';

/** English month names, short or long ("Sep", "Sept", "September"); for building line patterns. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Older years in a paper's date are typos ("1021" for "2021") or placeholders. */
export const EARLIEST_YEAR = 1500;
/**
 * Next year (papers appear dated ahead), read once per run: from SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) when it is set, so a run can be repeated to the byte in any
 * year; else from the clock.
 */
export const LATEST_YEAR = latestYear(process.env.SOURCE_DATE_EPOCH, Date.now());

export function latestYear(sourceDateEpoch: string | undefined, now: number): number {
  const time = sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) * 1000 : now;
  return new Date(time).getUTCFullYear() + 1;
}

export function isPlausibleYear(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month written as a number ("11", "03") by its name, which the date readers take in any order; other text as it is. */
export function monthName(month: string): string {
  const n = /^\d{1,2}$/.test(month.trim()) ? Number(month) : 0;
  return n >= 1 && n <= 12 ? MONTH_NAMES[n - 1]! : month;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?,?(?:\\s+(\\d{4}))?$`, 'i');
const MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})$`, 'i');

/** "May 25, 2023", "Mar 4", "2023-05-25", "2023-05-25T10:00:00Z", "2023/05/25", "2023-05", "2023", "25 May 2023". */
export function parseDate(raw: string): PaperDate | undefined {
  const text = raw.trim();
  if (text.length > 40) return undefined;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text) ?? SLASHED.exec(text))) return build(text, num(m[1]), num(m[2]), num(m[3]));
  if ((m = YEAR_MONTH.exec(text))) return build(text, num(m[1]), num(m[2]));
  if ((m = YEAR.exec(text))) return build(text, num(m[1]));
  if ((m = MONTH_DAY_YEAR.exec(text))) return build(text, num(m[3]), monthNumber(m[1]), num(m[2]));
  if ((m = DAY_MONTH_YEAR.exec(text))) return build(text, num(m[3]), monthNumber(m[2]), num(m[1]));
  if ((m = MONTH_YEAR.exec(text))) return build(text, num(m[2]), monthNumber(m[1]));
  return undefined;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function monthNumber(name: string | undefined): number | undefined {
  const i = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Undefined for an impossible date (month 13, Feb 30, Feb 29 of a common year). */
function build(raw: string, year?: number, month?: number, day?: number): PaperDate | undefined {
  if (year !== undefined && (year < 1000 || year > 2999)) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysIn(month, year))) return undefined;
  const date: PaperDate = { raw };
  if (year !== undefined) date.year = year;
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

/** Without a year, Feb 29 is allowed: the page may mean a leap year. */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
