// Every name read ends up with a paper: a name that only a non-chosen record of a merged paper
// gives becomes a variant of the author it plausibly is, or an author of that paper; never an
// author with no papers.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/corpus/merge';
import { cleanName } from '../pipeline/corpus/names';
import { parsePerson, plausiblySamePerson } from '../pipeline/corpus/persons';
import { ingestPaths } from '../pipeline/ingest/index';
import type { Corpus, IngestResult, SourceRecord } from '../pipeline/model';

const corpusOf = (records: SourceRecord[]): Corpus => buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
const rec = (file: string, authors: string[], extra: Partial<SourceRecord> = {}): SourceRecord => ({
  source: { file, line: 1, format: 'json' },
  title: 'Scaling laws for neural language models',
  authors,
  ids: { arxiv: '2001.08361' },
  ...extra,
});
const namesOf = (c: Corpus, paper = c.papers[0]!) => paper.authors.map((id) => c.authors.find((a) => a.id === id)!.name);

describe('plausibly the same person', () => {
  const same = (a: string, b: string) => plausiblySamePerson(parsePerson(a), parsePerson(b));

  it('for initials, inverted names, database styles and particles', () => {
    expect(same('J. Smith', 'John Smith')).toBe(true);
    expect(same('Smith, John', 'John Smith')).toBe(true);
    expect(same('Smith JA', 'John A. Smith')).toBe(true);
    expect(same('J.-P. Dupont', 'Jean-Pierre Dupont')).toBe(true);
    expect(same('van der Berg, Jan', 'Jan van der Berg')).toBe(true);
    expect(same('José García', 'Jose Garcia')).toBe(true);
    expect(same('Wei LI', 'Wei Li')).toBe(true);
  });

  it('not for another family name or another given name', () => {
    expect(same('A. Smith', 'John Smith')).toBe(false);
    expect(same('Jane Smith', 'John Smith')).toBe(false);
    expect(same('John Smyth', 'John Smith')).toBe(false);
    expect(same('hzxie', 'Haozhe Xie')).toBe(false);
  });
});

describe('names from the records a paper did not take its author list from', () => {
  it('become variants of the author at the same position when plausibly the same person', () => {
    const c = corpusOf([rec('a.json', ['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']), rec('b.json', ['J. Kaplan', 'McCandlish, Sam'])]);
    expect(namesOf(c)).toEqual(['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']);
    expect(c.authors.map((a) => [a.name, a.variants])).toEqual(
      expect.arrayContaining([
        ['Jared Kaplan', ['J. Kaplan']],
        ['Sam McCandlish', ['McCandlish, Sam']],
      ]),
    );
    expect(c.authors).toHaveLength(3);
  });

  it('become a variant of the only author they may be, at another position', () => {
    const c = corpusOf([rec('a.json', ['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']), rec('b.json', ['T. Henighan'])]);
    expect(c.authors.find((a) => a.name === 'Tom Henighan')!.variants).toEqual(['T. Henighan']);
    expect(c.authors).toHaveLength(3);
  });

  it('become variants when a handle at the same position reads as the author (initial and family name run together)', () => {
    const c = corpusOf([rec('a.json', ['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']), rec('b.json', ['Jared Kaplan', 'smccandlish'])]);
    expect(namesOf(c)).toEqual(['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']);
    expect(c.authors.find((a) => a.name === 'Sam McCandlish')!.variants).toEqual(['smccandlish']);
  });

  it('stay authors of the paper when no kept author is plausibly them', () => {
    const c = corpusOf([rec('a.json', ['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan']), rec('b.json', ['Jared Kaplan', 'eternaldolphin'])]);
    expect(namesOf(c)).toEqual(['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan', 'eternaldolphin']);
    expect(c.authors.every((a) => a.paperIds.length === 1)).toBe(true);
  });

  it('stay authors of the paper when two kept authors may be them', () => {
    const c = corpusOf([rec('a.json', ['Ann Lee', 'Amy Lee', 'Bo Chen']), rec('b.json', ['Bo Chen', 'Cy Dang', 'A. Lee'])]);
    expect(namesOf(c)).toEqual(['Ann Lee', 'Amy Lee', 'Bo Chen', 'Cy Dang', 'A. Lee']);
  });
});

describe('on a real hf-daily excerpt', () => {
  let ingest: IngestResult;
  let corpus: Corpus;
  beforeAll(async () => {
    ingest = await ingestPaths(['tests/fixtures/hf-daily']);
    corpus = buildCorpus(ingest);
  });

  it('no author has 0 papers', () => {
    expect(corpus.authors.length).toBeGreaterThan(0);
    expect(corpus.authors.filter((a) => a.paperIds.length === 0).map((a) => a.name)).toEqual([]);
  });

  it('every name read is an author or a variant of an author of its record\'s paper', () => {
    const paperOf = new Map(corpus.papers.flatMap((p) => p.sources.map((s) => [`${s.file}:${s.line}`, p] as const)));
    const byId = new Map(corpus.authors.map((a) => [a.id, a]));
    for (const record of ingest.records) {
      const paper = paperOf.get(`${record.source.file}:${record.source.line}`)!;
      const spellings = new Set(paper.authors.flatMap((id) => [byId.get(id)!.name, ...byId.get(id)!.variants]));
      for (const name of (record.authors ?? []).map(cleanName)) expect(spellings.has(name), `${name} in ${record.source.file}:${record.source.line}`).toBe(true);
    }
  });

  it('merges every listing of one arXiv paper into one paper, and every paper has all its records', () => {
    expect(corpus.papers.reduce((n, p) => n + p.sources.length, 0)).toBe(ingest.records.length);
    const arxiv = corpus.papers.map((p) => p.ids.arxiv);
    expect(arxiv.every((id) => id !== undefined)).toBe(true);
    expect(new Set(arxiv).size).toBe(corpus.papers.length);
    for (const m of corpus.merges.merged) expect(m.rules).toContain('arxiv');
  });
});
