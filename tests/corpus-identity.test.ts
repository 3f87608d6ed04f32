// Paper identity: records merge on a shared identifier, or on the title when nothing contradicts
// it; what is not the same paper stays apart, and says why.
import { describe, expect, it } from 'vitest';
import { stableId } from '../pipeline/corpus/ids';
import { MAX_PAPERS_PER_KEY } from '../pipeline/corpus/identity';
import { buildCorpus } from '../pipeline/corpus/merge';
import { isGenericTitle, titleKey } from '../pipeline/corpus/titles';
import type { Corpus, IngestResult, SourceRecord } from '../pipeline/model';

let line = 0;
/** A CSV-style record; each gets its own line unless told. */
function rec(title: string, extra: Partial<SourceRecord> = {}, file = 'a.csv'): SourceRecord {
  return { source: { file, line: ++line, format: 'csv' }, title, ...extra };
}

function corpusOf(records: SourceRecord[]): Corpus {
  const ingest: IngestResult = { files: [], records, rejects: [], warnings: [], profiles: [] };
  return buildCorpus(ingest);
}

const year = (y: number): Pick<SourceRecord, 'date'> => ({ date: { raw: String(y), year: y } });
/** Each paper as its sources "file:line", sorted: the grouping, independent of ids. */
const grouping = (c: Corpus) => c.papers.map((p) => p.sources.map((s) => `${s.file}:${s.line}`).join(' ')).sort();

describe('merging on identifiers', () => {
  it('keeps 100 records titled "Introduction" with 100 different DOIs as 100 papers', () => {
    const records = Array.from({ length: 100 }, (_, i) => rec('Introduction', { ids: { doi: `10.1000/intro.${i}` }, authors: [`Author ${i}`], ...year(1990 + (i % 30)) }));
    const c = corpusOf(records);
    expect(c.papers).toHaveLength(100);
    expect(c.authors.every((a) => a.paperIds.length === 1)).toBe(true);
    expect(c.papers.every((p) => p.authors.length === 1)).toBe(true);
    expect(new Set(c.papers.map((p) => p.ids.doi)).size).toBe(100);
  });

  it('merges one DOI written with other case, prefixes and title spellings into one paper', () => {
    const c = corpusOf([
      rec('Deep Residual Learning for Image Recognition', { ids: { doi: '10.1109/CVPR.2016.90' } }),
      rec('Deep residual learning for image recognition (CVPR)', { ids: { doi: 'https://doi.org/10.1109/cvpr.2016.90' } }, 'b.csv'),
      rec('Residual learning', { ids: { doi: 'doi:10.1109%2FCVPR.2016.90.' } }, 'c.csv'),
    ]);
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0]!.ids).toEqual({ doi: '10.1109/cvpr.2016.90' });
    expect(c.papers[0]!.sources).toHaveLength(3);
    expect(c.merges.merged).toEqual([{ paperId: c.papers[0]!.id, rules: ['doi'] }]);
  });

  it('merges arXiv versions v1 and v2 (and the arXiv DOI, and an abs link) into one paper', () => {
    const c = corpusOf([
      rec('A first title of the preprint', { ids: { arxiv: '2101.00001v1' } }),
      rec('The renamed second version of it', { ids: { arxiv: 'arXiv:2101.00001v2' } }),
      rec('Another listing of it', { ids: { doi: '10.48550/arXiv.2101.00001' } }, 'b.csv'),
      rec('Yet another listing', { url: 'https://arxiv.org/abs/2101.00001v2' }, 'c.csv'),
    ]);
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0]!.ids).toEqual({ arxiv: '2101.00001' });
    expect(c.papers[0]!.id).toBe(stableId('p', 'arxiv:2101.00001'));
  });

  it('joins records through different identifiers when none contradicts another', () => {
    const c = corpusOf([
      rec('Published version title', { ids: { doi: '10.1000/journal.1' } }),
      rec('Preprint title', { ids: { doi: '10.1000/journal.1', arxiv: '2101.00001' } }, 'b.csv'),
      rec('Preprint title, again', { ids: { arxiv: '2101.00001v3' } }, 'c.csv'),
    ]);
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0]!.ids).toEqual({ doi: '10.1000/journal.1', arxiv: '2101.00001' });
    expect(c.merges.merged[0]!.rules).toEqual(['doi', 'arxiv']);
  });

  it('keeps apart records that share a DOI but give different arXiv ids, with distinct ids', () => {
    const c = corpusOf([
      rec('Proceedings paper one', { ids: { doi: '10.1000/volume', arxiv: '2101.00001' } }),
      rec('Proceedings paper two', { ids: { doi: '10.1000/volume', arxiv: '2101.00002' } }),
    ]);
    expect(c.papers).toHaveLength(2);
    expect(new Set(c.papers.map((p) => p.id)).size).toBe(2);
    expect(c.merges.keptApart).toEqual([{ paperIds: expect.any(Array), shared: 'doi', reasons: ['different arXiv ids'] }]);
  });

  it('does not merge on a value that is no identifier, and warns about it', () => {
    const c = corpusOf([rec('Introduction', { ids: { doi: 'n/a' } }), rec('Introduction', { ids: { doi: 'n/a' } })]);
    expect(c.papers).toHaveLength(2);
    expect(c.warnings.map((w) => [w.field, w.value, w.reason])).toEqual([
      ['doi', 'n/a', 'not a DOI: not used to merge'],
      ['doi', 'n/a', 'not a DOI: not used to merge'],
    ]);
  });
});

describe('merging on titles', () => {
  it('keeps symbols that change the meaning in the title key', () => {
    expect(titleKey('C++ programming')).not.toBe(titleKey('C programming'));
    expect(titleKey('C# programming')).not.toBe(titleKey('C programming'));
    expect(titleKey('Is P = NP?')).not.toBe(titleKey('Is P ≠ NP?'));
    expect(titleKey('Is P=NP')).toBe(titleKey('Is P = NP?'));
    expect(titleKey('x < y and y > z')).not.toBe(titleKey('x y and y z'));
    expect(titleKey('The <i>E. coli</i> genome')).toBe(titleKey('The E. coli genome'));
    expect(titleKey('Mixture-of-Experts | Model Zoo')).toBe(titleKey('Mixture of Experts: Model Zoo'));
  });

  it('makes three papers of "C++ programming", "C programming" and "C# programming"', () => {
    expect(corpusOf([rec('C++ programming'), rec('C programming'), rec('C# programming')]).papers).toHaveLength(3);
    const longer = corpusOf([rec('Modern C++ programming for scientists'), rec('Modern C programming for scientists'), rec('Modern C# programming for scientists')]);
    expect(longer.papers).toHaveLength(3);
  });

  it('makes two papers of "Is P = NP?" and "Is P ≠ NP?"', () => {
    const c = corpusOf([rec('Is P = NP?'), rec('Is P ≠ NP?'), rec('Is P=NP', {}, 'b.csv')]);
    expect(c.papers).toHaveLength(2);
    expect(grouping(c)).toEqual([`a.csv:${line - 2} b.csv:${line}`, `a.csv:${line - 1}`]);
  });

  it('keeps apart the same title in 2001 and 2019, and merges it a year apart', () => {
    const apart = corpusOf([rec('A survey of graph neural networks', year(2001)), rec('A survey of graph neural networks', year(2019))]);
    expect(apart.papers).toHaveLength(2);
    expect(apart.merges.keptApart.map((k) => [k.shared, k.reasons])).toEqual([['title', ['years 2001 and 2019']]]);
    expect(corpusOf([rec('A survey of graph neural networks', year(2018)), rec('A survey of graph neural networks', year(2019))]).papers).toHaveLength(1);
  });

  it('keeps apart the same title when the author lists share nobody', () => {
    const c = corpusOf([
      rec('A survey of graph neural networks', { authors: ['Ann Lee', 'Bo Chen'] }),
      rec('A survey of graph neural networks', { authors: ['Cy Dang'] }),
    ]);
    expect(c.papers).toHaveLength(2);
    expect(c.merges.keptApart[0]!.reasons).toEqual(['no author in common']);
  });

  it('merges the same title when the author lists share someone, initials and order of names aside', () => {
    const c = corpusOf([
      rec('A survey of graph neural networks', { authors: ['Ann Lee', 'Bo Chen'] }),
      rec('A survey of graph neural networks', { authors: ['Chen, B.', 'Dee Ng'] }),
      rec('A survey of graph neural networks'),
    ]);
    expect(c.papers).toHaveLength(1);
    expect(c.merges.merged[0]!.rules).toEqual(['title']);
  });

  it('merges a record with a DOI and one without when nothing contradicts, under the DOI-derived id', () => {
    const c = corpusOf([
      rec('A survey of graph neural networks', { ids: { doi: '10.1000/gnn' }, authors: ['Ann Lee'], ...year(2020) }),
      rec('A Survey of Graph Neural Networks.', { authors: ['A. Lee'], ...year(2021) }, 'b.csv'),
    ]);
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0]!.id).toBe(stableId('p', 'doi:10.1000/gnn'));
    expect(c.papers[0]!.ids).toEqual({ doi: '10.1000/gnn' });
    expect(c.merges.merged).toEqual([{ paperId: c.papers[0]!.id, rules: ['title'] }]);
  });

  it('lets a record join a paper only if it contradicts none of its records', () => {
    // B shares an author with A and with C, but A and C share nobody: C is not A's paper.
    const c = corpusOf([
      rec('A survey of graph neural networks', { authors: ['Ann Lee', 'Bo Chen'] }),
      rec('A survey of graph neural networks', { authors: ['Bo Chen', 'Cy Dang'] }),
      rec('A survey of graph neural networks', { authors: ['Cy Dang', 'Di Eng'] }),
    ]);
    expect(c.papers.map((p) => p.sources.length).sort()).toEqual([1, 2]);
    // Years: 2019 and 2021 are each a year from 2020, but not from each other.
    const years = corpusOf([rec('A survey of graph neural networks', year(2019)), rec('A survey of graph neural networks', year(2020)), rec('A survey of graph neural networks', year(2021))]);
    expect(years.papers).toHaveLength(2);
  });

  it('never merges a generic or short title on its own, but does on an identifier', () => {
    for (const title of ['Introduction', 'Editorial', 'Preface', 'Reply', 'Erratum', 'Foreword', 'Book review', 'Index', 'Letter to the editor', 'Introduction to the special issue', 'Deep learning']) {
      expect(isGenericTitle(titleKey(title)), title).toBe(true);
      const c = corpusOf([rec(title), rec(title, {}, 'b.csv')]);
      expect(c.papers, title).toHaveLength(2);
      expect(c.merges.keptApart.map((k) => k.reasons), title).toEqual([['generic title']]);
    }
    expect(isGenericTitle(titleKey('Introduction to deep learning'))).toBe(false);
    expect(corpusOf([rec('Editorial', { ids: { doi: '10.1000/ed.1' } }), rec('Editorial', { ids: { doi: '10.1000/ED.1' } }, 'b.csv')]).papers).toHaveLength(1);
  });

  it('gives generic-title papers without identifiers distinct ids from their year and first author', () => {
    const c = corpusOf([rec('Editorial', { authors: ['Ann Lee'], ...year(2001) }), rec('Editorial', { authors: ['Bo Chen'], ...year(2002) })]);
    expect(new Set(c.papers.map((p) => p.id)).size).toBe(2);
    const alone = corpusOf([rec('Editorial', { authors: ['Ann Lee'], ...year(2001) })]);
    expect(alone.papers[0]!.id).toBe(stableId('p', 'editorial'));
  });
});

describe('determinism', () => {
  const records = [
    rec('A survey of graph neural networks', { authors: ['Ann Lee'], ...year(2001) }, 'x/one.csv'),
    rec('A survey of graph neural networks', { authors: ['A. Lee'], ...year(2002) }, 'x/two.csv'),
    rec('A survey of graph neural networks', { authors: ['Zed Zhu'], ...year(2002) }, 'x/three.csv'),
    rec('A survey of graph neural networks', { ids: { doi: '10.1000/gnn' }, ...year(2019) }, 'x/three.csv'),
    rec('Graph neural networks: a survey', { ids: { doi: '10.1000/GNN' } }, 'x/one.csv'),
    rec('Introduction', { ids: { doi: '10.1000/i1' } }, 'x/two.csv'),
    rec('Introduction', { ids: { doi: '10.1000/i2' } }, 'x/one.csv'),
    rec('Introduction', {}, 'x/one.csv'),
    rec('Introduction', {}, 'x/two.csv'),
    rec('Is P = NP?', { ids: { arxiv: 'cs/0101001v1' } }, 'x/two.csv'),
    rec('Is P = NP', { ids: { arxiv: 'cs/0101001v2' } }, 'x/one.csv'),
    rec('Is P ≠ NP?', {}, 'x/three.csv'),
  ];
  const expected = [
    // Ann Lee 2001 and A. Lee 2002 merge; Zed Zhu shares nobody; the DOI paper is 2019.
    [records[0], records[1]],
    [records[2]],
    [records[3], records[4]],
    [records[5]],
    [records[6]],
    [records[7]],
    [records[8]],
    [records[9], records[10]],
    [records[11]],
  ].map((group) => group.map((r) => `${r!.source.file}:${r!.source.line}`).sort((a, b) => (a < b ? -1 : 1)).join(' ')).sort();

  it('gives the same groups, ids and merge facts whatever the order of records and files', () => {
    const first = corpusOf(records);
    expect(grouping(first)).toEqual(expected);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 20; round++) {
      const shuffled = [...records].sort(() => random() - 0.5);
      expect(corpusOf(shuffled)).toEqual(first);
    }
  });
});

describe('scale', () => {
  // No timing is asserted (figures belong in the bench): comparing every pair of 100,000 rows, 5·10⁹
  // comparisons, would not end within the test timeout, and the decisions below are one a row, not one a pair.
  it('keeps 100,000 "Introduction" rows apart in linear time', () => {
    const records = Array.from({ length: 100_000 }, (_, i) => rec('Introduction', i % 2 ? { ids: { doi: `10.1000/${i}` } } : {}, 'big.csv'));
    const c = corpusOf(records);
    expect(c.papers).toHaveLength(100_000);
    expect(c.merges.keptApart).toHaveLength(99_999);
  });

  it('compares a title that thousands of different papers carry with a bounded number of them', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => rec('A survey of graph neural networks', { authors: [`Person Number${i}`] }, 'big.csv'));
    const c = corpusOf(records);
    expect(c.papers).toHaveLength(20_000);
    const reasons = c.merges.keptApart.map((k) => k.reasons.join('; '));
    expect(reasons.filter((r) => r === 'no author in common')).toHaveLength(MAX_PAPERS_PER_KEY - 1);
    expect(reasons.filter((r) => r === `no author in common; title shared by more than ${MAX_PAPERS_PER_KEY} papers`)).toHaveLength(20_000 - MAX_PAPERS_PER_KEY);
  });
});
