// What the database exports give, in the reports: papers.csv's identifier, link, venue, pages,
// keywords, cited-by and reference columns, authors.csv's ORCID, ids, affiliations, countries and
// ambiguity, and references.csv, a row per cited reference. Identifiers and dates through the
// whole pipeline from a JSON table (what the generic table importer reads); the fields it does
// not read, from records built here, through the report writers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import { ANALYSIS_COLUMNS } from '../pipeline/export/graph-reports';
import { buildCitations } from '../pipeline/citations/index';
import { writeAuthorReport, writePaperReport, writeReferenceReport } from '../pipeline/export/reports';
import type { SourceRecord } from '../pipeline/model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { wos } from './fixtures/database-records';
import { scratchDir } from './helpers/scratch';

type Row = Record<string, string>;
const readCsv = (dir: string, name: string) => {
  const { data, errors, meta } = Papa.parse<Row>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true });
  expect(errors, name).toEqual([]);
  return { rows: data, columns: meta.fields ?? [] };
};
const abstract = 'We study citation networks, co-authorship and science mapping with bibliometric tools.';

describe('identifier and date columns through the pipeline', () => {
  let out: string;
  beforeAll(async () => {
    const root = scratchDir('dbfields');
    const rows = [
      { title: 'A paper with a DOI and a landing page', authors: ['Ann Lee', 'Bo Chen'], doi: 'https://doi.org/10.1000/ABC.1', url: 'https://example.org/landing', year: 2020, abstract },
      // As hf-daily saves a listing: a scrape date, which is no publication date, and the arXiv page.
      { title: 'A preprint dated by its arXiv id', authors: ['Cy Dang'], scraped_date: '2025-12-04', details: { arxiv_page_url: 'https://arxiv.org/abs/2511.21631v2' }, abstract },
      { title: 'A paper every database knows', authors: ['Di Eng'], pmid: '12345', pmcid: 'PMC999', ut: 'WOS:000414269800021', eid: '2-s2.0-85032335651', openalex: 'W2755950973', lens_id: '000-111-222-333-444', dimensions_id: 'pub.1091234567', year: 2017, abstract },
      { title: 'A paper known only by its page', authors: ['Ed Fox'], url: 'https://example.org/only', year: 2019, abstract },
    ];
    writeFileSync(join(root, 'papers.json'), JSON.stringify(rows, null, 2));
    out = join(root, 'out');
    await runPipeline([join(root, 'papers.json')], { ...DEFAULT_OPTIONS, out });
  });

  it('papers.csv keeps its columns in place, then the new ones, then the analysis', () => {
    const { columns } = readCsv(out, 'papers.csv');
    expect(columns.slice(0, 12)).toEqual(['id', 'title', 'year', 'date', 'categories', 'authors', 'author_count', 'authors_truncated', 'has_code', 'submitter', 'sources', 'abstract']);
    expect(columns.slice(12, -ANALYSIS_COLUMNS.length)).toEqual([
      'doi', 'url', 'venue', 'volume', 'issue', 'pages', 'document_type', 'document_type_raw', 'language', 'keywords', 'index_keywords', 'cited_by', 'cited_by_source',
      'local_citations', 'reference_count', 'arxiv', 'pmid', 'pmcid', 'wos', 'eid', 'openalex', 'lens', 'dimensions', 'date_from',
    ]);
    expect(columns.slice(-ANALYSIS_COLUMNS.length)).toEqual([...ANALYSIS_COLUMNS]);
  });

  it('papers.csv gives each identifier, and the link: DOI, else arXiv, PubMed, else the source’s', () => {
    const byTitle = new Map(readCsv(out, 'papers.csv').rows.map((r) => [r.title!, r]));
    expect(byTitle.get('A paper with a DOI and a landing page')).toMatchObject({ doi: '10.1000/abc.1', url: 'https://doi.org/10.1000/abc.1', date_from: '' });
    expect(byTitle.get('A preprint dated by its arXiv id')).toMatchObject({ arxiv: '2511.21631', url: 'https://arxiv.org/abs/2511.21631', year: '2025', date: '2025-11', date_from: 'arxiv-id' });
    expect(byTitle.get('A paper every database knows')).toMatchObject({
      url: 'https://pubmed.ncbi.nlm.nih.gov/12345', pmid: '12345', pmcid: 'PMC999', wos: 'WOS:000414269800021', eid: '2-s2.0-85032335651',
      openalex: 'W2755950973', lens: '000-111-222-333-444', dimensions: 'pub.1091234567',
    });
    expect(byTitle.get('A paper known only by its page')).toMatchObject({ url: 'https://example.org/only', doi: '' });
  });

  it('authors.csv gains its columns and references.csv is written, empty when no source lists references', () => {
    const authors = readCsv(out, 'authors.csv');
    expect(authors.columns.slice(8, 13)).toEqual(['orcid', 'author_ids', 'affiliations', 'countries', 'ambiguous']);
    expect(authors.rows.every((r) => r.ambiguous === 'false')).toBe(true);
    const references = readCsv(out, 'references.csv');
    expect(references.columns).toEqual(['paper_id', 'position', 'raw', 'first_author', 'year', 'source', 'volume', 'page', 'title', 'doi', 'ids', 'work', 'matched_paper_id']);
    expect(references.rows).toEqual([]);
  });
});

describe('publication, author and reference columns from database records', () => {
  const orcid = '0000-0002-1825-0097';
  const records: SourceRecord[] = [
    {
      ...wos,
      source: { file: 'savedrecs.txt', line: 1, format: 'csv' },
      authors: ['Aria, Massimo', 'Cuccurullo, Corrado'],
      authorDetails: [
        { orcid, ids: { scopus: '7004212771', wos: 'B-9803-2009' }, affiliations: ['Univ Naples Federico II, Naples, Italy'], countries: ['Italy'] },
        { affiliations: ['Univ Campania Luigi Vanvitelli, Caserta, Italy'], countries: ['Italy'] },
      ],
      date: { raw: '2017', year: 2017 },
      issue: '4',
      references: [
        { raw: 'ARIA M, 2017, J INFORMETR, V11, P959', firstAuthor: 'ARIA M', year: 2017, source: 'J INFORMETR', volume: '11', page: '959', ids: { doi: '10.1016/j.joi.2017.08.007' } },
        { raw: 'Small H., 1973, JASIS, V24, P265', firstAuthor: 'Small H.', year: 1973, title: 'Co-citation in the scientific literature', ids: { pmid: '123', openalex: 'W1' } },
      ],
    },
  ];
  let dir: string;
  beforeAll(async () => {
    dir = scratchDir('dbreports');
    const corpus = buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
    const noAnalysis = () => ANALYSIS_COLUMNS.map(() => undefined);
    await writePaperReport(dir, corpus, buildCitations(corpus, 1), noAnalysis);
    await writeAuthorReport(dir, corpus, noAnalysis);
    await writeReferenceReport(dir, corpus, buildCitations(corpus, 1));
  });

  it('papers.csv: venue, volume, issue, pages, type, language, keywords, cited-by with its source, reference count', () => {
    const [paper] = readCsv(dir, 'papers.csv').rows;
    expect(paper).toMatchObject({
      venue: 'JOURNAL OF INFORMETRICS', volume: '11', issue: '4', pages: '959-975', document_type: 'article', document_type_raw: 'Article', language: 'English',
      keywords: 'Science mapping; Bibliometrics; R package', index_keywords: 'CO-CITATION; SCIENCE', cited_by: '3000', cited_by_source: 'savedrecs.txt:1', reference_count: '2',
    });
  });

  it('authors.csv: ORCID, database ids, affiliations, countries, ambiguity', () => {
    const aria = readCsv(dir, 'authors.csv').rows.find((r) => r.name === 'Massimo Aria')!;
    expect(aria).toMatchObject({ orcid, author_ids: 'scopus:7004212771; wos:B-9803-2009', affiliations: 'Univ Naples Federico II, Naples, Italy', countries: 'Italy', ambiguous: 'false' });
  });

  it('references.csv: each reference in order, what was read of it, its DOI and other ids, the work it names and the paper of the corpus that is', () => {
    // The first reference, by its DOI, is the paper itself: matched, though no paper cites itself in the networks.
    const { rows } = readCsv(dir, 'references.csv');
    const paperId = readCsv(dir, 'papers.csv').rows[0]!.id;
    expect(rows).toEqual([
      { paper_id: paperId, position: '1', raw: 'ARIA M, 2017, J INFORMETR, V11, P959', first_author: 'ARIA M', year: '2017', source: 'J INFORMETR', volume: '11', page: '959', title: '', doi: '10.1016/j.joi.2017.08.007', ids: '', work: 'doi:10.1016/j.joi.2017.08.007', matched_paper_id: paperId },
      { paper_id: paperId, position: '2', raw: 'Small H., 1973, JASIS, V24, P265', first_author: 'Small H.', year: '1973', source: '', volume: '', page: '', title: 'Co-citation in the scientific literature', doi: '', ids: 'pmid:123; openalex:W1', work: 'pmid:123', matched_paper_id: '' },
    ]);
  });
});
