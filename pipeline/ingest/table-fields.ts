// Table rows (CSV rows, JSON objects) to records. Column names are matched ignoring case and
// separators ("Publication Date", "publication_date", "publicationDate" are one name). A field
// missing at the top level is looked up one level down, in nested objects such as hf-daily's
// `details`. Scrape times (scraped_date, scraped_at) are not publication dates and are not read.
import type { IdentifierKind, Identifiers, PaperDate, SourceRecord, SourceRef } from '../model';
import { type AuthorNames, listItems, splitAuthorNames } from './author-names';
import { EARLIEST_YEAR, isPlausibleYear, LATEST_YEAR, parseDate } from './dates';
import type { Collector } from './result';

export type Row = Readonly<Record<string, unknown>>;
/** Notes a doubtful value of the row being read, kept in its record. */
type Warn = (field: string, value: string, reason: string) => void;

/** Identifier columns by kind, values as given (links too): the corpus normalises them. */
const IDENTIFIER_FIELDS = {
  doi: ['doi'],
  arxiv: ['arxivid', 'arxiv', 'eprint', 'arxivpageurl', 'arxivurl'],
  pmid: ['pmid', 'pubmedid'],
  pmcid: ['pmcid'],
  wos: ['ut', 'utuniquewosid', 'wosid', 'wosuid'],
  eid: ['eid', 'scopuseid'],
  openalex: ['openalex', 'openalexid'],
  lens: ['lensid'],
  dimensions: ['dimensionsid', 'publicationid'],
} as const satisfies Record<IdentifierKind, readonly string[]>;

const FIELDS = {
  title: ['title', 'papertitle', 'articletitle'],
  authors: ['authors', 'author', 'authornames', 'creators'],
  abstract: ['abstract', 'summary'],
  year: ['year', 'publicationyear', 'pubyear'],
  date: ['date', 'published', 'publicationdate', 'publisheddate', 'publishedat', 'publishdate', 'pubdate'],
  categories: ['categories', 'category', 'subjects', 'arxivcategories'],
  ...IDENTIFIER_FIELDS,
  url: ['url', 'paperurl', 'arxivpageurl', 'arxivurl', 'link'],
  upvotes: ['upvotes', 'stars', 'votes'],
  codeLinks: ['githublinks', 'githublink', 'githuburl', 'github', 'codeurl', 'codelink', 'code', 'repourl', 'repository'],
  hasCode: ['hascode'],
} as const;

const AUTHOR_NAME_KEYS = ['name', 'fullname', 'displayname'];

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Does a table with these column names have a title column? */
export function hasTitleColumn(columns: Iterable<string>): boolean {
  for (const c of columns) if ((FIELDS.title as readonly string[]).includes(normaliseKey(c))) return true;
  return false;
}

const FIELD_KEYS: ReadonlySet<string> = new Set(Object.values(FIELDS).flat());

/** Is this the name of a field rowToRecord reads? */
export function isFieldKey(key: string): boolean {
  return FIELD_KEYS.has(normaliseKey(key));
}

/** A title key at the top level or one level down, whatever its value. */
export function hasTitleKey(row: Row): boolean {
  return hasTitleColumn(Object.keys(row)) || Object.values(row).some((v) => isPlainObject(v) && hasTitleColumn(Object.keys(v)));
}

export function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record a row holds, or undefined when it has no title text. */
function rowToRecord(row: Row, source: SourceRef, warn: Warn): SourceRecord | undefined {
  const get = lookup(row);
  const title = text(get(FIELDS.title));
  if (title === undefined) return undefined;
  const record: SourceRecord = { source, title };
  const abstract = text(get(FIELDS.abstract));
  if (abstract !== undefined) record.abstract = abstract;
  const authors = authorList(get(FIELDS.authors));
  if (authors.names.length > 0) record.authors = authors.names;
  if (authors.truncated) record.authorsTruncated = true;
  if (authors.doubt !== undefined) warn('authors', text(get(FIELDS.authors)) ?? '', authors.doubt);
  const date = tableDate(get(FIELDS.date), get(FIELDS.year), warn);
  if (date) record.date = date;
  const categories = list(get(FIELDS.categories));
  if (categories.length > 0) record.categories = categories;
  const ids = identifiers(get);
  if (ids) record.ids = ids;
  const url = text(get(FIELDS.url));
  if (url !== undefined) record.url = url;
  const upvotes = count(get(FIELDS.upvotes));
  if (upvotes !== undefined) record.upvotes = upvotes;
  const hasCode = codeFlag(get(FIELDS.hasCode), get(FIELDS.codeLinks));
  if (hasCode !== undefined) record.hasCode = hasCode;
  return record;
}

function identifiers(get: (aliases: readonly string[]) => unknown): Identifiers | undefined {
  const ids: Identifiers = {};
  for (const [kind, aliases] of Object.entries(IDENTIFIER_FIELDS) as [IdentifierKind, readonly string[]][]) {
    const value = text(get(aliases));
    if (value !== undefined) ids[kind] = value;
  }
  return Object.keys(ids).length > 0 ? ids : undefined;
}

/** A row's record, or a reject when it has no title text; [line, endLine] is where the row is. */
export function emitRow(out: Collector, row: Row, line: number, endLine: number, raw: string): void {
  const record = rowToRecord(row, out.source(line, endLine), (field, value, reason) => out.warn(line, endLine, field, value, reason));
  if (record) out.records.push(record);
  else out.reject(line, endLine, 'row without a title', raw);
}

/** A getter for the first alias with a value: top level first, then nested objects in key order. */
function lookup(row: Row): (aliases: readonly string[]) => unknown {
  const levels: Map<string, unknown>[] = [];
  const index = (obj: Row) => {
    const map = new Map<string, unknown>();
    for (const [k, v] of Object.entries(obj)) {
      const key = normaliseKey(k);
      if (!map.has(key) || !hasValue(map.get(key))) map.set(key, v);
    }
    return map;
  };
  levels.push(index(row));
  for (const v of Object.values(row)) if (isPlainObject(v)) levels.push(index(v));
  return (aliases) => {
    for (const level of levels) {
      for (const alias of aliases) {
        const v = level.get(alias);
        if (hasValue(v)) return v;
      }
    }
    return undefined;
  };
}

function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** ["A", "B"], [{name: "A"}], or a text list (author-names.ts says how it is cut). */
function authorList(v: unknown): AuthorNames {
  if (Array.isArray(v)) {
    return listItems(v.map((a) => (isPlainObject(a) ? text(lookup(a)(AUTHOR_NAME_KEYS)) : text(a))).filter((a): a is string => a !== undefined));
  }
  const s = text(v);
  return s === undefined ? { names: [], truncated: false } : splitAuthorNames(s);
}

function list(v: unknown): string[] {
  const items = Array.isArray(v) ? v.map(text) : (text(v)?.split(/[;,]/) ?? []);
  return items.map((c) => c?.trim()).filter((c): c is string => c !== undefined && c !== '');
}

/** Numbers, or numeric strings ("7", "1,234"). */
function count(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const s = text(v)?.replace(/,/g, '');
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * The publication date. A date column wins over a year column that disagrees with it, as the more
 * specific of the two (a year column may hold a volume's or a venue's year), and the year column
 * completes a date shown without one. A value that cannot be read, or gives a year outside
 * EARLIEST_YEAR–LATEST_YEAR, keeps its raw text with no year, and is warned about.
 */
function tableDate(dateValue: unknown, yearValue: unknown, warn: Warn): PaperDate | undefined {
  const yearRaw = text(yearValue);
  const year = yearRaw === undefined ? undefined : tableYear(yearValue, yearRaw, warn);
  const raw = text(dateValue);
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

/** An explicit yes/no wins; otherwise code links say yes when any is given, no when the list is empty. */
function codeFlag(flag: unknown, links: unknown): boolean | undefined {
  const said = yesNo(flag) ?? yesNo(links);
  if (said !== undefined) return said;
  if (Array.isArray(links)) return links.some(hasValue);
  return links === undefined ? undefined : hasValue(links);
}

function yesNo(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const word = text(v)?.toLowerCase();
  if (word === 'true' || word === 'yes' || word === '1') return true;
  if (word === 'false' || word === 'no' || word === '0') return false;
  return undefined;
}
