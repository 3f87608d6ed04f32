// Paper links that mean something: one shared common term is weak evidence, more shared and more
// specific terms are strong; papers left without a link are unclustered, not nodes.
import { describe, expect, it } from 'vitest';
import { buildPaperGraph } from '../pipeline/graphs/paper-topics';
import type { Paper } from '../pipeline/model';
import { topicsOf } from './fixtures/topic-model';

function paper(id: string): Paper {
  return { id, title: `Title ${id}`, abstract: '', authors: [], inferredAuthors: [], authorCount: 0, authorsTruncated: false, categories: [], hasCode: false, ids: {}, authorKeywords: [], indexKeywords: [], affiliations: [], references: [], sources: [] };
}

/** 100 papers: a0, a1 hold only "large language model", which 20 papers hold; b0, b1 share two rare terms; the rest their own term. */
function corpus(): Record<string, string[]> {
  const terms: Record<string, string[]> = { a0: ['large language model'], a1: ['large language model'], b0: ['grokking', 'weight decay'], b1: ['grokking', 'weight decay'] };
  for (let i = 0; i < 96; i++) terms[`z${String(i).padStart(2, '0')}`] = i < 18 ? ['large language model', `own ${i}`] : [`own ${i}`];
  return terms;
}

describe('paper links', () => {
  it('cannot reach 1.0 on one common shared term, and weigh specific shared terms higher', async () => {
    const terms = corpus();
    const graph = await buildPaperGraph(Object.keys(terms).map(paper), topicsOf(terms), { minSimilarity: 0 }, { inlineBelow: Infinity });
    const common = graph.getEdgeAttribute('a0|a1', 'weight');
    const specific = graph.getEdgeAttribute('b0|b1', 'weight');
    expect(common).toBeLessThan(0.1);
    expect(specific).toBeGreaterThan(5 * common);
    expect(specific).toBeLessThan(1);
  });

  it('leaves papers without a link out of the graph: unclustered', async () => {
    const terms = corpus();
    const graph = await buildPaperGraph(Object.keys(terms).map(paper), topicsOf(terms), {}, { inlineBelow: Infinity });
    expect(graph.hasNode('b0')).toBe(true);
    expect(graph.hasNode('a0')).toBe(false);
    expect(graph.hasNode('z90')).toBe(false);
  });
});
