// A database's table layout ("dialect"): which columns or keys tell it, and which field of a
// record each of its columns gives, with the few parsing functions its cells need. A dialect is a
// plain declaration (dialects/*.ts); readDialectRecord turns a row into a record with one, the
// same way for every dialect, so no dialect repeats the assembling.
import type { AuthorDetail, CitedReference, IdentifierKind, Identifiers, PaperDate, SourceRecord } from '../model';
import type { Cells } from './cells';

/** What a field's reader may say about the row it reads. */
export interface CellNotes {
  /** A doubtful value, kept: a warning on this row's record. */
  warn(field: string, value: string, reason: string): void;
  /** A value of a kind the field does not take, not read: said once per file and field. */
  ignore(field: string, value: unknown, reason: string): void;
}

/** One field of a record: the columns (or dotted key paths) it is read from, in order, and how. */
export interface Field<T> {
  from: readonly string[];
  read(values: readonly unknown[], notes: CellNotes): T | undefined;
}

/** The authors of a row, and what the row says of each (one detail per name, in order). */
export interface People {
  names: string[];
  truncated?: boolean;
  details?: AuthorDetail[];
  /** Why the names may be cut wrongly, when they may. */
  doubt?: string;
  /** Affiliations the row gives but ties to no author: the record's. */
  affiliations?: string[];
}

type TextKey = 'url' | 'venue' | 'volume' | 'issue' | 'pageStart' | 'pageEnd' | 'documentType' | 'language';
type ListKey = 'categories' | 'authorKeywords' | 'indexKeywords' | 'affiliations';

export type RecordFields = { title: Field<string>; abstract?: Field<string> } & { [K in TextKey]?: Field<string> } & { [K in ListKey]?: Field<string[]> } & {
  people?: Field<People>;
  date?: Field<PaperDate>;
  ids?: Partial<Record<IdentifierKind, Field<string>>>;
  citedBy?: Field<number>;
  references?: Field<CitedReference[]>;
};

export interface TableDialect {
  /** As InputFile.dialect names it: "scopus", "openalex", … */
  name: string;
  /** Does a table with these (normalised) column names, or a row with these keys, have this layout? */
  recognise(keys: ReadonlySet<string>, cells?: Cells): boolean;
  /** A CSV layout whose cells are never quoted (Web of Science tab-delimited): a '"' is text. */
  unquoted?: boolean;
  /**
   * A CSV row with one field more than the header, put right when the layout knows where its
   * export inserts one: the row without it, and the 0-based column of the field taken out.
   */
  realign?(cells: readonly string[], names: readonly string[]): { cells: string[]; column: number } | undefined;
  fields: RecordFields;
}

const TEXT_KEYS: readonly TextKey[] = ['url', 'venue', 'volume', 'issue', 'pageStart', 'pageEnd', 'documentType', 'language'];
const LIST_KEYS: readonly ListKey[] = ['categories', 'authorKeywords', 'indexKeywords', 'affiliations'];

/** The record a row holds in this dialect, or undefined when it has no title. */
export function readDialectRecord(dialect: TableDialect, cells: Cells, source: SourceRecord['source'], notes: CellNotes): SourceRecord | undefined {
  const { fields } = dialect;
  const get = <T>(field: Field<T> | undefined): T | undefined => (field ? field.read(field.from.map((path) => cells.at(path)), notes) : undefined);
  const title = get(fields.title);
  if (title === undefined) return undefined;
  const record: SourceRecord = { source, title };
  const set = <K extends keyof SourceRecord>(key: K, value: SourceRecord[K] | undefined) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) record[key] = value;
  };
  set('abstract', get(fields.abstract));
  const people = get(fields.people);
  if (people) setPeople(record, people, notes);
  set('date', get(fields.date));
  for (const key of TEXT_KEYS) set(key, get(fields[key]));
  for (const key of LIST_KEYS) set(key, get(fields[key]));
  set('citedBy', get(fields.citedBy));
  set('references', get(fields.references));
  const ids: Identifiers = {};
  for (const [kind, field] of Object.entries(fields.ids ?? {}) as [IdentifierKind, Field<string>][]) {
    const value = get(field);
    if (value !== undefined) ids[kind] = value;
  }
  if (Object.keys(ids).length > 0) record.ids = ids;
  return record;
}

function setPeople(record: SourceRecord, people: People, notes: CellNotes): void {
  if (people.names.length > 0) record.authors = people.names;
  if (people.truncated) record.authorsTruncated = true;
  if (people.doubt !== undefined) notes.warn('authors', people.names.join('; '), people.doubt);
  if (people.affiliations && people.affiliations.length > 0) record.affiliations ??= people.affiliations;
  const details = people.details;
  // Details are only worth keeping when they say something, and only usable one per name.
  if (!details || details.length !== people.names.length || details.every((d) => Object.keys(d).length === 0)) return;
  record.authorDetails = details;
}
