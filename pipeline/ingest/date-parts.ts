// A date given in parts, as bibliographic exports give it: BibTeX's year / month / day fields,
// PubMed's <Year>/<Month>/<Day> or its MedlineDate "2006 Jan-Feb". Months come as numbers or
// English names; a range keeps its start. A year out of range is kept in the raw text only, and
// warned about, as in tables.
import type { PaperDate } from '../model';
import { EARLIEST_YEAR, isPlausibleYear, LATEST_YEAR, monthNumber, parseDate } from './dates';

export interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

type Warn = (field: string, value: string, reason: string) => void;

export function dateFromParts(raw: string, parts: DateParts, warn: Warn): PaperDate {
  const date: PaperDate = { raw };
  const yearText = parts.year?.trim() ?? '';
  const year = /^\d{4}(?!\d)/.exec(yearText)?.[0];
  if (year === undefined) {
    if (yearText !== '') warn('year', yearText, 'not a year');
    return date;
  }
  if (!isPlausibleYear(Number(year))) {
    warn('year', yearText, `not a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
    return date;
  }
  date.year = Number(year);
  const month = readMonth(parts.month);
  if (month === undefined) return date;
  date.month = month;
  const day = /^\d{1,2}$/.exec(parts.day?.trim() ?? '')?.[0];
  // parseDate knows which days each month has.
  if (day !== undefined && parseDate(`${year}-${month}-${day}`)) date.day = Number(day);
  return date;
}

/** "2006 Jan-Feb", "1998 Dec-1999 Jan", "2000 Spring", "2019 Nov 5": its parts. */
export function medlineDateParts(text: string): DateParts {
  const m = /^(\d{4})(?:\s+([A-Za-z]+|\d{1,2}))?(?:\s+(\d{1,2}))?/.exec(text.trim());
  return m ? { year: m[1], month: m[2], day: m[3] } : { year: text };
}

/** A month's number or name ("May", "SEP", "10 January", "June-August" read as June). */
function readMonth(text: string | undefined): number | undefined {
  const t = text?.trim() ?? '';
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const word = /\p{L}{3,}/u.exec(t)?.[0];
  return word === undefined ? undefined : monthNumber(word);
}
