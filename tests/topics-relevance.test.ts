import { describe, expect, it } from 'vitest';

import { buildTopicModel, minPapersFor, type TopicInput } from '../pipeline/topics/index';
import { termRelevance } from '../pipeline/topics/relevance';

describe('termRelevance (residual IDF)', () => {
  it('is below 0 for a term said once in each paper that has it, and grows as it clusters', async () => {
    expect(termRelevance(30, 30, 40)).toBeLessThan(0);
    expect(termRelevance(6, 5, 40)).toBeLessThan(0.25);
    expect(termRelevance(15, 5, 40)).toBeCloseTo(Math.log2((40 * (1 - Math.exp(-15 / 40))) / 5), 12);
    expect(termRelevance(15, 5, 40)).toBeGreaterThan(1);
    expect(termRelevance(30, 5, 40)).toBeGreaterThan(termRelevance(15, 5, 40));
  });
});

describe('minPapersFor', () => {
  it('grows with the square root of the corpus: 2 up to 4,000 papers, 10 at 100,000', async () => {
    expect([140, 4000, 10_000, 100_000].map((n) => minPapersFor(n, 'auto'))).toEqual([2, 2, Math.sqrt(10), 10]);
    expect(minPapersFor(100_000, 7)).toBe(7);
  });

  it('never jumps: 139 more papers move it by less than 0.1 at any size', () => {
    for (let n = 100; n < 1_000_000; n = Math.ceil(n * 1.07)) {
      expect(minPapersFor(n + 139, 'auto') - minPapersFor(n, 'auto')).toBeLessThan(0.1);
    }
  });
});

// 40 papers: "note" in every title once, "benchmark" once in 30 abstracts (spread evenly);
// "graph kernel" three times in each of 5 papers, "tensor sketch" twice in each of 2 (clustered);
// "quantum annealing" three times in a single paper.
const corpus: TopicInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `p${String(i).padStart(2, '0')}`,
  title: 'A note',
  abstract: [
    i < 30 ? 'The benchmark is hard.' : '',
    i < 5 ? 'Graph kernels compare graphs. A graph kernel is a similarity. We compute graph kernels quickly.' : '',
    i === 5 || i === 6 ? 'Tensor sketches are small. Tensor sketches are fast.' : '',
    i === 7 ? 'Quantum annealing works. Quantum annealing is quantum annealing.' : '',
  ].join(' '),
}));
const ids = async (options: Parameters<typeof buildTopicModel>[1]): Promise<string[]> =>
  (await buildTopicModel(corpus, options)).terms.map((t) => t.id);

describe('term selection on a corpus with a known answer', () => {
  it('keeps clustered terms and drops evenly spread ones and those in too few papers', async () => {
    expect(await ids({ minPapers: 2 })).toEqual(['graph kernel', 'tensor sketch']);
  });

  it('applies the minimum number of papers', async () => {
    expect(await ids({ minPapers: 3 })).toEqual(['graph kernel']);
    expect(await ids({ minPapers: 1 })).toEqual(['graph kernel', 'quantum annealing', 'tensor sketch']);
  });

  it('keeps the evenly spread terms when relevance is not asked for', async () => {
    expect(await ids({ minPapers: 2, minRelevance: -Infinity, relevanceShare: 1 })).toEqual([
      'benchmark',
      'graph',
      'graph kernel',
      'note',
      'similarity',
      'tensor sketch',
    ]);
  });

  it('keeps the most relevant share of the candidates, then at most maxTerms, the most frequent', async () => {
    // 6 candidates: a share of 0.3 keeps 2, the two most relevant.
    expect(await ids({ minPapers: 2, minRelevance: -Infinity, relevanceShare: 0.3 })).toEqual(['graph kernel', 'tensor sketch']);
    expect(await ids({ minPapers: 2, minRelevance: -Infinity, relevanceShare: 1, maxTerms: 2 })).toEqual(['benchmark', 'note']);
  });

  it('reports counts and relevance for each kept term, and every paper in paperTerms', async () => {
    const model = await buildTopicModel(corpus, { minPapers: 2 });
    const kernel = model.terms.find((t) => t.id === 'graph kernel');
    expect(kernel).toMatchObject({ occurrences: 15, papers: 5, variants: ['graph kernels'] });
    expect(kernel?.relevance).toBeCloseTo(termRelevance(15, 5, 40), 12);
    expect(model.paperTerms.size).toBe(40);
    expect(model.paperTerms.get('p00')).toEqual([{ term: 'graph kernel', count: 3 }]);
    expect(model.paperTerms.get('p05')).toEqual([{ term: 'tensor sketch', count: 2 }]);
    expect(model.paperTerms.get('p39')).toEqual([]);
  });
});
