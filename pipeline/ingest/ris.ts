// RIS (Zotero, EndNote, Mendeley, IEEE Xplore, Scopus, JSTOR …): records of two-character tags,
// two spaces, "- ", the value ("TY  - JOUR", "AU  - Kalbe, G."), from TY to ER; tags such as AU and
// KW repeat. A line that is not a tag line continues the field above with its line break (RIS has
// no indentation rule: such lines are the value's own lines). Some exporters open the file with
// "Provider:", "Database:" and "Content:" lines, passed over.
//
// Authors are AU and A1 in order; one name given twice in a record (IEEE Xplore writes some
// authors twice) is one author, with a warning. A2 to A4 are editors and other secondary
// contributors, not authors of the paper. The venue is T2, else JF, JO or JA; the volume VL, else
// VO (older writers put it there); a DOI is DO, else one a doi.org or /doi/ address in UR names;
// AN gives a Web of Science UT ("WOS:…") or Scopus EID ("2-s2.0-…"); other accession numbers are
// the database's own. Scopus writes its counts and reference list as notes: "N1  - Cited By :1066"
// and "N1  - References: …; " with one reference a line, in its CSV's References layout, and its
// document type in M3 ("Review"), beside TY.
import type { Identifiers, SourceRecord } from '../model';
import { addressText, unique } from './author-details';
import { parseScopusReference, splitScopusReferences } from './dialects/scopus-references';
import { pageRange } from './pages';
import { chooseDate } from './tagged-dates';
import type { TaggedFields } from './tagged-fields';
import { type RecordFields, type TaggedFormat, tagLinePattern } from './tagged-reader';

const READ = ['TY', 'AU', 'A1', 'TI', 'T1', 'T2', 'JO', 'JF', 'JA', 'PY', 'Y1', 'DA', 'AB', 'N2', 'KW', 'DO', 'UR', 'VL', 'VO', 'IS', 'SP', 'EP', 'LA', 'AN', 'AD', 'ER'];
/**
 * The RIS specification's other tags, passed over: secondary contributors (A2 A3 A4 ED), other
 * titles (BT CT ST T3 TT J1 J2), notes, labels and custom fields (N1 C1–C8 U1–U5 M1–M3 LB RN RI
 * CA), places, publisher and numbers (CY PB PP SN ET NV OP SE CN CP), links and files (L1–L4 LK
 * DB DP), other dates (Y2), reprint status (RP), an entry's id (ID), AV.
 */
const PASSED_OVER = [
  ...['A2', 'A3', 'A4', 'ED', 'BT', 'CT', 'ST', 'T3', 'TT', 'J1', 'J2', 'N1', 'LB', 'RN', 'RI', 'CA', 'CY', 'PB', 'PP', 'SN', 'ET', 'NV', 'OP', 'SE', 'CN', 'CP'],
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'U1', 'U2', 'U3', 'U4', 'U5', 'M1', 'M2', 'M3', 'L1', 'L2', 'L3', 'L4', 'LK', 'DB', 'DP', 'Y2', 'RP', 'ID', 'AV'],
];

/** "TY  - JOUR", "ER  -": some writers drop a space before the dash, or the one after an empty value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;
const PREAMBLE = /^(?:Provider|Database|Content):/i;
/** At most this many preamble lines before the first TY. */
const PREAMBLE_LINES = 5;
const DOI_IN_URL = /(?:doi\.org|\/doi(?:\/(?:abs|full|pdf|epdf))?)\/(10\.\d{4,9}\/[^\s?#]+)/i;

export const RIS: TaggedFormat = {
  format: 'ris',
  name: 'RIS',
  syntax: {
    tagLine: tagLinePattern(TAG_LINE),
    indentedContinuations: false,
    joiner: '\n',
    startTag: 'TY',
    endTag: 'ER',
    fileTags: new Set(),
    preamble: PREAMBLE,
  },
  tags: new Set([...READ, ...PASSED_OVER]),
  untitled: 'record without a title (no TI or T1)',
  opens: (lines) => {
    const first = lines.findIndex((l) => !PREAMBLE.test(l));
    return first >= 0 && first <= PREAMBLE_LINES && /^TY {2}- \S/.test(lines[first]!);
  },
  read: readRecord,
};

function readRecord(fields: TaggedFields): RecordFields | undefined {
  const title = fields.text('TI', 'T1');
  if (title === undefined) return undefined;
  const url = fields.lines('UR')[0];
  return {
    title,
    abstract: fields.text('AB', 'N2'),
    authors: authorsOf(fields),
    date: chooseDate(fields.dateTexts('PY', 'Y1', 'DA')),
    ids: identifiers(fields),
    url,
    venue: fields.text('T2', 'JF', 'JO', 'JA'),
    volume: fields.text('VL', 'VO'),
    issue: fields.text('IS'),
    ...pages(fields),
    documentType: documentType(fields),
    language: fields.text('LA'),
    authorKeywords: fields.list('KW', /[;\n]/),
    affiliations: unique(fields.lines('AD').map(addressText)),
    ...scopusNotes(fields),
  };
}

/** TY; Scopus's own type beside it, which RIS has no code for ("Review", "Conference Paper" in M3). */
function documentType(fields: TaggedFields): string | undefined {
  const scopus = /^scopus$/i.test(fields.text('DB') ?? '') ? fields.text('M3') : undefined;
  return [scopus, fields.text('TY')].filter((t) => t !== undefined).join('; ') || undefined;
}

const CITED_BY_NOTE = /^Cited By\s*:\s*(\d{1,9})\s*$/i;
const REFERENCES_NOTE = /^References:\s*/i;

/** Scopus's notes: its citation count and the paper's references. */
function scopusNotes(fields: TaggedFields): Pick<SourceRecord, 'citedBy' | 'references'> {
  const notes = fields.values('N1');
  const count = notes.map((n) => CITED_BY_NOTE.exec(n)?.[1]).find((c) => c !== undefined);
  const list = notes.find((n) => REFERENCES_NOTE.test(n));
  return {
    ...(count !== undefined ? { citedBy: Number(count) } : {}),
    ...(list !== undefined ? { references: splitScopusReferences(list.replace(REFERENCES_NOTE, '')).map(parseScopusReference) } : {}),
  };
}

/** AU and A1 in file order, each name once. */
function authorsOf(fields: TaggedFields): string[] {
  const names = new Set<string>();
  for (const field of fields.ordered) {
    if (field.tag !== 'AU' && field.tag !== 'A1') continue;
    const name = fields.value(field);
    if (name === '') continue;
    if (names.has(name)) fields.doubt(field, name, 'the same author twice in one record: kept once');
    else names.add(name);
  }
  return [...names];
}

function identifiers(fields: TaggedFields): Identifiers {
  const accession = fields.text('AN');
  const doi = fields.text('DO') ?? fields.lines('UR').map((u) => DOI_IN_URL.exec(u)?.[1]).find((d) => d !== undefined);
  return {
    doi,
    wos: accession !== undefined && /^WOS:/i.test(accession) ? accession : undefined,
    eid: accession !== undefined && /^2-s2\.0-/i.test(accession) ? accession : undefined,
  };
}

/** SP and EP; a range in SP ("42-47") when EP is missing. */
function pages(fields: TaggedFields): Pick<SourceRecord, 'pageStart' | 'pageEnd'> {
  const [start, end] = [fields.text('SP'), fields.text('EP')];
  if (start !== undefined && end === undefined) return pageRange(start);
  return { pageStart: start, pageEnd: end };
}
