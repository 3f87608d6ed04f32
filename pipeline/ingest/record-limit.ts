// How much text one record may hold: a CSV row, a JSON value, a line of a page. Readers hold a
// record whole (and a few copies of it while they parse it), so without a limit one broken quote
// or a 300 MB string would take the process down with a V8 heap failure instead of one reject.

export interface ReadLimits {
  /** The most characters (UTF-16 units) one record may hold. */
  maxRecordChars: number;
}

/**
 * 8 MB: the largest records in the real exports we have are ~100 KB (a Scopus row with a long
 * reference list; OpenAlex works with inverted abstracts are ~60 KB), so this is 80 times that,
 * while a record at the limit and its working copies stay well under 100 MB of memory.
 */
export const RECORD_LIMIT_DEFAULTS = { maxRecordMb: 8 };

const CHARS_PER_MB = 1_000_000;

export function readLimits(maxRecordMb: number = RECORD_LIMIT_DEFAULTS.maxRecordMb): ReadLimits {
  return { maxRecordChars: Math.max(1, Math.floor(maxRecordMb * CHARS_PER_MB)) };
}

const count = new Intl.NumberFormat('en-US');

/** "--max-record-mb 8 (8,000,000 characters)": the option that bounds a record, and what it allows. */
export function limitText(limits: ReadLimits): string {
  return `--max-record-mb ${limits.maxRecordChars / CHARS_PER_MB} (${count.format(limits.maxRecordChars)} characters)`;
}

/** "20,000,001 characters, over --max-record-mb 8 (8,000,000 characters)": the size and the limit. */
export function overLimit(chars: number, limits: ReadLimits): string {
  return `${count.format(chars)} characters, over ${limitText(limits)}`;
}
