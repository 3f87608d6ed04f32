// The line patterns of the paper-listing web pages, in one place so that the detector and the
// parsers agree on what each line is. Special lines are short; longer lines are never tested
// against these patterns, which keeps a 200 MB line from costing more than its length check.
import type { ProfileStats } from '../model';
import { MONTH_PATTERN } from './dates';

const MAX_SPECIAL_LINE = 200;

const short = (line: string) => line.length <= MAX_SPECIAL_LINE;

export interface CategoryDateLine {
  categories: string[];
  dateText: string;
  hasCode: boolean;
}

// A profile page glues arXiv categories, the date and a Code flag: "LGCLDec 12, 2025Code".
// Categories are two capitals each, months a capital and small letters, so the split is unique.
const CATEGORY_DATE = new RegExp(`^((?:[A-Z]{2})*)(${MONTH_PATTERN}\\s+\\d{1,2}(?:,\\s*\\d{4})?)(Code)?$`);

export function parseCategoryDateLine(trimmed: string): CategoryDateLine | undefined {
  const m = short(trimmed) ? CATEGORY_DATE.exec(trimmed) : null;
  if (!m) return undefined;
  return { categories: m[1]?.match(/[A-Z]{2}/g) ?? [], dateText: m[2] ?? '', hasCode: m[3] !== undefined };
}

const AUTHOR_COUNT = /^•\s*(\d{1,6})\s+authors?$/;

/** "• 5 authors" → 5. */
export function parseAuthorCount(trimmed: string): number | undefined {
  const m = short(trimmed) ? AUTHOR_COUNT.exec(trimmed) : null;
  return m ? Number(m[1]) : undefined;
}

/** The "·" line between a listing's author line and its date. */
export function isSeparatorDot(trimmed: string): boolean {
  return trimmed === '·';
}

export interface ListingDateLine {
  dateText: string;
  upvotes?: number;
}

// The year always follows a comma on these pages, so a bare trailing number is the upvote count:
// "Feb 27 3" is Feb 27 with 3 upvotes, "Mar 8, 2024 6" is Mar 8, 2024 with 6.
const LISTING_DATE = new RegExp(`^(${MONTH_PATTERN}\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s+(\\d{1,7}))?$`);

export function parseListingDate(trimmed: string): ListingDateLine | undefined {
  const m = short(trimmed) ? LISTING_DATE.exec(trimmed) : null;
  if (!m) return undefined;
  return m[2] === undefined ? { dateText: m[1] ?? '' } : { dateText: m[1] ?? '', upvotes: Number(m[2]) };
}

type NumericStat = Exclude<keyof ProfileStats, 'category'>;

const PROFILE_STATS: [RegExp, NumericStat][] = [
  [/^h-index\s*([\d,]+)$/i, 'hIndex'],
  [/^([\d,]+)\s*papers$/i, 'papers'],
  [/^([\d,]+)\s*citations$/i, 'citations'],
  [/^novelty\s*([\d.]+)\s*%$/i, 'novelty'],
  [/^ai\s*score\s*([\d.]+)$/i, 'aiScore'],
];

/** A profile header figure: "h-index30", "23papers", "5,508citations", "Novelty57%", "AI Score48". */
export function parseProfileStat(trimmed: string): { key: NumericStat; value: number } | undefined {
  if (!short(trimmed)) return undefined;
  for (const [pattern, key] of PROFILE_STATS) {
    const m = pattern.exec(trimmed);
    const value = m ? Number((m[1] ?? '').replace(/,/g, '')) : NaN;
    if (Number.isFinite(value)) return { key, value };
  }
  return undefined;
}

/** A profile's main category on its own line: "LG", "cs.LG", "stat.ML". */
export function isCategoryCode(trimmed: string): boolean {
  return /^(?:[a-z-]{1,12}\.)?[A-Z]{2,4}$/.test(trimmed);
}
