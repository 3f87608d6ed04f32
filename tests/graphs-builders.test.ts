import { beforeAll, describe, expect, it } from 'vitest';
import { buildCoauthorGraph } from '../pipeline/graphs/coauthor';
import { buildPaperGraph, topKFor } from '../pipeline/graphs/paper-topics';
import { buildTermGraph } from '../pipeline/graphs/term-cooccurrence';
import { topicsOf } from './fixtures/topic-model';
import { corpusOf, paper } from './helpers/corpus';

describe('co-author graph', () => {
  const corpus = corpusOf([paper('p1', ['a', 'b', 'c']), paper('p2', ['a', 'b']), paper('p3', ['d'])]);
  const { graph } = buildCoauthorGraph(corpus);

  it('links authors by joint papers with full and fractional counts', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttributes('a|b')).toEqual({ weight: 2, fractional: 1 / 2 + 1, papers: ['p1', 'p2'] });
    expect(graph.getEdgeAttributes('b|c')).toEqual({ weight: 1, fractional: 0.5, papers: ['p1'] });
  });

  it('keeps single authors as isolated nodes', () => {
    expect(graph.degree('d')).toBe(0);
    expect(graph.getNodeAttribute('d', 'label')).toBe('D');
  });

  it('adds no links for papers with more than maxAuthors authors, and says which', () => {
    const big = paper('p9', Array.from({ length: 30 }, (_, i) => `m${String(i).padStart(2, '0')}`));
    const result = buildCoauthorGraph(corpusOf([big, paper('p1', ['a', 'b'])]), { maxAuthors: 25 });
    expect(result.graph.size).toBe(1);
    expect(result.graph.order).toBe(32);
    expect(result.skippedPapers).toEqual(['p9']);
  });
});

describe('paper graph by shared topics', () => {
  const papers = ['p1', 'p2', 'p3', 'p4'].map((id) => paper(id, []));
  const topics = topicsOf({ p1: ['sam', 'sharpness'], p2: ['sam', 'sharpness', 'flat minima'], p3: ['grokking'], p4: ['grokking', 'memorization'] });
  let graph: Awaited<ReturnType<typeof buildPaperGraph>>;
  beforeAll(async () => {
    graph = await buildPaperGraph(papers, topics, { minSimilarity: 0.01 }, { inlineBelow: Infinity });
  });

  it('links papers that share terms, weighted by cosine, and no others', () => {
    // p3 and p4 share one term that half the papers hold: too little evidence to link them.
    expect(graph.edges().sort()).toEqual(['p1|p2']);
    const w = graph.getEdgeAttribute('p1|p2', 'weight');
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThanOrEqual(1);
  });

  it('lists the shared terms as evidence, and they occur in both papers', () => {
    for (const edge of graph.edges()) {
      const [a, b] = graph.extremities(edge);
      for (const term of graph.getEdgeAttribute(edge, 'terms')) {
        expect(topics.paperTerms.get(a)!.map((t) => t.term)).toContain(term);
        expect(topics.paperTerms.get(b)!.map((t) => t.term)).toContain(term);
      }
    }
    expect(graph.getEdgeAttribute('p1|p2', 'terms').sort()).toEqual(['sam', 'sharpness']);
  });

  it('keeps at most k links per paper, the strongest', async () => {
    // Twelve papers share "hub"; q00 and q01 also share "extra", so that is q00's strongest link.
    // Four more papers without "hub" keep its idf above zero.
    const many = Array.from({ length: 16 }, (_, i) => paper(`q${String(i).padStart(2, '0')}`, []));
    const terms: Record<string, string[]> = {};
    many.forEach((p, i) => (terms[p.id] = i < 2 ? ['hub', 'extra'] : i < 12 ? ['hub', `own${i}`] : [`alone${i}`]));
    const g = await buildPaperGraph(many, topicsOf(terms), { k: 3, minSimilarity: 0 });
    expect(g.hasEdge('q00|q01')).toBe(true);
    expect(g.size).toBeLessThanOrEqual(12 * 3);
    // q02..q11 are alike: each chose 3 links, so none has more than its 3 plus those chosen by others.
    expect(g.degree('q05')).toBeGreaterThanOrEqual(3);
    for (const node of ['q12', 'q13', 'q14', 'q15']) expect(g.hasNode(node)).toBe(false);
  });

  it('drops links under the similarity threshold', async () => {
    expect((await buildPaperGraph(papers, topics, { minSimilarity: 0.99 })).size).toBe(0);
  });

  it('is the same graph with the similarity pass on a worker thread', async () => {
    const concurrent = await buildPaperGraph(papers, topics, { minSimilarity: 0.01 }, { inlineBelow: 0 });
    expect(concurrent.export()).toEqual(graph.export());
  });
});

describe('links per paper', () => {
  it("'auto' keeps 10 below 10,000 papers and 6 from there; a number is used as given", () => {
    expect([topKFor(140, 'auto'), topKFor(9_999, 'auto'), topKFor(10_000, 'auto'), topKFor(100_000, 'auto')]).toEqual([10, 10, 6, 6]);
    expect(topKFor(100_000, 12)).toBe(12);
  });
});

describe('term co-occurrence graph', () => {
  const topics = topicsOf({ p1: ['a', 'b', 'c'], p2: ['a', 'b'], p3: ['c', 'd'] });
  const graph = buildTermGraph(topics);

  it('counts papers where both terms occur and lists them', () => {
    expect(graph.getEdgeAttributes('a|b')).toMatchObject({ weight: 2, papers: ['p1', 'p2'] });
    expect(graph.getEdgeAttributes('c|d')).toMatchObject({ weight: 1, papers: ['p3'] });
    expect(graph.hasEdge('a|d')).toBe(false);
  });

  it('computes association strength as observed over expected', () => {
    // totals: a=3 (ab 2, ac 1), b=3, c=3 (ac, bc, cd), d=1; m = 2+1+1+1 = 5
    expect(graph.getEdgeAttribute('a|b', 'association')).toBeCloseTo((2 * 5 * 2) / (3 * 3));
    expect(graph.getEdgeAttribute('c|d', 'association')).toBeCloseTo((2 * 5 * 1) / (3 * 1));
  });
});
