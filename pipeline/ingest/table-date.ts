// A table's publication date, from a date column and a year column (either may be missing).
import type { PaperDate } from '../model';
import { EARLIEST_YEAR, isPlausibleYear, LATEST_YEAR, parseDate } from './dates';
import { textOf } from './cells';

/** Notes a doubtful value of the row being read, kept in its record. */
export type Warn = (field: string, value: string, reason: string) => void;

/**
 * The publication date. A date column wins over a year column that disagrees with it, as the more
 * specific of the two (a year column may hold a volume's or a venue's year), and the year column
 * completes a date shown without one. A value that cannot be read, or gives a year outside
 * EARLIEST_YEAR–LATEST_YEAR, keeps its raw text with no year, and is warned about.
 */
export function tableDate(dateValue: unknown, yearValue: unknown, warn: Warn): PaperDate | undefined {
  const yearRaw = textOf(yearValue);
  const year = yearRaw === undefined ? undefined : tableYear(yearValue, yearRaw, warn);
  const raw = textOf(dateValue);
  if (raw === undefined) {
    if (yearRaw === undefined) return undefined;
    return year === undefined ? { raw: yearRaw } : { raw: yearRaw, year };
  }
  const date = readDate(raw, warn);
  if (date.year === undefined) {
    if (year !== undefined) date.year = year;
  } else if (year !== undefined && year !== date.year) {
    warn('year', yearRaw!, `the year column says ${year} but the date column ${raw}: the date is kept, as the more specific`);
  }
  return date;
}

/** "2021", "2021.0" (spreadsheets save years as decimals), 2021, or a date in a year column. */
const WHOLE_NUMBER = /^\d+(?:\.0+)?$/;

function tableYear(value: unknown, raw: string, warn: Warn): number | undefined {
  const year = typeof value === 'number' ? value : WHOLE_NUMBER.test(raw) ? Number(raw) : parseDate(raw)?.year;
  if (year === undefined) warn('year', raw, 'not a year');
  else if (!Number.isInteger(year) || !isPlausibleYear(year)) warn('year', raw, `not a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
  else return year;
  return undefined;
}

function readDate(raw: string, warn: Warn): PaperDate {
  const date = parseDate(raw);
  if (!date) warn('date', raw, 'not a date: an impossible one, or a form not read (2023-05-25, 2023/05/25, 2023-05, May 25, 2023, 25 May 2023, May 2023, 2023)');
  else if (date.year !== undefined && !isPlausibleYear(date.year)) warn('date', raw, `its year is not from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
  else return date;
  return { raw };
}
