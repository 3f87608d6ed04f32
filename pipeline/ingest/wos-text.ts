// Web of Science plain text ("Other file formats → Plain text", savedrecs.txt): a file header
// (FN, VR; a file cut from an export may lack it), then records of two-letter tags, each from PT
// to ER, continuation lines indented by three spaces, EF at the end. In list fields (AU, AF, C1, CR) each line is an item; in others a
// continuation line wraps the value and is joined to it with a space.
import { authorFields, unique } from './author-details';
import { wosDate } from './tagged-dates';
import type { TaggedField, TaggedFields } from './tagged-fields';
import { type RecordFields, type TaggedFormat, tagLinePattern } from './tagged-reader';
import { readWosPeople, type WosField, type WosPersonFields } from './wos-people';
import { readWosReference } from './wos-references';

const READ = ['PT', 'AU', 'AF', 'TI', 'SO', 'DE', 'ID', 'AB', 'C1', 'CR', 'NR', 'TC', 'PY', 'PD', 'VL', 'IS', 'BP', 'EP', 'AR', 'DI', 'UT', 'WC', 'SC', 'LA', 'DT', 'PM', 'OI', 'RI', 'EA', 'EY', 'ER'];
/**
 * Clarivate's other field tags, passed over: book and group authors and editors (BA BF CA GP BE),
 * series and conference (SE BS CT CY CL SP HO), organisations (C3), reprint address and e-mail
 * addresses (RP EM: the model keeps no contact details), funding (FU FP FX), other counts (Z9 U1
 * U2 PG P2), publisher and numbers of the source (PU PI PA SN EI BN J9 JI PN SU SI MA D2 DL), index,
 * delivery and access facts (WE GA OA HC HP DA); FN, VR, EF belong to the file.
 */
const PASSED_OVER = ['FN', 'VR', 'EF', 'BA', 'BF', 'CA', 'GP', 'BE', 'SE', 'BS', 'CT', 'CY', 'CL', 'SP', 'HO', 'C3', 'RP', 'EM', 'FU', 'FP', 'FX', 'Z9', 'U1', 'U2', 'PG', 'P2', 'PU', 'PI', 'PA', 'SN', 'EI', 'BN', 'J9', 'JI', 'PN', 'SU', 'SI', 'MA', 'D2', 'DL', 'WE', 'GA', 'OA', 'HC', 'HP', 'DA'];

/** "TI Title", "ER": a tag of a capital and a capital or digit, a space, the value. A file joined from several exports holds their BOMs mid-text. */
const TAG_LINE = /^\ufeff?([A-Z][A-Z0-9])(?: (.*))?$/;

export const WOS_TEXT: TaggedFormat = {
  format: 'wos-text',
  name: 'Web of Science',
  syntax: {
    tagLine: tagLinePattern(TAG_LINE),
    indentedContinuations: true,
    joiner: ' ',
    startTag: 'PT',
    endTag: 'ER',
    fileTags: new Set(['FN', 'VR', 'EF']),
  },
  tags: new Set([...READ, ...PASSED_OVER]),
  untitled: 'record without a title (no TI)',
  // Its header, or, where a file was cut from an export without it, a first record's PT line
  // ("PT J": journal, book, series, patent, conference) and a field tag after it.
  opens: (lines) =>
    (/^FN\b/.test(lines[0] ?? '') && /^VR\b/.test(lines[1] ?? '')) || (/^\ufeff?PT [JBSPC]$/.test(lines[0] ?? '') && /^[A-Z][A-Z0-9] \S/.test(lines[1] ?? '')),
  read: readRecord,
};

function readRecord(fields: TaggedFields): RecordFields | undefined {
  const title = fields.text('TI');
  if (title === undefined) return undefined;
  const { authors, affiliations } = readWosPeople(personFields(fields));
  const references = fields.lines('CR').map(readWosReference);
  checkReferenceCount(fields, references.length);
  return {
    title,
    abstract: fields.text('AB'),
    ...authorFields(authors),
    date: wosDate((...tags) => fields.dateTexts(...tags)),
    categories: unique([...fields.list('WC'), ...fields.list('SC')]),
    ids: { doi: fields.text('DI'), pmid: fields.text('PM'), wos: fields.text('UT') },
    venue: fields.text('SO'),
    volume: fields.text('VL'),
    issue: fields.text('IS'),
    // An article number stands for the pages of an article that has none.
    pageStart: fields.text('BP', 'AR'),
    pageEnd: fields.text('EP'),
    documentType: fields.text('DT'),
    language: fields.text('LA'),
    authorKeywords: fields.list('DE'),
    indexKeywords: fields.list('ID'),
    affiliations,
    citedBy: fields.count('TC'),
    references,
  };
}

/** AF, AU and C1 give an item a line; OI and RI a "; "-separated list, wrapped over the field's lines. */
function personFields(fields: TaggedFields): WosPersonFields {
  const of = (tag: string, values: (field: TaggedField) => string[]): WosField[] =>
    fields.all(tag).map((field) => ({ values: values(field), doubt: (value, reason) => fields.doubt(field, value, reason) }));
  const lines = (field: TaggedField) => field.values.filter((v) => v !== '');
  const joined = (field: TaggedField) => [fields.value(field)];
  return { AF: of('AF', lines), AU: of('AU', lines), C1: of('C1', lines), OI: of('OI', joined), RI: of('RI', joined) };
}

/** NR counts the references; a CR list of another length was cut short somewhere. */
function checkReferenceCount(fields: TaggedFields, listed: number): void {
  const field = fields.first('NR');
  const count = fields.count('NR');
  if (field && count !== undefined && listed > 0 && count !== listed) {
    fields.doubt(field, String(count), `NR says ${count} cited references, CR lists ${listed}: the list may be cut short`);
  }
}
