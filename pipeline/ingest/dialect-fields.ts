// The building blocks dialects declare their fields with: a column read as text, a count, a list
// cut at a separator, a date from date and year columns, or a function of its own.
import type { CitedReference, PaperDate } from '../model';
import { countOf, distinct, hasValue, kindOf, splitCell, textOf } from './cells';
import type { CellNotes, Field, People } from './dialect';
import { pageRange } from './pages';
import { readOrcid } from './person-ids';
import { tableDate } from './table-date';

/** A field read by a function of the values at `from`. */
export function field<T>(from: readonly string[], read: (values: readonly unknown[], notes: CellNotes) => T | undefined): Field<T> {
  return { from, read };
}

/** The first of the columns that holds text (a string or a number). */
export function text(...from: string[]): Field<string> {
  return field(from, (values, notes) => firstOfKind(from, values, notes, textOf, 'not text'));
}

/** The texts of all the columns, each once, joined with "; ": a record's values in two vocabularies (OpenAlex `type` and `type_crossref`). */
export function texts(...from: string[]): Field<string> {
  return field(from, (values, notes) => {
    const found = distinct(values.flatMap((value, i) => firstOfKind([from[i]!], [value], notes, textOf, 'not text') ?? []));
    return found.length > 0 ? found.join('; ') : undefined;
  });
}

/** The first of the columns that holds a count ("12", 12). */
export function count(...from: string[]): Field<number> {
  return field(from, (values, notes) => firstOfKind(from, values, notes, countOf, 'not a count'));
}

/** A list: a text cell cut at `separator`, or a JSON list of texts. */
export function list(from: string, separator: RegExp | string): Field<string[]> {
  return field([from], ([value], notes) => listOf(from, value, separator, notes));
}

/** The date of a date column, completed or checked by a year column (table-date.ts). */
export function date(dateFrom: string | undefined, yearFrom: string | undefined): Field<PaperDate> {
  const from = [dateFrom, yearFrom].filter((f): f is string => f !== undefined);
  return field(from, (values, notes) => tableDate(dateFrom === undefined ? undefined : values[0], yearFrom === undefined ? undefined : values.at(-1), notes.warn));
}

function listOf(from: string, value: unknown, separator: RegExp | string, notes: CellNotes): string[] | undefined {
  if (!hasValue(value)) return undefined;
  if (Array.isArray(value) && value.every((v) => !hasValue(v) || textOf(v) !== undefined)) {
    return value.map(textOf).filter((v): v is string => v !== undefined);
  }
  const cell = textOf(value);
  if (cell !== undefined) return splitCell(cell, separator);
  notes.ignore(from, value, `${kindOf(value)}, not a list of texts`);
  return undefined;
}

function firstOfKind<T>(from: readonly string[], values: readonly unknown[], notes: CellNotes, read: (v: unknown) => T | undefined, not: string): T | undefined {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!hasValue(value)) continue;
    const got = read(value);
    if (got !== undefined) return got;
    notes.ignore(from[i]!, value, `${typeof value === 'string' ? `"${value.slice(0, 40)}"` : kindOf(value)}, ${not}`);
  }
  return undefined;
}

/** The lists of several columns, one after the other, each item once. */
export function lists(separator: RegExp | string, ...from: string[]): Field<string[]> {
  return field(from, (values, notes) => distinct(values.flatMap((value, i) => listOf(from[i]!, value, separator, notes) ?? [])));
}

/** "123-145" in one column: the first page, or the last (read as the tagged exports read a range, pages.ts). */
export function pageOfRange(from: string, which: 'first' | 'last'): Field<string> {
  return field([from], ([value]) => {
    const pages = pageRange(textOf(value) ?? '');
    return which === 'first' ? pages.pageStart : pages.pageEnd;
  });
}

/** An author's ORCID iD, checked as the tagged exports check it (person-ids.ts); one that is none is a warning. */
export function orcidOf(text: string | undefined, from: string, notes: CellNotes): string | undefined {
  if (text === undefined || text === '') return undefined;
  const orcid = readOrcid(text);
  if (orcid === undefined) notes.warn(from, text, 'not an ORCID iD: not used');
  return orcid;
}

/** References given as bare ids ("W2741809807", a Lens id): each one a reference with that id. */
export function idReferences(from: string, separator: RegExp | string, kind: 'openalex' | 'lens'): Field<CitedReference[]> {
  return field([from], ([value], notes) => listOf(from, value, separator, notes)?.map((raw) => ({ raw, ids: { [kind]: raw } })));
}

/** A separator that never matches: the text stays whole. */
const WHOLE = /(?!)/;

/** The first text of the columns, where a column may hold a list of texts (Crossref's title: ["…"]). */
export function firstText(...from: string[]): Field<string> {
  return field(from, (values, notes) => {
    for (let i = 0; i < values.length; i++) {
      const first = listOf(from[i]!, values[i], WHOLE, notes)?.[0];
      if (first !== undefined) return first;
    }
    return undefined;
  });
}

/** One text per element, blanks kept, so lists of one author each stay aligned: ["A", null] or "A||C". */
export function aligned(value: unknown, separator: string): string[] | undefined {
  if (Array.isArray(value)) return value.map((v) => textOf(v) ?? '');
  const cell = textOf(value);
  return cell === undefined ? undefined : cell.split(separator).map((s) => s.trim());
}

/** Authors given as one cell of names cut at `separator` ("Aria, Massimo; Cuccurullo, Corrado"). */
export function names(from: string, separator: string): Field<People> {
  return field([from], ([value], notes) => {
    const list = listOf(from, value, separator, notes);
    return list === undefined ? undefined : { names: list };
  });
}
