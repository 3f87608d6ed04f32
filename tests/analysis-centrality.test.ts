import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';

import { computeCentrality } from '../pipeline/analysis/centrality';
import { graphFromEdges, preferentialAttachment, topKeys, twoCliquesWithBridge } from './helpers/graphs';

describe('computeCentrality on small graphs with known values', () => {
  it('gives the two bridge end points of two 5-cliques the highest betweenness, 5/9 each', async () => {
    // Every shortest path between a1..a4 and b0..b4 runs through a0: 4 · 5 = 20 of the
    // (n−1)(n−2)/2 = 36 pairs of other nodes. Likewise b0. No other node is on a shortest path.
    const result = await computeCentrality(twoCliquesWithBridge());
    expect(result.betweenness.a0).toBeCloseTo(5 / 9, 12);
    expect(result.betweenness.b0).toBeCloseTo(5 / 9, 12);
    for (const node of ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4']) expect(result.betweenness[node]).toBe(0);
    // a0: 5 nodes at distance 1, 4 at 2 → (5 + 2) / 9; a1: 4 at 1, b0 at 2, b1..b4 at 3 → (4 + 1/2 + 4/3) / 9.
    expect(result.closeness.a0).toBeCloseTo(7 / 9, 12);
    expect(result.closeness.a1).toBeCloseTo((4 + 1 / 2 + 4 / 3) / 9, 12);
    expect(result.notes).toMatchObject({
      betweenness: 'exact',
      work: { budget: 1e8, exact: 10 * 21, spent: 10 * 21 },
      pagerank: { converged: true },
      eigenvector: { converged: true },
      components: 1,
      largestComponent: 10,
    });
    expect(result.notes.sampling).toBeUndefined();
  });

  it('scores a star: centre betweenness 1 and closeness 1, leaves 0 and (1 + (n−2)/2)/(n−1)', async () => {
    const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
    const result = await computeCentrality(graphFromEdges(leaves.map((leaf) => ['hub', leaf])));
    expect(result.betweenness.hub).toBeCloseTo(1, 12);
    expect(result.closeness.hub).toBeCloseTo(1, 12);
    expect(result.degree.hub).toBe(5);
    for (const leaf of leaves) {
      expect(result.betweenness[leaf]).toBe(0);
      expect(result.closeness[leaf]).toBeCloseTo((1 + 4 / 2) / 5, 12);
      expect(result.degree[leaf]).toBe(1);
      expect(result.eigenvector[leaf]!).toBeLessThan(result.eigenvector.hub!);
    }
  });

  it('scores a path of 5: betweenness 0, 1/2, 2/3, 1/2, 0', async () => {
    // p1 lies on 3 of the 6 pairs of other nodes, p2 on 4 (p0p3, p0p4, p1p3, p1p4).
    const result = await computeCentrality(graphFromEdges([['p0', 'p1'], ['p1', 'p2'], ['p2', 'p3'], ['p3', 'p4']]));
    const values = ['p0', 'p1', 'p2', 'p3', 'p4'].map((node) => result.betweenness[node]!);
    [0, 1 / 2, 2 / 3, 1 / 2, 0].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 12));
    expect(result.closeness.p0).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4, 12);
    expect(result.closeness.p2).toBeCloseTo((1 + 1 + 1 / 2 + 1 / 2) / 4, 12);
  });

  it('sums weights into weighted degree and weighs PageRank by tie strength; PageRank sums to 1', async () => {
    const result = await computeCentrality(graphFromEdges([['a', 'b', 1], ['b', 'c', 3], ['c', 'd', 0.5]]));
    expect(result.weightedDegree).toEqual({ a: 1, b: 4, c: 3.5, d: 0.5 });
    expect(result.degree).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(Object.values(result.pagerank).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
    // a and d are both leaves, but a's only tie is twice as strong as d's.
    expect(result.pagerank.a!).toBeGreaterThan(result.pagerank.d!);
  });

  it('matches graphology-metrics exact betweenness (unweighted paths) on a 300-node graph', async () => {
    const graph = preferentialAttachment(300);
    const ours = (await computeCentrality(graph)).betweenness;
    const reference = betweenness(graph, { getEdgeWeight: null });
    for (const node of graph.nodes()) expect(ours[node]).toBeCloseTo(reference[node]!, 10);
  });
});

describe('computeCentrality on a disconnected graph', () => {
  // A triangle, a separate pair and an isolated node: n = 6.
  const graph = graphFromEdges(
    [['t1', 't2'], ['t2', 't3'], ['t1', 't3'], ['p1', 'p2']],
    ['alone'],
  );

  it('numbers components by size (largest = 0) and counts them', async () => {
    const result = await computeCentrality(graph);
    expect(result.component).toEqual({ alone: 2, t1: 0, t2: 0, t3: 0, p1: 1, p2: 1 });
    expect(result.notes.components).toBe(3);
    expect(result.notes.largestComponent).toBe(3);
  });

  it('computes harmonic closeness over n − 1 = 5 other nodes, unreachable ones adding 0', async () => {
    const result = await computeCentrality(graph);
    expect(result.closeness.t1).toBeCloseTo(2 / 5, 12);
    expect(result.closeness.p1).toBeCloseTo(1 / 5, 12);
    expect(result.closeness.alone).toBe(0);
    expect(Object.values(result.betweenness).every((b) => b === 0)).toBe(true);
  });
});

describe('computeCentrality eigenvector', () => {
  it('converges on the two cliques, bridge end points highest', async () => {
    const result = await computeCentrality(twoCliquesWithBridge());
    expect(result.notes.eigenvector.converged).toBe(true);
    expect(topKeys(result.eigenvector, 2)).toEqual(['a0', 'b0']);
  });

  it('keeps the last iterate and says so when it stops at its cap', async () => {
    const result = await computeCentrality(twoCliquesWithBridge(), { maxIterations: 1 });
    expect(result.notes.eigenvector).toMatchObject({ iterations: 1, converged: false });
    expect(result.notes.eigenvector.residual).toBeGreaterThan(1e-10);
    expect(Object.keys(result.eigenvector)).toHaveLength(10);
    expect(result.eigenvector.a0).toBeGreaterThan(result.eigenvector.a1!);
  });
});

describe('computeCentrality PageRank and eigenvector against graphology-metrics', () => {
  // The iterations run on the analysis' own index. graphology-metrics stops when the L1 step is
  // below n·tolerance: given tolerance 10⁻¹⁰ / n, it follows our rule (L1 step < 10⁻¹⁰).
  for (const [name, graph] of [['two cliques', twoCliquesWithBridge()], ['weighted preferential attachment', preferentialAttachment(800)]] as const) {
    it(`match it on ${name} under the same stopping rule`, async () => {
      const result = await computeCentrality(graph);
      const rule = { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-10 / graph.order };
      const expectedPagerank = pagerank(graph, rule);
      const expectedEigenvector = eigenvectorCentrality(graph, rule);
      for (const node of graph.nodes()) {
        expect(result.pagerank[node]).toBeCloseTo(expectedPagerank[node]!, 14);
        expect(result.eigenvector[node]).toBeCloseTo(expectedEigenvector[node]!, 14);
      }
    });
  }
});

describe('computeCentrality edge cases', () => {
  it('handles the empty graph and a single node without throwing', async () => {
    const empty = await computeCentrality(new UndirectedGraph());
    expect(empty.betweenness).toEqual({});
    expect(empty.pagerank).toEqual({});
    expect(empty.notes).toMatchObject({ betweenness: 'exact', components: 0, largestComponent: 0 });
    const single = await computeCentrality(graphFromEdges([], ['x']));
    expect(single.betweenness).toEqual({ x: 0 });
    expect(single.closeness).toEqual({ x: 0 });
    expect(single.pagerank.x).toBeCloseTo(1, 12);
    expect(single.notes.components).toBe(1);
  });

  it('keeps a node named "__proto__" as an own key', async () => {
    const result = await computeCentrality(graphFromEdges([['__proto__', 'b'], ['b', 'c']]));
    expect(Object.keys(result.degree).sort()).toEqual(['__proto__', 'b', 'c']);
    expect(result.degree['__proto__']).toBe(1);
  });

  it('rejects bad options and a non-positive weight, naming the module', async () => {
    await expect(computeCentrality(twoCliquesWithBridge(), { betweennessBudget: 0 })).rejects.toThrow(
      /citegraph\/analysis\/centrality: betweennessBudget/,
    );
    await expect(computeCentrality(graphFromEdges([['a', 'b', -1]]))).rejects.toThrow(
      /citegraph\/analysis\/centrality: edge .*weight = -1/,
    );
  });
});
