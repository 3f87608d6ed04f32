// A folder holding one paper as every database exports it: each file is told by its content, and
// the seven records become one paper by their DOI, spelled seven ways, with two people as its
// authors however each format writes their names.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import { ingestPaths } from '../pipeline/ingest/index';
import type { Corpus, IngestResult } from '../pipeline/model';
import { scratchDir } from './helpers/scratch';

const TITLE = 'bibliometrix: An R-tool for comprehensive science mapping analysis';
const ABSTRACT = 'We present bibliometrix, an R package for comprehensive science mapping analysis.';

const FILES: Record<string, string> = {
  'savedrecs.txt': [
    'FN Clarivate Analytics Web of Science', 'VR 1.0', 'PT J', 'AU Aria, M', '   Cuccurullo, C', 'AF Aria, Massimo', '   Cuccurullo, Corrado',
    `TI ${TITLE}`, 'SO JOURNAL OF INFORMETRICS', `AB ${ABSTRACT}`, 'PY 2017', 'VL 11', 'IS 4', 'BP 959', 'EP 975', 'DI 10.1016/j.joi.2017.08.007',
    'UT WOS:000418194500013', 'CR Small H, 1973, J AM SOC INFORM SCI, V24, P265, DOI 10.1002/asi.4630240406', 'ER', 'EF', '',
  ].join('\n'),
  'scopus.csv': [
    'Authors,Author full names,Title,Year,Source title,Volume,Issue,Page start,Page end,Cited by,DOI,Abstract,EID',
    `"Aria M.; Cuccurullo C.","Aria, Massimo (7004212771); Cuccurullo, Corrado (15128024600)","${TITLE}",2017,"Journal of Informetrics","11","4","959","975",3000,10.1016/J.JOI.2017.08.007,"${ABSTRACT}",2-s2.0-85032335651`,
    '',
  ].join('\n'),
  'export.ris': ['TY  - JOUR', 'AU  - Aria, Massimo', 'AU  - Cuccurullo, Corrado', `TI  - ${TITLE}`, 'T2  - Journal of Informetrics', 'PY  - 2017', 'VL  - 11', 'SP  - 959', 'EP  - 975', 'DO  - https://doi.org/10.1016/j.joi.2017.08.007', 'ER  - ', ''].join('\n'),
  'library.bib': `@article{aria2017,\n  author = {Aria, Massimo and Cuccurullo, Corrado},\n  title = {{bibliometrix}: An {R}-tool for comprehensive science mapping analysis},\n  journal = {Journal of Informetrics},\n  year = {2017},\n  volume = {11},\n  number = {4},\n  pages = {959--975},\n  doi = {10.1016/j.joi.2017.08.007}\n}\n`,
  'pubmed.nbib': ['PMID- 99999999', `TI  - ${TITLE}`, 'FAU - Aria, Massimo', 'AU  - Aria M', 'FAU - Cuccurullo, Corrado', 'AU  - Cuccurullo C', 'DP  - 2017 Nov', 'JT  - Journal of Informetrics', 'LID - 10.1016/j.joi.2017.08.007 [doi]', ''].join('\n'),
  'openalex.json': JSON.stringify({
    meta: { count: 1 },
    results: [{
      id: 'https://openalex.org/W2755950973', doi: 'https://doi.org/10.1016/J.JOI.2017.08.007', display_name: TITLE, publication_year: 2017, publication_date: '2017-11-01',
      authorships: [{ author: { id: 'https://openalex.org/A5036070696', display_name: 'Massimo Aria' } }, { author: { id: 'https://openalex.org/A5003219364', display_name: 'Corrado Cuccurullo' } }],
      primary_location: { source: { display_name: 'Journal of Informetrics' } }, cited_by_count: 3500, referenced_works: ['https://openalex.org/W2000000001'],
    }],
  }, null, 1),
  'crossref.json': JSON.stringify({
    status: 'ok', 'message-type': 'work-list',
    message: { items: [{ DOI: 'doi:10.1016/j.joi.2017.08.007', title: [TITLE], author: [{ given: 'Massimo', family: 'Aria' }, { given: 'Corrado', family: 'Cuccurullo' }], 'container-title': ['Journal of Informetrics'], issued: { 'date-parts': [[2017, 11]] }, 'is-referenced-by-count': 3200 }] },
  }, null, 1),
};

let ingest: IngestResult;
let corpus: Corpus;

beforeAll(async () => {
  const dir = scratchDir('mixed');
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  ingest = await ingestPaths([dir]);
  corpus = buildCorpus(ingest);
});

describe('one paper in every export format', () => {
  it('tells each file by its content and reads one record from each', () => {
    expect(ingest.rejects).toEqual([]);
    expect(ingest.files.map((f) => [f.file.split('/').at(-1), f.format, f.dialect, f.records]).sort()).toEqual([
      ['crossref.json', 'json', 'crossref', 1],
      ['export.ris', 'ris', undefined, 1],
      ['library.bib', 'bibtex', undefined, 1],
      ['openalex.json', 'json', 'openalex', 1],
      ['pubmed.nbib', 'medline', undefined, 1],
      ['savedrecs.txt', 'wos-text', undefined, 1],
      ['scopus.csv', 'csv', 'scopus', 1],
    ]);
  });

  it('merges the seven records into one paper by the DOI, and keeps every identifier', () => {
    expect(corpus.papers).toHaveLength(1);
    const [paper] = corpus.papers;
    expect(paper!.sources).toHaveLength(7);
    expect(paper!.ids).toMatchObject({ doi: '10.1016/j.joi.2017.08.007', wos: 'WOS:000418194500013', eid: '2-s2.0-85032335651', pmid: '99999999', openalex: 'W2755950973' });
    expect(corpus.merges.merged).toEqual([{ paperId: paper!.id, rules: expect.arrayContaining(['doi']) }]);
    expect(paper!.citedBy).toBe(3500);
    expect(paper!.venue?.toLowerCase()).toBe('journal of informetrics');
  });

  it('makes two people of the authors, whatever form each format writes them in', () => {
    expect(corpus.authors.map((a) => a.name).sort()).toEqual(['Corrado Cuccurullo', 'Massimo Aria']);
    expect(corpus.authors.every((a) => a.paperIds.length === 1)).toBe(true);
  });
});
