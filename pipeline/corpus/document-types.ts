// Document types on one vocabulary. Each database names them its own way (WoS "Article", Scopus
// "Conference Paper", PubMed "Journal Article", RIS "JOUR", BibTeX "@inproceedings", OpenAlex
// "book-chapter", Crossref "proceedings-article", Lens "journal article", Dimensions "Proceeding"),
// so counted as written one corpus shows six kinds of article. The values below are those of
// each format's own list: WoS document types, Scopus document types, NLM's MeSH publication
// types, the RIS TY codes (2011 specification), BibTeX and BibLaTeX entry types, OpenAlex work
// types (`type`, and `type_crossref`), Crossref's `/types`, Lens publication types and
// Dimensions publication and document types.
//
// Applied when records are merged into papers (corpus/paper-fields.ts), not while reading them:
// the records of one paper often disagree (WoS "Review", Crossref "journal-article"), and only
// the merge sees them all. Records keep what their database says.
import { caseFoldKey } from '../compare';
import type { SourceRecord, Warning } from '../model';

export const DOCUMENT_TYPES = [
  'article', 'review', 'conference paper', 'book chapter', 'book', 'editorial', 'letter', 'note',
  'erratum', 'preprint', 'dataset', 'thesis', 'report', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * What a value says: a type of the vocabulary, `named other` (a kind the vocabulary has no
 * word for: a book review, a news item, a patent) or `unspecified` (a format's "other",
 * "misc", "GEN", "Undefined"). Both are "other" to the reader; they differ in precedence.
 */
type Kind = Exclude<DocumentType, 'other'> | 'named other' | 'unspecified';

/**
 * Most specific first; a paper takes the first kind any value of any of its records gives.
 * A notice, an editorial or a letter is what it is whatever container it appeared in (WoS
 * "Editorial Material; Book Chapter", a Crossref "journal-article" that WoS calls "Review");
 * a conference paper is more than the chapter or article it is printed as (LNCS papers are
 * Crossref book chapters); a published kind beats "preprint", since a preprint and its journal
 * version are one paper, and that paper is published. Unknown values rank with "unspecified".
 */
const PRECEDENCE: readonly Kind[] = [
  'erratum', 'editorial', 'letter', 'note', 'review', 'named other', 'conference paper', 'book chapter',
  'thesis', 'report', 'dataset', 'book', 'article', 'preprint', 'unspecified',
];

/** Each kind's values, compared by `valueKey` (case, "-", "_" and spacing folded). */
const VALUES: Record<Kind, readonly string[]> = {
  article: [
    'Article', 'Journal Article', 'JOUR', 'EJOUR', 'INPR', 'MGZN', 'Article in Press', 'Business Article', 'Research Article',
    'Data Paper', 'Reprint', 'Early Access', 'Retracted Publication', 'Retracted', 'Withdrawn Publication',
    'Publication with Expression of Concern', 'Clinical Trial', 'Clinical Study',
    // PubMed's study designs, funding and other marks say what an article reports, not that it is
    // another kind; a "Comment" is a letter, an editorial or an article, and the type beside it says which.
    'Case Reports', 'Classical Article', 'Historical Article', 'Corrected and Republished Article', 'Duplicate Publication',
    'English Abstract', 'Overall', 'Comment', 'Guideline', 'Practice Guideline', 'Consensus Statement',
    'Clinical Trial, Phase I', 'Clinical Trial, Phase II', 'Clinical Trial, Phase III', 'Clinical Trial, Phase IV',
    'Clinical Trial Protocol', 'Clinical Trial, Veterinary', 'Adaptive Clinical Trial', 'Controlled Clinical Trial',
    'Pragmatic Clinical Trial', 'Equivalence Trial', 'Randomized Controlled Trial', 'Randomized Controlled Trial, Veterinary',
    'Observational Study', 'Observational Study, Veterinary', 'Comparative Study', 'Multicenter Study', 'Twin Study',
    'Evaluation Study', 'Evaluation Studies', 'Validation Study', 'Validation Studies',
    'Research Support, American Recovery and Reinvestment Act', 'Research Support, N.I.H., Extramural',
    'Research Support, N.I.H., Intramural', "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't",
    "Research Support, U.S. Gov't, Non-P.H.S.", "Research Support, U.S. Gov't, P.H.S.",
    'journal-article', 'data-paper',
  ],
  review: ['Review', 'Short Survey', 'Systematic Review', 'Meta-Analysis', 'Network Meta-Analysis', 'Scoping Review', 'Scientific Integrity Review', 'Review Article'],
  'conference paper': [
    'Conference Paper', 'Proceedings Paper', 'Meeting Abstract', 'Conference Review', 'Abstract Report', 'Conference Abstract',
    'Congress', 'Congresses', 'Clinical Conference', 'Consensus Development Conference', 'Consensus Development Conference, NIH',
    'CONF', 'CPAPER', 'inproceedings', 'conference', 'proceedings-article', 'conference proceedings article',
    // Lens's and Dimensions' names for a paper in proceedings.
    'conference proceedings', 'Proceeding',
  ],
  'book chapter': [
    'Book Chapter', 'Chapter', 'Research Chapter', 'CHAP', 'ECHAP', 'ENCYC', 'DICT', 'inbook', 'incollection', 'inreference',
    'bookinbook', 'suppbook', 'suppcollection', 'book-section', 'book-part', 'book-track', 'reference-entry',
  ],
  book: [
    'Book', 'BOOK', 'EBOOK', 'EDBOOK', 'SER', 'Monograph', 'Edited Book', 'Collected Work', 'Festschrift',
    'mvbook', 'booklet', 'collection', 'mvcollection', 'reference', 'mvreference', 'reference-book', 'book-set',
    // A whole proceedings volume (BibTeX, Crossref), not one paper in it.
    'proceedings', 'mvproceedings',
  ],
  editorial: ['Editorial', 'Editorial Material', 'Discussion', 'Introductory Journal Article'],
  letter: ['Letter', 'Letter to the editor'],
  note: ['Note'],
  erratum: [
    'Erratum', 'Correction', 'Correction, Addition', 'Published Erratum', 'Retraction', 'Retraction of Publication',
    'Expression of Concern',
  ],
  preprint: ['Preprint', 'posted-content', 'unpublished', 'UNPB'],
  dataset: ['Dataset', 'Data Set', 'Data Study', 'DATA', 'DBASE', 'AGGR', 'database'],
  thesis: ['Thesis', 'Dissertation', 'Dissertation/Thesis', 'THES', 'phdthesis', 'mastersthesis'],
  report: ['Report', 'Technical Report', 'Government Publication', 'RPRT', 'GOVDOC', 'techreport', 'manual', 'report-component', 'working paper'],
  'named other': [
    // Web of Science
    'Book Review', 'News Item', 'Biographical-Item', 'Item About an Individual', 'Bibliography', 'Art Exhibit Review',
    'Dance Performance Review', 'Database Review', 'Film Review', 'Hardware Review', 'Music Performance Review',
    'Music Score Review', 'Record Review', 'Software Review', 'Theater Review', 'TV Review, Radio Review',
    'Music Score', 'Poetry', 'Fiction, Creative Prose', 'Script', 'Excerpt', 'Chronology', 'Abstract of Published Item', 'Patent',
    // Scopus
    'Press Release',
    // PubMed
    'News', 'Newspaper Article', 'Biography', 'Autobiography', 'Portrait', 'Interview', 'Lecture', 'Lectures', 'Address',
    'Addresses', 'Directory', 'Dictionary', 'Legal Case', 'Legislation', 'Patient Education Handout', 'Periodical Index',
    'Personal Narrative', 'Video-Audio Media', 'Webcast', 'Interactive Tutorial', 'Electronic Supplementary Materials',
    // RIS
    'ABST', 'ADVS', 'ANCIENT', 'ART', 'BILL', 'BLOG', 'CASE', 'CHART', 'CLSWK', 'COMP', 'CTLG', 'ELEC', 'EQUA', 'FIGURE',
    'GRANT', 'HEAR', 'ICOMM', 'JFULL', 'LEGAL', 'MANSCPT', 'MAP', 'MPCT', 'MULTI', 'MUSIC', 'NEWS', 'PAMP', 'PAT', 'PCOMM',
    'SLIDE', 'SOUND', 'STAND', 'STAT', 'UNBILL', 'VIDEO',
    // BibLaTeX
    'online', 'electronic', 'www', 'software', 'periodical', 'suppperiodical',
    // OpenAlex, Crossref, Lens
    'book-review', 'paratext', 'peer-review', 'libguides', 'libguide', 'standard', 'supplementary-materials', 'component',
    'journal', 'journal-issue', 'journal-volume', 'book-series', 'proceedings-series', 'report-series', 'standard-series',
  ],
  unspecified: ['other', 'unknown', 'misc', 'GEN', 'Undefined'],
};

/** A value's key: Unicode form, case, "-", "_" and spacing folded ("journal-article" = "Journal Article"). */
function valueKey(value: string): string {
  return caseFoldKey(value.replace(/[_-]/gu, ' '));
}

const KIND_OF = new Map<string, Kind>();
for (const kind of PRECEDENCE) {
  for (const value of VALUES[kind]) {
    const key = valueKey(value);
    const listed = KIND_OF.get(key);
    if (listed !== undefined && listed !== kind) throw new Error(`document types: "${value}" listed as ${listed} and as ${kind}`);
    KIND_OF.set(key, kind);
  }
}

/** The values a record's text holds: several are joined with ";" (WoS "Article; Proceedings Paper", PubMed's types). */
function valuesOf(raw: string | undefined): string[] {
  return raw === undefined ? [] : raw.split(';').map((v) => v.trim()).filter((v) => v !== '');
}

function typeOfKind(kind: Kind): DocumentType {
  return kind === 'named other' || kind === 'unspecified' ? 'other' : kind;
}

/**
 * A paper's type over its records' values, by PRECEDENCE ("other" when no value is known), and
 * the values themselves: each once (keys folded, the first spelling kept), in source order.
 */
export function paperDocumentType(records: readonly Pick<SourceRecord, 'documentType'>[]): { documentType?: DocumentType; documentTypeRaw?: string } {
  const values = new Map<string, string>();
  for (const r of records) {
    for (const v of valuesOf(r.documentType)) {
      const key = valueKey(v);
      if (!values.has(key)) values.set(key, v);
    }
  }
  if (values.size === 0) return {};
  let best = PRECEDENCE.length - 1;
  for (const key of values.keys()) best = Math.min(best, PRECEDENCE.indexOf(KIND_OF.get(key) ?? 'unspecified'));
  return { documentType: typeOfKind(PRECEDENCE[best]!), documentTypeRaw: [...values.values()].join('; ') };
}

/**
 * One warning per value the vocabulary lacks (keys folded), at the first record that gives it
 * (records in file and line order), with how many records give it.
 */
export function unknownDocumentTypes(records: readonly Pick<SourceRecord, 'documentType' | 'source'>[]): Warning[] {
  const unknown = new Map<string, { warning: Warning; records: number }>();
  for (const r of records) {
    for (const value of new Set(valuesOf(r.documentType).filter((v) => !KIND_OF.has(valueKey(v))))) {
      const key = valueKey(value);
      const seen = unknown.get(key);
      if (seen) seen.records++;
      else unknown.set(key, { warning: { source: r.source, field: 'document type', value: value.slice(0, 200), reason: '' }, records: 1 });
    }
  }
  return [...unknown.values()].map(({ warning, records: n }) => ({
    ...warning,
    reason: `a document type no format's list has: read as "other", below any known type its paper has (${n} record${n === 1 ? '' : 's'})`,
  }));
}
