// Table rows (CSV rows, JSON objects) to records. Column names are matched ignoring case and
// separators ("Publication Date", "publication_date", "publicationDate" are one name). A field
// missing at the top level is looked up one level down, in nested objects such as hf-daily's
// `details`. Scrape times (scraped_date, scraped_at) are not publication dates and are not read.
import type { IdentifierKind, Identifiers, PaperDate, SourceRecord, SourceRef } from '../model';
import { parseDate } from './dates';
import type { Collector } from './result';

export type Row = Readonly<Record<string, unknown>>;

/** Identifier columns by kind, values as given (links too): the corpus normalises them. */
const IDENTIFIER_FIELDS = {
  doi: ['doi'],
  arxiv: ['arxivid', 'arxiv', 'eprint', 'arxivpageurl', 'arxivurl'],
  pmid: ['pmid', 'pubmedid'],
  pmcid: ['pmcid'],
  wos: ['ut', 'utuniquewosid', 'wosid', 'wosuid'],
  eid: ['eid', 'scopuseid'],
  openalex: ['openalex', 'openalexid'],
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
function rowToRecord(row: Row, source: SourceRef): SourceRecord | undefined {
  const get = lookup(row);
  const title = text(get(FIELDS.title));
  if (title === undefined) return undefined;
  const record: SourceRecord = { source, title };
  const abstract = text(get(FIELDS.abstract));
  if (abstract !== undefined) record.abstract = abstract;
  const authors = authorList(get(FIELDS.authors));
  if (authors.length > 0) record.authors = authors;
  const date = tableDate(get(FIELDS.date), get(FIELDS.year));
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
  const record = rowToRecord(row, out.source(line, endLine));
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

/** ["A", "B"], [{name: "A"}], "A; B", "A and B", "A B, C D and E F". */
function authorList(v: unknown): string[] {
  if (Array.isArray(v)) {
    return v
      .map((a) => (isPlainObject(a) ? text(lookup(a)(AUTHOR_NAME_KEYS)) : text(a)))
      .filter((a): a is string => a !== undefined);
  }
  const s = text(v);
  if (s === undefined) return [];
  const parts = s.includes(';') ? s.split(';') : s.split(/\s+and\s+|\s*&\s*/);
  return parts.flatMap(splitCommaNames).map((a) => a.trim()).filter((a) => a !== '');
}

/** "A B, C D" is two people, "Smith, John" one: split on commas only when every part has two words. */
function splitCommaNames(part: string): string[] {
  const pieces = part.split(',').map((p) => p.trim());
  return pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 2) ? pieces : [part];
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
 * The publication date; a separate year column completes a date shown without one. A date the
 * parser cannot read keeps its raw text rather than vanishing.
 */
function tableDate(dateValue: unknown, yearValue: unknown): PaperDate | undefined {
  const raw = text(dateValue);
  const yearRaw = text(yearValue);
  const year = yearRaw === undefined ? undefined : parseDate(yearRaw)?.year;
  if (raw === undefined) return year === undefined ? undefined : { raw: yearRaw!, year };
  const date = parseDate(raw) ?? { raw };
  if (date.year === undefined && year !== undefined) date.year = year;
  return date;
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
