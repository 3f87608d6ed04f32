// Bursts of terms and of cited references over a corpus's years (pipeline/time/bursts.ts).
import { describe, expect, it } from 'vitest';
import { linkTermRows } from '../pipeline/topics/link-terms';
import type { CitationModel, Corpus, TopicModel } from '../pipeline/model';
import { findBursts } from '../pipeline/time/bursts';

// Ten papers a year, 2010–2015. The term "gnn" is in half of the papers of 2013 and 2014, in none
// otherwise; the reference "doi:10.1/x" is cited by half of those papers, and "doi:10.1/y" by one
// paper a year (no burst: its rate never changes).
const papers = Array.from({ length: 60 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, year: 2010 + Math.floor(i / 10), references: [{ raw: 'r' }] }));
const inBurst = papers.filter((p) => (p.year === 2013 || p.year === 2014) && Number(p.id.slice(1)) % 10 < 5).map((p) => p.id);
const corpus = { papers } as unknown as Corpus;
const topics: TopicModel = {
  terms: [{ id: 'gnn', label: 'graph neural network (GNN)', variants: [], occurrences: 10, papers: 10, relevance: 1 }],
  paperTerms: new Map(papers.map((p) => [p.id, inBurst.includes(p.id) ? [{ term: 'gnn', count: 1 }] : []])),
  linkTerms: linkTermRows([], [], []),
  boilerplate: { minDocuments: 5, documents: 0, words: 0, passages: 0, examples: [] },
};
const citations = {
  works: [
    { key: 'doi:10.1/x', label: 'Smith J 2012, NATURE', citedBy: inBurst },
    { key: 'doi:10.1/y', label: 'Lee K 2001, SCIENCE', citedBy: papers.filter((p) => p.id.endsWith('0')).map((p) => p.id) },
    { key: 'doi:10.1/z', label: 'Once 2000', citedBy: ['p00'] },
  ],
} as unknown as CitationModel;

describe('bursts over the years of a corpus', () => {
  const bursts = findBursts(corpus, topics, citations, { s: 2, gamma: 1, minLength: 1 });

  it('finds the term and the reference in their burst years, with their papers as weight', () => {
    expect(bursts.map(({ kind, item, label, begin, end, weight }) => ({ kind, item, label, begin, end, weight }))).toEqual([
      { kind: 'term', item: 'gnn', label: 'graph neural network (GNN)', begin: 2013, end: 2014, weight: 10 },
      { kind: 'reference', item: 'doi:10.1/x', label: 'Smith J 2012, NATURE', begin: 2013, end: 2014, weight: 10 },
    ]);
  });

  it("gives both the same strength: 10 papers of 20 at twice the base rate 10/60 (10·ln 1.6, as in the hand-worked series)", () => {
    // Each burst year: 5 of 10 at p1 = 1/3 against p0 = 1/6, 5·ln 2 + 5·ln(0.8) = 5·ln 1.6.
    for (const b of bursts) expect(b.strength).toBeCloseTo(10 * Math.log(1.6), 10);
  });
});
