// Callon centrality and density of the term communities (pipeline/time/thematic-map.ts), against
// a 3-cluster graph worked by hand.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { themePositions } from '../pipeline/time/thematic-map';

describe('the thematic map of three clusters', () => {
  // Terms with their papers (c_i), links with their co-occurring papers (c_ij); e_ij = c_ij²/(c_i·c_j).
  const papers: Record<string, number> = { a1: 2, a2: 4, b1: 2, b2: 2, c1: 3, c2: 3, c3: 1, d1: 5 };
  const community: Record<string, number> = { a1: 0, a2: 0, b1: 1, b2: 1, c1: 2, c2: 2, c3: 2, d1: 3 };
  const graph = new UndirectedGraph();
  for (const node of Object.keys(papers)) graph.addNode(node, { label: node });
  const links: [string, string, number][] = [
    ['a1', 'a2', 2], // e = 4/8 = 0.5
    ['b1', 'b2', 1], // 1/4 = 0.25
    ['c1', 'c2', 3], // 9/9 = 1
    ['c2', 'c3', 1], // 1/3
    ['a1', 'b1', 1], // across: 1/4
    ['a2', 'c1', 2], // across: 4/12 = 1/3
    ['b2', 'c3', 1], // across: 1/2
  ];
  for (const [s, t, weight] of links) graph.addEdge(s, t, { weight });
  const themes = themePositions(graph, (n) => community[n]!, (n) => papers[n]!);

  it('gives centrality 10·Σ external e and density 100·Σ internal e / terms', () => {
    // A: 10·(1/4 + 1/3), 100·0.5/2; B: 10·(1/4 + 1/2), 100·0.25/2; C: 10·(1/3 + 1/2), 100·(1 + 1/3)/3.
    const expected = [
      [0, 2, 10 * (1 / 4 + 1 / 3), 25],
      [1, 2, 7.5, 12.5],
      [2, 3, 10 * (1 / 3 + 1 / 2), (100 * (4 / 3)) / 3],
    ];
    expect(themes).toHaveLength(3); // d1, a community of one, is no theme
    themes.forEach((t, i) => {
      const [id, size, centrality, density] = expected[i]!;
      expect(t.community).toBe(id);
      expect(t.size).toBe(size);
      expect(t.centrality).toBeCloseTo(centrality!, 12);
      expect(t.density).toBeCloseTo(density!, 12);
    });
  });

  it('puts each in its quadrant by the medians (centrality 7.5, density 25; the median counts as high)', () => {
    expect(themes.map((t) => t.quadrant)).toEqual(['niche', 'basic', 'motor']);
  });
});
