// Table rows (CSV rows, JSON objects) to records. A table in a database's layout is read by its
// dialect (dialect.ts, dialects/); any other by the generic mapping here: column names matched
// ignoring case and separators ("Publication Date", "publication_date", "publicationDate" are one
// name), and a field missing at the top level looked up one level down, in nested objects such
// as hf-daily's `details`. Scrape times (scraped_date, scraped_at) are not publication dates and
// are not read. Either way a field reads only values of its kind: text from strings and numbers,
// authors and lists from text or lists of texts (or of objects with a name); a value of another
// kind (an object, a list of numbers) is not read, and warnings.csv says so once per file and field.
import type { IdentifierKind, Identifiers, SourceRecord, SourceRef } from '../model';
import { type AuthorNames, listItems, splitAuthorNames } from './author-names';
import { Cells, countOf, hasValue, indexKeys, isPlainObject, kindOf, normaliseKey, type Row, textOf } from './cells';
import { type CellNotes, readDialectRecord, type TableDialect } from './dialect';
import { DIALECT_KEYS, dialectOf } from './dialects/index';
import type { Collector } from './result';
import { tableDate } from './table-date';

export type { Row } from './cells';

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

/** A table's layout from its column names or keys: a database's dialect, the generic mapping when it has a title column, or none. */
export function tableLayout(columns: Iterable<string>, cells?: Cells): TableDialect | 'generic' | undefined {
  const keys = new Set([...columns].map(normaliseKey));
  return dialectOf(keys, cells) ?? ((FIELDS.title as readonly string[]).some((t) => keys.has(t)) ? 'generic' : undefined);
}

const FIELD_KEYS: ReadonlySet<string> = new Set([...Object.values(FIELDS).flat(), ...DIALECT_KEYS]);

/** Is this the name of a field some mapping reads? */
export function isFieldKey(key: string): boolean {
  return FIELD_KEYS.has(normaliseKey(key));
}

/** A row some mapping can read: in a dialect, or with a title key at the top level or one level down, whatever its value. */
export function hasTitleKey(row: Row): boolean {
  if (tableLayout(Object.keys(row), new Cells(row)) !== undefined) return true;
  return Object.values(row).some((v) => isPlainObject(v) && tableLayout(Object.keys(v)) === 'generic');
}

/**
 * One file's table rows to records. A CSV's layout is its header's (`layout`); a JSON row's is
 * told by its own keys, so JSON Lines of several databases read each line right.
 */
export class RowReader {
  /** Fields a value of the wrong kind was found in (said once per file). */
  private readonly ignored = new Set<string>();

  constructor(private readonly layout?: TableDialect | 'generic') {}

  /** A row's record, or a reject when it has no title text; [line, endLine] is where the row is. */
  emit(out: Collector, row: Row, line: number, endLine: number, raw: string): void {
    const cells = new Cells(row);
    const layout = this.layout ?? dialectOf(cells.keys(), cells) ?? 'generic';
    const notes: CellNotes = {
      warn: (field, value, reason) => out.warn(line, endLine, field, value, reason),
      ignore: (field, value, reason) => {
        if (this.ignored.has(field)) return;
        this.ignored.add(field);
        out.warn(line, endLine, field, shown(value), `${reason}: not read (said for the first such value of this file only)`);
      },
    };
    const source = out.source(line, endLine);
    const record = layout === 'generic' ? genericRecord(row, source, notes) : readDialectRecord(layout, cells, source, notes);
    if (!record) return out.reject(line, endLine, 'row without a title', raw);
    if (layout !== 'generic') out.addDialect(layout.name);
    out.records.push(record);
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** What a field takes: "is this value of my kind?" */
type Kind = (v: unknown) => boolean;
const isText: Kind = (v) => textOf(v) !== undefined;
const isTextList: Kind = (v) => isText(v) || (Array.isArray(v) && v.every((x) => !hasValue(x) || typeof x === 'string'));
const isAuthorList: Kind = (v) => isText(v) || (Array.isArray(v) && v.every((a) => !hasValue(a) || typeof a === 'string' || (isPlainObject(a) && authorName(a) !== undefined)));
// Code links say "has code" by being there: any list counts.
const isFlag: Kind = (v) => typeof v === 'boolean' || isText(v) || Array.isArray(v);

/** The record a row holds in the generic mapping, or undefined when it has no title text. */
function genericRecord(row: Row, source: SourceRef, notes: CellNotes): SourceRecord | undefined {
  const get = lookup(row, notes);
  const title = textOf(get('title', FIELDS.title, isText));
  if (title === undefined) return undefined;
  const record: SourceRecord = { source, title };
  const abstract = textOf(get('abstract', FIELDS.abstract, isText));
  if (abstract !== undefined) record.abstract = abstract;
  const authorsValue = get('authors', FIELDS.authors, isAuthorList);
  const authors = authorList(authorsValue);
  if (authors.names.length > 0) record.authors = authors.names;
  if (authors.truncated) record.authorsTruncated = true;
  if (authors.doubt !== undefined) notes.warn('authors', textOf(authorsValue) ?? '', authors.doubt);
  const date = tableDate(get('date', FIELDS.date, isText), get('year', FIELDS.year, isText), notes.warn);
  if (date) record.date = date;
  const categories = list(get('categories', FIELDS.categories, isTextList));
  if (categories.length > 0) record.categories = categories;
  const ids = identifiers(get);
  if (ids) record.ids = ids;
  const url = textOf(get('url', FIELDS.url, isText));
  if (url !== undefined) record.url = url;
  const upvotes = countOf(get('upvotes', FIELDS.upvotes, isText));
  if (upvotes !== undefined) record.upvotes = upvotes;
  const hasCode = codeFlag(get('hasCode', FIELDS.hasCode, isFlag), get('codeLinks', FIELDS.codeLinks, isFlag));
  if (hasCode !== undefined) record.hasCode = hasCode;
  return record;
}

type Getter = (field: string, aliases: readonly string[], kind: Kind) => unknown;

function identifiers(get: Getter): Identifiers | undefined {
  const ids: Identifiers = {};
  for (const [kind, aliases] of Object.entries(IDENTIFIER_FIELDS) as [IdentifierKind, readonly string[]][]) {
    const value = textOf(get(kind, aliases, isText));
    if (value !== undefined) ids[kind] = value;
  }
  return Object.keys(ids).length > 0 ? ids : undefined;
}

/**
 * A getter for the first alias with a value of the field's kind: top level first, then nested
 * objects in key order. A value of another kind is passed over, and noted.
 */
function lookup(row: Row, notes: CellNotes): Getter {
  const levels = [indexKeys(row), ...Object.values(row).filter(isPlainObject).map(indexKeys)];
  return (field, aliases, kind) => {
    for (const level of levels) {
      for (const alias of aliases) {
        const v = level.get(alias);
        if (!hasValue(v)) continue;
        if (kind(v)) return v;
        notes.ignore(field, v, `${kindOf(v)}, not ${field === 'authors' ? 'names' : field === 'categories' ? 'a list of texts' : 'text'}`);
      }
    }
    return undefined;
  };
}

function authorName(a: Row): string | undefined {
  const names = indexKeys(a);
  for (const key of AUTHOR_NAME_KEYS) {
    const name = textOf(names.get(key));
    if (name !== undefined) return name;
  }
  return undefined;
}

/** ["A", "B"], [{name: "A"}], or a text list (author-names.ts says how it is cut). */
function authorList(v: unknown): AuthorNames {
  if (Array.isArray(v)) return listItems(v.map((a) => (isPlainObject(a) ? authorName(a) : textOf(a))).filter((a): a is string => a !== undefined));
  const s = textOf(v);
  return s === undefined ? { names: [], truncated: false } : splitAuthorNames(s);
}

function list(v: unknown): string[] {
  const items = Array.isArray(v) ? v.map(textOf) : (textOf(v)?.split(/[;,]/) ?? []);
  return items.map((c) => c?.trim()).filter((c): c is string => c !== undefined && c !== '');
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
  const word = textOf(v)?.toLowerCase();
  if (word === 'true' || word === 'yes' || word === '1') return true;
  if (word === 'false' || word === 'no' || word === '0') return false;
  return undefined;
}
