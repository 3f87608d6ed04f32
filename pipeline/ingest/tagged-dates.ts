// Publication dates as the tagged exports write them, to ISO parts. Besides the forms dates.ts
// reads, they give ranges and seasons: WoS PD "JAN-FEB", "SPR", "MAR 20"; MEDLINE DP "2006 Feb
// 20", "2006 Jan-Feb", "2006 Dec-2007 Jan", "2006 Spring"; RIS "2019///", "2019/01/15/",
// "2019/01//Spring", and IEEE's "1 Jan.-Feb. 2019", "24-27 Sept. 2019". A range is read as its
// start (an issue dated Jan-Feb came out in January at the latest); a season gives no month, as
// it could be one of three.
import type { PaperDate } from '../model';
import { EARLIEST_YEAR, isPlausibleYear, LATEST_YEAR, MONTH_PATTERN, parseDate } from './dates';

/** RIS: year/month/day/other, each part possibly empty. */
const RIS_SLASHED = /^(\d{4})(?:\/(\d{0,2})(?:\/(\d{0,2})(?:\/.*)?)?)?$/;
const MONTH = new RegExp(`^${MONTH_PATTERN}$`, 'i');
const SEASON = /^(?:spring|summer|fall|autumn|winter|spr|sum|fal|aut|win)$/i;
/** "Jan.-Feb." → "Jan.", "24-27" → "24", "Dec-2007" → "Dec": a range's start. */
const RANGE = /([a-z0-9]+\.?)\s*[-–]\s*[a-z0-9]+\.?/gi;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date a tagged export writes, or undefined when it is no date (month 13, Feb 30, words that are no month). */
export function parseTaggedDate(raw: string): PaperDate | undefined {
  const text = raw.trim();
  if (text === '' || text.length > 60) return undefined;
  const plain = parseDate(text);
  if (plain) return plain;
  const slashed = RIS_SLASHED.exec(text);
  if (slashed) return fromParts(text, slashed[1], slashed[2] || undefined, slashed[3] || undefined);
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  for (const token of text.replace(RANGE, '$1').match(/[a-z]+|\d+/gi) ?? []) {
    if (/^\d{4}$/.test(token)) year ??= token;
    else if (/^\d{1,2}$/.test(token)) {
      if (day !== undefined) return undefined;
      day = token;
    } else if (MONTH.test(token)) month ??= String(MONTHS.indexOf(token.slice(0, 3).toLowerCase()) + 1);
    else if (!SEASON.test(token)) return undefined;
  }
  // A day needs its month: "2006 20" is not a date.
  if (day !== undefined && month === undefined) return undefined;
  return fromParts(text, year, month, day);
}

/** Validated by dates.ts through its ISO form (no Feb 30), with the export's own text as raw. */
function fromParts(raw: string, year?: string, month?: string, day?: string): PaperDate | undefined {
  if (year === undefined) {
    // A month, and maybe a day, with no year ("MAR 20": a WoS PD without its PY).
    if (month === undefined) return undefined;
    if (day === undefined) return { raw, month: Number(month) };
    const date = parseDate(`${MONTHS[Number(month) - 1]} ${day}`);
    return date && { ...date, raw };
  }
  const date = parseDate([year, month, day].flatMap((p) => (p === undefined ? [] : [p.padStart(2, '0')])).join('-'));
  return date && { ...date, raw };
}

/** One text that may give the date, and how to say it is doubtful. */
export interface DateText {
  raw: string;
  doubt(reason: string): void;
}

/**
 * The date from the texts an export gives for it, in order of trust (WoS PY, PD; RIS PY, Y1, DA):
 * the most specific of those whose year agrees with the first that has one. A text with a month
 * but no year (WoS PD "APR", WoS RIS DA "NOV") is read in that year: "APR 2013". A text that is no
 * date, or whose year is not plausible, or that gives another year, is kept out, and said to be
 * doubtful.
 */
export function chooseDate(texts: readonly DateText[]): PaperDate | undefined {
  const read: { date: PaperDate; text: DateText }[] = [];
  for (const text of texts) {
    const date = parseTaggedDate(text.raw);
    if (!date) text.doubt('not a date: a form not read, or an impossible one');
    else if (date.year !== undefined && !isPlausibleYear(date.year)) text.doubt(`its year is not from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
    else read.push({ date, text });
  }
  const year = read.find((r) => r.date.year !== undefined)?.date.year;
  let best: PaperDate | undefined;
  for (const { date: given, text } of read) {
    const date = year !== undefined && given.year === undefined ? parseTaggedDate(`${text.raw} ${year}`) : given;
    if (!date) text.doubt(`not a date in ${year}`);
    else if (year !== undefined && date.year !== year) text.doubt(`gives the year ${date.year}, another field ${year}: that one is kept`);
    else if (!best || specificity(date) > specificity(best)) best = date;
  }
  return best;
}

/** A day counts least, a year most. */
function specificity(date: PaperDate): number {
  return (date.year !== undefined ? 4 : 0) + (date.month !== undefined ? 2 : 0) + (date.day !== undefined ? 1 : 0);
}
