// Two levels of terms (topics/select.ts): the term map keeps its √ threshold and its cap; the
// terms that link papers keep a threshold of 2 at every size, so a large corpus's rare topic words stay.
import { describe, expect, it } from 'vitest';
import { type Candidate, selectTerms } from '../pipeline/topics/select';

const OPTS = { minPapers: 'auto' as const, minRelevance: 0.25, relevanceShare: 1, maxTerms: 3 };
const candidate = (term: number, papers: number, relevance = 1): Candidate => ({ term, id: `t${String(term).padStart(2, '0')}`, papers, relevance, keywordPapers: 0 });

describe('selectTerms', () => {
  // 100,000 papers: the map's threshold is 10.
  const all = [candidate(0, 5000), candidate(1, 900), candidate(2, 400), candidate(3, 50), candidate(4, 12), candidate(5, 3), candidate(6, 2), candidate(7, 2, 0.1)];
  const { map, links } = selectTerms(all, 100_000, OPTS);

  it('gives the term map the most frequent terms above its threshold, at most maxTerms', () => {
    expect(map.map((c) => c.term)).toEqual([0, 1, 2]);
  });

  it('links papers by every relevant term in two papers or more, the map’s first, the most frequent first', () => {
    expect(links.map((c) => c.term)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('applies a threshold given to both levels', () => {
    const given = selectTerms(all, 100_000, { ...OPTS, minPapers: 20 });
    expect(given.map.map((c) => c.term)).toEqual([0, 1, 2]);
    expect(given.links.map((c) => c.term)).toEqual([0, 1, 2, 3]);
  });
});
