import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { computeCentrality } from '../pipeline/analysis/centrality';
import { seededRng } from '../pipeline/analysis/rng';

function graphFromEdges(edges: Array<[string, string, number?]>, nodes: string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node);
  for (const [source, target, weight = 1] of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target, { weight });
  }
  return graph;
}

/** Two 5-cliques a0..a4 and b0..b4 joined by the single edge a0–b0. */
function twoCliquesWithBridge(): UndirectedGraph {
  const edges: Array<[string, string]> = [['a0', 'b0']];
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([`${side}${i}`, `${side}${j}`]);
  }
  return graphFromEdges(edges);
}

/** Preferential attachment (each new node links to 3 earlier ones), from a fixed seed. */
function preferentialAttachment(n: number): UndirectedGraph {
  const rng = seededRng('preferential');
  const key = (i: number) => `n${String(i).padStart(5, '0')}`;
  const graph = new UndirectedGraph();
  const endpoints: number[] = [0, 1, 1, 2, 2, 0];
  for (let i = 0; i < n; i++) graph.addNode(key(i));
  graph.addEdge(key(0), key(1), { weight: 1 });
  graph.addEdge(key(1), key(2), { weight: 1 });
  graph.addEdge(key(2), key(0), { weight: 1 });
  for (let i = 3; i < n; i++) {
    const targets = new Set<number>();
    while (targets.size < 3) targets.add(endpoints[Math.floor(rng() * endpoints.length)]!);
    for (const t of [...targets].sort((a, b) => a - b)) {
      graph.addEdge(key(t), key(i), { weight: 1 + Math.floor(rng() * 3) });
      endpoints.push(t, i);
    }
  }
  return graph;
}

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const rank = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) rank[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return rank;
}

function spearman(a: number[], b: number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (ra.length - 1) / 2;
  let [num, da, db] = [0, 0, 0];
  ra.forEach((x, i) => {
    const y = rb[i]!;
    num += (x - mean) * (y - mean);
    da += (x - mean) ** 2;
    db += (y - mean) ** 2;
  });
  return num / Math.sqrt(da * db);
}

function topKeys(values: Record<string, number>, k: number): string[] {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}

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
    expect(result.notes).toEqual({
      betweenness: 'exact',
      eigenvectorConverged: true,
      components: 1,
      largestComponent: 10,
    });
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
  it('returns zeros and a note instead of throwing when the power iteration does not converge', async () => {
    const result = await computeCentrality(twoCliquesWithBridge(), { eigenvectorMaxIterations: 1 });
    expect(result.notes.eigenvectorConverged).toBe(false);
    expect(Object.values(result.eigenvector)).toEqual(new Array(10).fill(0));
    expect(Object.keys(result.eigenvector)).toHaveLength(10);
  });

  it('converges on the two cliques, bridge end points highest', async () => {
    const result = await computeCentrality(twoCliquesWithBridge());
    expect(result.notes.eigenvectorConverged).toBe(true);
    expect(topKeys(result.eigenvector, 2)).toEqual(['a0', 'b0']);
  });
});

describe('computeCentrality PageRank and eigenvector', () => {
  // The iterations run on the analysis' own index; graphology-metrics is the reference.
  for (const [name, graph] of [['two cliques', twoCliquesWithBridge()], ['weighted preferential attachment', preferentialAttachment(800)]] as const) {
    it(`match graphology-metrics on ${name}`, async () => {
      const result = await computeCentrality(graph);
      const expectedPagerank = pagerank(graph, { getEdgeWeight: 'weight' });
      const expectedEigenvector = eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-6 });
      for (const node of graph.nodes()) {
        expect(result.pagerank[node]).toBeCloseTo(expectedPagerank[node]!, 12);
        expect(result.eigenvector[node]).toBeCloseTo(expectedEigenvector[node]!, 12);
      }
    });
  }
});

describe('computeCentrality sampled betweenness', () => {
  const graph = preferentialAttachment(2500);
  let exact: Awaited<ReturnType<typeof computeCentrality>>;
  let sampled: typeof exact;
  beforeAll(async () => {
    exact = await computeCentrality(graph);
    sampled = await computeCentrality(graph, { exactBetweenness: 100, pivots: 500, seed: 7 });
  });

  it('says it sampled, how many pivots and with what error', async () => {
    expect(exact.notes.betweenness).toBe('exact');
    expect(sampled.notes.betweenness).toBe('sampled');
    expect(sampled.notes.pivots).toBe(500);
    // Hoeffding at 95% for 500 pivots: √(ln 40 / 1000) · n/(n−1).
    expect(sampled.notes.errorBound).toBeCloseTo(Math.sqrt(Math.log(40) / 1000) * (2500 / 2499), 12);
    expect(sampled.notes.betweennessError).toMatch(/500 of 2500 nodes.*±0\.061.*relative standard error/);
  });

  it('ranks nodes like the exact values (Spearman > 0.9, top-10 overlap ≥ 8)', async () => {
    const nodes = graph.nodes();
    const correlation = spearman(
      nodes.map((v) => exact.betweenness[v]!),
      nodes.map((v) => sampled.betweenness[v]!),
    );
    expect(correlation).toBeGreaterThan(0.9);
    const top = new Set(topKeys(exact.betweenness, 10));
    expect(topKeys(sampled.betweenness, 10).filter((v) => top.has(v)).length).toBeGreaterThanOrEqual(8);
  });

  it('stays within the stated error bound, for betweenness and closeness', async () => {
    for (const v of graph.nodes()) {
      expect(Math.abs(sampled.betweenness[v]! - exact.betweenness[v]!)).toBeLessThan(sampled.notes.errorBound!);
      expect(Math.abs(sampled.closeness[v]! - exact.closeness[v]!)).toBeLessThan(sampled.notes.errorBound!);
    }
  });

  it('is reproducible from its seed, and the seed matters', async () => {
    const again = await computeCentrality(graph, { exactBetweenness: 100, pivots: 500, seed: 7 });
    expect(again.betweenness).toEqual(sampled.betweenness);
    expect(again.closeness).toEqual(sampled.closeness);
    const other = await computeCentrality(graph, { exactBetweenness: 100, pivots: 500, seed: 8 });
    expect(other.betweenness).not.toEqual(sampled.betweenness);
  });

  it('gives the same result with the BFS on a worker thread', async () => {
    expect(await computeCentrality(graph, { exactBetweenness: 100, pivots: 500, seed: 7 }, { inlineBelow: 0 })).toEqual(sampled);
    expect(await computeCentrality(graph, { exactBetweenness: 100, pivots: 500, seed: 7 }, { inlineBelow: Infinity })).toEqual(sampled);
  });

  it('is exact when there are at least as many pivots as nodes', async () => {
    const small = preferentialAttachment(120);
    const all = await computeCentrality(small, { exactBetweenness: 10, pivots: 120 });
    expect(all.notes.betweenness).toBe('exact');
    expect(all.betweenness).toEqual((await computeCentrality(small)).betweenness);
  });
});

describe('computeCentrality edge cases', () => {
  it('handles the empty graph and a single node without throwing', async () => {
    const empty = await computeCentrality(new UndirectedGraph());
    expect(empty.betweenness).toEqual({});
    expect(empty.pagerank).toEqual({});
    expect(empty.notes).toEqual({
      betweenness: 'exact',
      eigenvectorConverged: true,
      components: 0,
      largestComponent: 0,
    });
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
    await expect(computeCentrality(twoCliquesWithBridge(), { pivots: 0 })).rejects.toThrow(
      /citegraph\/analysis\/centrality: pivots/,
    );
    await expect(computeCentrality(graphFromEdges([['a', 'b', -1]]))).rejects.toThrow(
      /citegraph\/analysis\/centrality: edge .*weight = -1/,
    );
  });
});
