// One BibTeX entry's fields → the record of its paper. Fields of BibTeX, BibLaTeX, Zotero and
// JabRef, and of the exports of Web of Science (Times-Cited, Unique-ID, Cited-References,
// Keywords-Plus, ORCID-Numbers…) and Scopus (author_keywords, document_type, art_number,
// "note = {Cited by: 12}", references…). Names keep their fullest form (bibtex-names.ts); the corpus chooses
// how to show them.
import type { Identifiers, PaperDate, SourceRecord } from '../model';
import { unique } from './author-details';
import { entryAuthors } from './bibtex-authors';
import type { EntryFacts } from './bibtex-crossref';
import { creatorNames, type NameList, plainNames } from './bibtex-names';
import type { BibItem, RawField } from './bibtex-syntax';
import { decodeTex, unwrap } from './bibtex-tex';
import { monthName } from './dates';
import { detachRecord } from './detach-record';
import { pageRange } from './pages';
import type { Collector } from './result';
import { chooseDate } from './tagged-dates';
import { readWosReference } from './wos-references';
import { parseScopusReference, splitScopusReferences } from './dialects/scopus-references';

type Entry = Extract<BibItem, { kind: 'entry' }>;
type Get = (...names: string[]) => string | undefined;
type Warn = (field: string, value: string, reason: string) => void;

/** Fields read as text, TeX decoded. */
const TEXT_FIELDS = [
  'title',
  'abstract',
  'journal',
  'journaltitle',
  'booktitle',
  'volume',
  'number',
  'issue',
  'pages',
  'article-number',
  'art_number',
  'eid',
  'year',
  'month',
  'day',
  'date',
  'language',
  'langid',
  'type',
  'document_type',
  'note',
  'times-cited',
  'keywords',
  'author_keywords',
  'keywords-plus',
  'references',
];
/** Fields read a line at a time, since Web of Science writes one address, reference or id a line. */
const LINE_FIELDS = ['affiliation', 'affiliations', 'cited-references', 'orcid-numbers', 'researcherid-numbers'];

/** The entry's record (also put into `out`), or undefined when it is rejected. */
export function emitEntry(out: Collector, entry: Entry): EntryFacts | undefined {
  const warn: Warn = (field, value, reason) => out.warn(entry.line, entry.endLine, field, value, reason);
  for (const note of entry.notes) warn(note.field, note.value, note.reason);
  const decoded = decodeEntry(entry.fields);
  for (const p of decoded.problems) warn(p.name.replace(/#\d+$/, ''), entry.fields.get(p.name.replace(/#\d+$/, ''))?.value ?? '', p.message);
  const { get, lines } = decoded;
  const title = get('title');
  if (title === undefined) {
    out.reject(entry.line, entry.endLine, `@${entry.type} entry without a title${entry.key ? ` (${entry.key})` : ''}`, entry.text);
    return undefined;
  }
  const people = { addresses: [...lines('affiliation'), ...lines('affiliations')], orcids: lines('orcid-numbers'), researcherIds: lines('researcherid-numbers') };
  const record: SourceRecord = { source: out.source(entry.line, entry.endLine), title, ...entryAuthors(decoded.authors.names, people, warn) };
  if (decoded.authors.truncated) record.authorsTruncated = true;
  set(record, 'abstract', get('abstract'));
  const date = entryDate(get, warn);
  if (date) record.date = date;
  const ids = identifiers(entry.fields);
  if (ids) record.ids = ids;
  set(record, 'url', verbatim(entry.fields, 'url'));
  set(record, 'venue', get('journal', 'journaltitle', 'booktitle'));
  set(record, 'volume', get('volume'));
  set(record, 'issue', get('number', 'issue'));
  const pages = get('pages');
  const articleNumber = get('article-number', 'art_number', 'eid');
  Object.assign(record, pages !== undefined ? pageRange(pages) : articleNumber !== undefined ? { pageStart: articleNumber } : {});
  // A database's type field (Scopus document_type, WoS Type) and the entry type: a plain
  // BibTeX `type` only qualifies the entry ("PhD dissertation" of a @phdthesis), so both are kept.
  const typeField = get('document_type', 'type');
  const sameType = typeField === undefined || typeField.toLowerCase() === entry.type.toLowerCase();
  set(record, 'documentType', sameType ? (typeField ?? entry.type) : `${typeField}; ${entry.type}`);
  set(record, 'language', get('language', 'langid'));
  setKeywords(record, get);
  setCitedBy(record, get, warn);
  // Web of Science: one reference a line, each ending with the export's full stop, which WoS
  // plain text does not write. Scopus: its CSV's References cell, in one field.
  const wos = lines('cited-references').map((l) => readWosReference(l.replace(/\.$/, '')));
  const scopus = get('references');
  const references = wos.length > 0 || scopus === undefined ? wos : splitScopusReferences(scopus).map(parseScopusReference);
  if (references.length > 0) record.references = references;
  detachRecord(record);
  out.records.push(record);
  const crossref = verbatim(entry.fields, 'crossref');
  return { record, type: entry.type, key: entry.key, ...(crossref ? { crossref } : {}) };
}

interface DecodedEntry {
  get: Get;
  lines: (name: string) => string[];
  authors: NameList;
  problems: { name: string; message: string }[];
}

function decodeEntry(fields: ReadonlyMap<string, RawField>): DecodedEntry {
  const requests = new Map<string, string>();
  for (const name of TEXT_FIELDS) {
    const raw = fields.get(name)?.value;
    if (raw !== undefined) requests.set(name, raw);
  }
  const lineCounts = new Map<string, number>();
  for (const name of LINE_FIELDS) {
    const items = unwrap(fields.get(name)?.value ?? '').split('\n').filter((l) => l.trim() !== '');
    items.forEach((item, i) => requests.set(`${name}#${i}`, item));
    lineCounts.set(name, items.length);
  }
  const author = fields.get('author')?.value;
  const plain = author === undefined ? { names: [], truncated: false } : plainNames(author);
  const decoded = decodeTex(requests, plain ? undefined : author);
  const get: Get = (...names) => {
    for (const name of names) {
      const value = decoded.texts.get(name);
      if (value) return value;
    }
    return undefined;
  };
  const lines = (name: string) =>
    Array.from({ length: lineCounts.get(name) ?? 0 }, (_, i) => decoded.texts.get(`${name}#${i}`) ?? '').filter((l) => l !== '');
  return { get, lines, authors: plain ?? creatorNames(decoded.names), problems: decoded.problems };
}

function set<K extends 'abstract' | 'url' | 'venue' | 'volume' | 'issue' | 'documentType' | 'language'>(record: SourceRecord, key: K, value: string | undefined): void {
  if (value !== undefined) record[key] = value;
}

/**
 * The most specific of BibLaTeX's ISO `date` (a range read as its start) and year / month / day
 * whose years agree (tagged-dates.ts), the date first. A month given as a number is named, so
 * that "2009 10" reads as October 2009.
 */
function entryDate(get: Get, warn: Warn): PaperDate | undefined {
  const text = (field: string, raw: string | undefined) => (raw === undefined ? [] : [{ raw, doubt: (reason: string) => warn(field, raw, reason) }]);
  const month = get('month');
  const parts = [get('year'), month === undefined ? undefined : monthName(month), get('day')].filter((p) => p !== undefined);
  return chooseDate([...text('date', get('date')?.split('/')[0]), ...text('year', parts.length > 0 ? parts.join(' ') : undefined)]);
}

function identifiers(fields: ReadonlyMap<string, RawField>): Identifiers | undefined {
  const ids: Identifiers = {};
  const add = (kind: keyof Identifiers, value: string | undefined) => {
    if (value) ids[kind] = value;
  };
  add('doi', verbatim(fields, 'doi'));
  // An e-print is an arXiv id or a PMID when its archive says so (BibTeX's archivePrefix, BibLaTeX's eprinttype).
  const archive = (verbatim(fields, 'archiveprefix') ?? verbatim(fields, 'eprinttype'))?.toLowerCase();
  const eprint = verbatim(fields, 'eprint');
  if (archive === 'arxiv') add('arxiv', eprint);
  add('pmid', verbatim(fields, 'pmid') ?? verbatim(fields, 'pubmed_id') ?? (archive === 'pubmed' ? eprint : undefined));
  add('pmcid', verbatim(fields, 'pmcid'));
  add('wos', verbatim(fields, 'unique-id') ?? verbatim(fields, 'web-of-science-id'));
  return Object.keys(ids).length > 0 ? ids : undefined;
}

/** An identifier or link as written, without braces or TeX escapes ("10.1000/{ABC}\_1" → "10.1000/ABC_1"). */
function verbatim(fields: ReadonlyMap<string, RawField>, name: string): string | undefined {
  const raw = fields.get(name)?.value;
  if (raw === undefined) return undefined;
  const value = raw
    .replace(/[{}]/g, '')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return value || undefined;
}

/**
 * `keywords` are the authors' own, unless the entry also has Scopus's author_keywords: then they
 * are the database's, as are Web of Science's Keywords-Plus. Split at ";" when there is one (a
 * keyword may hold a comma: "Cells, Cultured"), else at ",".
 */
function setKeywords(record: SourceRecord, get: Get): void {
  const scopus = get('author_keywords');
  const author = splitKeywords(scopus ?? get('keywords'));
  const index = splitKeywords(scopus !== undefined ? get('keywords') : get('keywords-plus'));
  if (author.length > 0) record.authorKeywords = author;
  if (index.length > 0) record.indexKeywords = index;
}

function splitKeywords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return unique(
    text
      .split(text.includes(';') ? ';' : ',')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  );
}

/** Web of Science's Times-Cited; Scopus's "cited By 12" or "Cited by: 12; …" note. */
function setCitedBy(record: SourceRecord, get: Get, warn: Warn): void {
  const times = get('times-cited');
  const count = times ?? /\bcited by:?\s*(\d+)/i.exec(get('note') ?? '')?.[1];
  if (count === undefined) return;
  if (/^\d+$/.test(count)) record.citedBy = Number(count);
  else warn('times-cited', count, 'not a count');
}
