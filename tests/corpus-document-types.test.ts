// Document types on one vocabulary: each format's own values (taken from its published list and
// noted by source), the precedence within a record and across the records of a paper, the
// warning for a value no list has, and the overview's counts on the real export excerpts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCorpus } from '../pipeline/analysis/overview';
import { DOCUMENT_TYPES, paperDocumentType, unknownDocumentTypes } from '../pipeline/corpus/document-types';
import { buildCorpus } from '../pipeline/corpus/merge';
import type { CitationModel, SourceRecord } from '../pipeline/model';
import { FORMATS_DIR, parseFixture } from './helpers/formats';

/** [value, type], per format, as its own list writes the value. */
const FORMAT_VALUES: Record<string, [string, string][]> = {
  // Web of Science DT field (WoS "Searching the Document Type Field"; savedrecs.txt, wos-modern.txt).
  wos: [['Article', 'article'], ['Review', 'review'], ['Proceedings Paper', 'conference paper'], ['Meeting Abstract', 'conference paper'], ['Editorial Material', 'editorial'], ['Letter', 'letter'], ['Book Chapter', 'book chapter'], ['Correction', 'erratum'], ['Book Review', 'other'], ['News Item', 'other'], ['Early Access', 'article'], ['Data Paper', 'article']],
  // Scopus "Document Type" (scopus_testing.csv.scopus: Article, Review, Book Chapter, Book, Short Survey, Conference Paper, Editorial).
  scopus: [['Article', 'article'], ['Review', 'review'], ['Book Chapter', 'book chapter'], ['Book', 'book'], ['Short Survey', 'review'], ['Conference Paper', 'conference paper'], ['Editorial', 'editorial'], ['Erratum', 'erratum'], ['Note', 'note'], ['Article in Press', 'article'], ['Undefined', 'other']],
  // PubMed publication types, MEDLINE PT and XML PublicationType (NLM's list; pubmed_result*.txt, easyPubMedvig.xml).
  pubmed: [['Journal Article', 'article'], ['Review', 'review'], ['Systematic Review', 'review'], ['Meta-Analysis', 'review'], ['Editorial', 'editorial'], ['Letter', 'letter'], ['Published Erratum', 'erratum'], ['Retraction of Publication', 'erratum'], ['Preprint', 'preprint'], ['Congress', 'conference paper'], ['Dataset', 'dataset'], ['Technical Report', 'report'], ["Research Support, Non-U.S. Gov't", 'article'], ['Research Support, N.I.H., Extramural', 'article'], ['Evaluation Studies', 'article'], ['Randomized Controlled Trial', 'article'], ['Case Reports', 'article'], ['News', 'other']],
  // RIS TY codes (2011 specification; example.ris: JOUR, CONF; ris-zotero.ris: CHAP).
  ris: [['JOUR', 'article'], ['CONF', 'conference paper'], ['CPAPER', 'conference paper'], ['CHAP', 'book chapter'], ['BOOK', 'book'], ['EDBOOK', 'book'], ['THES', 'thesis'], ['RPRT', 'report'], ['DATA', 'dataset'], ['UNPB', 'preprint'], ['ELEC', 'other'], ['GEN', 'other']],
  // BibTeX and BibLaTeX entry types (xampl.bib, the Zotero and JabRef exports).
  bibtex: [['article', 'article'], ['inproceedings', 'conference paper'], ['conference', 'conference paper'], ['incollection', 'book chapter'], ['inbook', 'book chapter'], ['book', 'book'], ['booklet', 'book'], ['proceedings', 'book'], ['phdthesis', 'thesis'], ['mastersthesis', 'thesis'], ['techreport', 'report'], ['manual', 'report'], ['unpublished', 'preprint'], ['online', 'other'], ['misc', 'other']],
  // OpenAlex work types, `type` and `type_crossref` (OpenAlex "Work types"; openalex_works.json).
  openalex: [['article', 'article'], ['book-chapter', 'book chapter'], ['preprint', 'preprint'], ['dissertation', 'thesis'], ['review', 'review'], ['erratum', 'erratum'], ['retraction', 'erratum'], ['conference-paper', 'conference paper'], ['peer-review', 'other'], ['paratext', 'other'], ['proceedings-article', 'conference paper'], ['posted-content', 'preprint']],
  // Crossref `type` (api.crossref.org/types; crossref-works.json).
  crossref: [['journal-article', 'article'], ['proceedings-article', 'conference paper'], ['book-chapter', 'book chapter'], ['monograph', 'book'], ['edited-book', 'book'], ['posted-content', 'preprint'], ['dataset', 'dataset'], ['dissertation', 'thesis'], ['report', 'report'], ['journal-issue', 'other'], ['other', 'other']],
  // Lens "Publication Type" (Lens API publication_type; lens.csv).
  lens: [['journal article', 'article'], ['conference proceedings article', 'conference paper'], ['book chapter', 'book chapter'], ['book', 'book'], ['dissertation', 'thesis'], ['preprint', 'preprint'], ['working paper', 'report'], ['reference entry', 'book chapter'], ['unknown', 'other']],
  // Dimensions "Publication Type" (Dimensions' publication types; dimensions.csv).
  dimensions: [['Article', 'article'], ['Chapter', 'book chapter'], ['Proceeding', 'conference paper'], ['Monograph', 'book'], ['Edited Book', 'book'], ['edited_book', 'book'], ['Preprint', 'preprint']],
};

const record = (documentType: string | undefined, file = 'a.txt', line = 1, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  source: { file, line, format: 'wos-text' }, title: `Paper of ${file}:${line}`, ...(documentType === undefined ? {} : { documentType }), ...extra,
});

describe('document types on one vocabulary', () => {
  for (const [format, values] of Object.entries(FORMAT_VALUES)) {
    it(`maps ${format}'s own values, whatever their case and separators`, () => {
      const typeOf = (documentType: string) => paperDocumentType([{ documentType }]).documentType;
      for (const [value, type] of values) {
        expect([value, typeOf(value)]).toEqual([value, type]);
        expect([value, typeOf(value.toUpperCase().replace(/-/g, '_'))]).toEqual([value, type]);
      }
      // Known, so "other" is the format's own word for it, not an unknown value's fallback.
      expect(unknownDocumentTypes(values.map(([documentType], line) => ({ documentType, source: { file: format, line, format: 'csv' } })))).toEqual([]);
    });
  }

  it('knows every value the real exports give, but the free-text `type` that qualifies a classic BibTeX entry', () => {
    const files = readdirSync(FORMATS_DIR).filter((f) => f !== 'README.md').sort();
    const unknown = files.flatMap((f) => unknownDocumentTypes(parseFixture(f).records).map((w) => `${w.source.file}: ${w.value}`));
    expect(unknown).toEqual(['xampl.bib: Section', 'xampl.bib: Part', "xampl.bib: Master's project", 'xampl.bib: PhD Dissertation', 'xampl.bib: Wishful Research Result']);
  });

  it('reaches every type of the vocabulary from the formats\' values, and gives none for no value', () => {
    expect(new Set(Object.values(FORMAT_VALUES).flat().map(([, t]) => t))).toEqual(new Set(DOCUMENT_TYPES));
    expect(paperDocumentType([{}, { documentType: ' ; ' }])).toEqual({});
  });
});

describe('the precedence of document types', () => {
  const typeOf = (...raw: string[]) => paperDocumentType(raw.map((documentType) => ({ documentType })));

  it('takes the most specific of one record\'s values: WoS "Article; Proceedings Paper", PubMed\'s list', () => {
    expect(typeOf('Article; Proceedings Paper')).toEqual({ documentType: 'conference paper', documentTypeRaw: 'Article; Proceedings Paper' });
    expect(typeOf('Journal Article; Review').documentType).toBe('review');
    expect(typeOf("Journal Article; Research Support, Non-U.S. Gov't; Published Erratum").documentType).toBe('erratum');
    expect(typeOf('Editorial Material; Book Chapter').documentType).toBe('editorial');
    expect(typeOf('Book Review; article').documentType).toBe('other');
  });

  it('takes the most specific of the records of one paper, keeping each value once in source order', () => {
    expect(typeOf('Review', 'journal-article')).toEqual({ documentType: 'review', documentTypeRaw: 'Review; journal-article' });
    // LNCS: a Scopus conference paper that Crossref registers as a book chapter.
    expect(typeOf('book-chapter', 'Conference Paper').documentType).toBe('conference paper');
    // A preprint and its journal version are one paper, and that paper is published.
    expect(typeOf('preprint; posted-content', 'journal-article').documentType).toBe('article');
    expect(typeOf('misc', 'Article', 'ARTICLE', 'article; journal-article')).toEqual({ documentType: 'article', documentTypeRaw: 'misc; Article; journal-article' });
  });

  it('merges records of one DOI with the precedence, and the raw values go to the paper', () => {
    const ids = { doi: '10.1016/j.joi.2017.08.007' };
    const corpus = buildCorpus({
      files: [], rejects: [], warnings: [], profiles: [],
      records: [record('journal-article', 'crossref.json', 3, { ids, title: 'bibliometrix' }), record('Review', 'savedrecs.txt', 9, { ids, title: 'bibliometrix' })],
    });
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.papers[0]).toMatchObject({ documentType: 'review', documentTypeRaw: 'journal-article; Review' });
  });
});

describe('a document type no list has', () => {
  const records = [record('Article; Lecture Notes', 'a.txt', 4), record('lecture notes', 'a.txt', 20), record('Lecture Notes', 'b.txt', 2), record('Poster Presentation', 'b.txt', 9)];
  const corpus = buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
  const warnings = corpus.warnings.filter((w) => w.field === 'document type');

  it('is warned about once per value (case folded), at the first record that gives it, with how many do', () => {
    expect(warnings.map((w) => [w.source.file, w.source.line, w.value])).toEqual([['a.txt', 4, 'Lecture Notes'], ['b.txt', 9, 'Poster Presentation']]);
    expect(warnings[0]!.reason).toContain('(3 records)');
    expect(warnings[1]!.reason).toContain('(1 record)');
  });

  it('counts as "other", below a known type beside it, and stays in the raw value', () => {
    const byTitle = new Map(corpus.papers.map((p) => [p.title, p]));
    expect(byTitle.get('Paper of a.txt:4')).toMatchObject({ documentType: 'article', documentTypeRaw: 'Article; Lecture Notes' });
    expect(byTitle.get('Paper of b.txt:9')).toMatchObject({ documentType: 'other', documentTypeRaw: 'Poster Presentation' });
  });

  it('names its file and line in the real xampl.bib, whose @inbook entries qualify "Section"', () => {
    const xampl = buildCorpus({ ...parseFixture('xampl.bib'), files: [], profiles: [] });
    const section = xampl.warnings.filter((w) => w.field === 'document type' && w.value === 'Section');
    expect(section.map((w) => [w.source.file, w.source.line])).toEqual([['xampl.bib', 64]]);
    expect(section[0]!.reason).toContain('(2 records)');
  });
});

describe('the overview of the real export excerpts', () => {
  const noCitations: CitationModel = { works: [], referenceKeys: new Map(), links: [], mainPath: { papers: [], links: [], leftOut: 0 }, warnings: [] };
  // WoS text and BibTeX, Scopus CSV and BibTeX, MEDLINE, PubMed XML, RIS (IEEE), OpenAlex, Crossref,
  // Lens and Dimensions: 31 records, 25 papers (two Crossref works are in Lens and Dimensions, two
  // WoS BibTeX entries in Scopus BibTeX).
  const files = [
    'wos-savedrecs-excerpt.txt', 'scopus.csv', 'medline-result2-excerpt.txt', 'ris-example-excerpt.ris', 'openalex-works.json',
    'crossref-works.json', 'lens.csv', 'dimensions.csv', 'wos-savedrecs-excerpt.bib', 'scopus-excerpt.bib', 'pubmed-easypubmed-excerpt.xml',
  ];
  const corpus = buildCorpus({ files: [], records: files.flatMap((f) => parseFixture(f).records), rejects: [], warnings: [], profiles: [] });
  const overview = describeCorpus(corpus, noCitations);

  it('counts the normalised types: "Article", "Journal Article", "JOUR", "journal-article", "journal article" are one', () => {
    expect(corpus.papers).toHaveLength(25);
    // Articles: WoS 2, Scopus 5, MEDLINE 2, RIS 2, OpenAlex 2, Crossref = Lens = Dimensions 2,
    // WoS = Scopus BibTeX 1, Scopus BibTeX 1, PubMed XML 1. Reviews: WoS 1, WoS = Scopus BibTeX 1,
    // PubMed XML 1. Conference papers: RIS "CONF" 1, OpenAlex "proceedings-article" 1.
    expect(overview.documentTypes).toEqual([
      { name: 'article', papers: 18 },
      { name: 'review', papers: 3 },
      { name: 'conference paper', papers: 2 },
      { name: 'editorial', papers: 1 },
      { name: 'letter', papers: 1 },
    ]);
    expect(overview.types).toBe(5);
    expect(overview.untyped).toBe(0);
    expect(corpus.warnings.filter((w) => w.field === 'document type')).toEqual([]);
  });
});
