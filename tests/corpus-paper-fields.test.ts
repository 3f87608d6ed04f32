// What a database export says of a paper, merged over its records: venue and the rest of the
// publication from the first source that names a venue, keywords and affiliations as a union,
// the largest cited-by count with its source, the longest reference list (never a union), and
// the year and month of an arXiv id when no source dates the paper.
import { describe, expect, it } from 'vitest';
import { arxivMonth } from '../pipeline/corpus/arxiv-date';
import { buildCorpus } from '../pipeline/corpus/merge';
import type { Corpus, SourceRecord } from '../pipeline/model';
import { scopus, wos } from './fixtures/database-records';

const corpusOf = (records: SourceRecord[]): Corpus => buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
const src = (file: string, line = 1): SourceRecord['source'] => ({ file, line, format: 'csv' });

describe('the publication fields of a paper made of two database records', () => {
  const [paper] = corpusOf([scopus, wos]).papers;

  it('take the venue and language from the first source that has them, the document type on one vocabulary with the raw values', () => {
    expect(paper).toMatchObject({ venue: 'JOURNAL OF INFORMETRICS', volume: '11', pageStart: '959', pageEnd: '975', documentType: 'article', documentTypeRaw: 'Article', language: 'English' });
  });

  it('fill volume, issue and pages only from sources of the same venue, never from another venue', () => {
    // "Journal of Informetrics" and "JOURNAL OF INFORMETRICS" are one venue once case is folded: the issue is Scopus's.
    expect(paper!.issue).toBe('4');
    const preprint: SourceRecord = { ...scopus, venue: 'arXiv', issue: '99', source: src('c.csv') };
    expect(corpusOf([wos, preprint]).papers[0]!.issue).toBeUndefined();
  });

  it('take the union of keywords and affiliations in source order, case folded', () => {
    expect(paper!.authorKeywords).toEqual(['Science mapping', 'Bibliometrics', 'R package', 'Co-word analysis']);
    expect(paper!.indexKeywords).toEqual(['CO-CITATION', 'SCIENCE', 'Bibliometric analysis']);
    expect(paper!.affiliations).toEqual(['Univ Naples Federico II, Naples, Italy', 'Department of Economics, University of Campania, Italy']);
  });

  it('take the largest cited-by count and say whose it is', () => {
    expect(paper!.citedBy).toBe(4200);
    expect(paper!.citedBySource).toEqual(scopus.source);
  });

  it('take the longest reference list whole, not a union of both databases’ lists', () => {
    expect(paper!.references).toEqual(scopus.references);
    expect(paper!.ids).toEqual({ doi: '10.1016/j.joi.2017.08.007', wos: 'WOS:000414269800021', eid: '2-s2.0-85032335651' });
  });

  it('are empty lists and no values for a paper no database describes', () => {
    const [bare] = corpusOf([{ source: src('x.csv'), title: 'A paper from a listing page only' }]).papers;
    expect(bare).toMatchObject({ authorKeywords: [], indexKeywords: [], affiliations: [], references: [] });
    for (const key of ['venue', 'volume', 'issue', 'pageStart', 'citedBy', 'citedBySource', 'dateFrom'] as const) expect(bare![key]).toBeUndefined();
  });
});

describe('dating a paper by its arXiv id', () => {
  it('reads year and month from new- and old-style ids, and nothing from ids that encode no real month', () => {
    expect(arxivMonth('2511.21631')).toEqual({ year: 2025, month: 11 });
    expect(arxivMonth('0704.0001')).toEqual({ year: 2007, month: 4 });
    expect(arxivMonth('hep-th/9901001')).toEqual({ year: 1999, month: 1 });
    expect(arxivMonth('math/0211159')).toEqual({ year: 2002, month: 11 });
    expect(arxivMonth('2513.00001')).toBeUndefined(); // month 13
    expect(arxivMonth('0612.00001')).toBeUndefined(); // new style began in April 2007
    expect(arxivMonth('9912.00001')).toBeUndefined(); // 2099: not a plausible year
  });

  it('dates an undated paper with an arXiv id, and says so', () => {
    const [paper] = corpusOf([{ source: src('hf.json'), title: 'A preprint from a daily list', url: 'https://arxiv.org/abs/2511.21631v2' }]).papers;
    expect(paper).toMatchObject({ year: 2025, date: '2025-11', dateFrom: 'arxiv-id' });
  });

  it('keeps a date a source gives over the arXiv id', () => {
    const [paper] = corpusOf([{ source: src('a.csv'), title: 'A published preprint', ids: { arxiv: '2511.21631' }, date: { raw: '2026-02-03', year: 2026, month: 2, day: 3 } }]).papers;
    expect(paper).toMatchObject({ year: 2026, date: '2026-02-03' });
    expect(paper!.dateFrom).toBeUndefined();
  });

  it('dates by the arXiv id a paper whose sources give a date without a year ("Mar 4", a listing’s day)', () => {
    const [paper] = corpusOf([{ source: src('a.txt'), title: 'A listed preprint', ids: { arxiv: '2403.01234' }, date: { raw: 'Mar 4', month: 3, day: 4 } }]).papers;
    expect(paper).toMatchObject({ year: 2024, date: '2024-03', dateFrom: 'arxiv-id' });
  });
});
