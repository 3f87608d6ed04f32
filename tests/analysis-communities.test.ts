import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';

import { detectCommunities } from '../pipeline/analysis/communities';
import { seededRng } from '../pipeline/analysis/rng';

/** Two 5-cliques a0..a4 and b0..b4 joined by the single edge a0–b0; all weights 1. */
function twoCliquesWithBridge(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const side of ['a', 'b']) for (let i = 0; i < 5; i++) graph.addNode(`${side}${i}`);
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++) {
      for (let j = i + 1; j < 5; j++) graph.addEdge(`${side}${i}`, `${side}${j}`, { weight: 1 });
    }
  }
  graph.addEdge('a0', 'b0', { weight: 1 });
  return graph;
}

/** A ring of 30 triangles, each linked to the next by one edge: Louvain pairs them up differently per seed. */
function ringOfTriangles(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const key = (c: number, i: number) => `t${String(c).padStart(2, '0')}-${i}`;
  for (let c = 0; c < 30; c++) for (let i = 0; i < 3; i++) graph.addNode(key(c, i));
  for (let c = 0; c < 30; c++) {
    graph.addEdge(key(c, 0), key(c, 1), { weight: 1 });
    graph.addEdge(key(c, 0), key(c, 2), { weight: 1 });
    graph.addEdge(key(c, 1), key(c, 2), { weight: 1 });
    graph.addEdge(key(c, 2), key((c + 1) % 30, 0), { weight: 1 });
  }
  return graph;
}

/** 200 nodes in 4 planted groups, random integer weights, built in sorted order from a fixed seed. */
function plantedPartition(): UndirectedGraph {
  const rng = seededRng('planted');
  const graph = new UndirectedGraph();
  const key = (i: number) => `n${String(i).padStart(3, '0')}`;
  for (let i = 0; i < 200; i++) graph.addNode(key(i));
  for (let i = 0; i < 200; i++) {
    for (let j = i + 1; j < 200; j++) {
      const p = Math.floor(i / 50) === Math.floor(j / 50) ? 0.15 : 0.01;
      if (rng() < p) graph.addEdgeWithKey(`${key(i)}|${key(j)}`, key(i), key(j), { weight: 1 + Math.floor(rng() * 4) });
    }
  }
  return graph;
}

/** 150 nodes, each pair linked with probability 0.03: no clear structure, so the runs differ. */
function sparseRandom(): UndirectedGraph {
  const rng = seededRng('sparse');
  const graph = new UndirectedGraph();
  const key = (i: number) => `n${String(i).padStart(3, '0')}`;
  for (let i = 0; i < 150; i++) graph.addNode(key(i));
  for (let i = 0; i < 150; i++) {
    for (let j = i + 1; j < 150; j++) if (rng() < 0.03) graph.addEdge(key(i), key(j), { weight: 1 });
  }
  return graph;
}

describe('detectCommunities on two 5-cliques joined by a bridge', () => {
  it('finds the two cliques, numbered by smallest key, with the hand-computed modularity', () => {
    const result = detectCommunities(twoCliquesWithBridge());
    expect(result.count).toBe(2);
    for (let i = 0; i < 5; i++) {
      expect(result.assignment[`a${i}`]).toBe(0);
      expect(result.assignment[`b${i}`]).toBe(1);
    }
    // m = 2·10 + 1 = 21, so 2m = 42. Each clique: internal weight counted from both ends Σin = 20,
    // Σtot = 4·4 + 5 = 21. Q_c = 20/42 − (21/42)² = 19/84; Q = 2 · 19/84 = 19/42 ≈ 0.4524.
    expect(result.modularity).toBeCloseTo(19 / 42, 12);
    expect(result.modularityContribution[0]).toBeCloseTo(19 / 84, 12);
    expect(result.modularityContribution[1]).toBeCloseTo(19 / 84, 12);
    expect(result.modularityShare).toEqual([0.5, 0.5]);
    expect(result.stability).toEqual([1, 1]);
    expect(result.runs).toBe(10);
  });

  it('gives the same partition for every seed', () => {
    const first = detectCommunities(twoCliquesWithBridge(), { seed: 1 });
    for (const seed of [2, 3, 4, 5, 6]) {
      expect(detectCommunities(twoCliquesWithBridge(), { seed }).assignment).toEqual(first.assignment);
    }
  });
});

describe('detectCommunities determinism and stability', () => {
  it('gives identical results for the same graph built twice', () => {
    const first = detectCommunities(plantedPartition());
    const second = detectCommunities(plantedPartition());
    expect(second).toEqual(first);
    expect(first.count).toBeGreaterThanOrEqual(4);
  });

  it('reports stability below 1 when the runs disagree (ring of triangles)', () => {
    const result = detectCommunities(ringOfTriangles());
    expect(result.stability.length).toBe(result.count);
    for (const s of result.stability) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThan(1);
    }
  });

  it('keeps the highest modularity of the runs seeded "42:0" … "42:9"', () => {
    const graph = sparseRandom();
    const perRun = Array.from({ length: 10 }, (_, run) => {
      const communities = louvain(graph, { rng: seededRng(42, run) });
      return modularity(graph, { getNodeCommunity: (node) => communities[node]! });
    });
    expect(new Set(perRun.map((q) => q.toFixed(9))).size).toBeGreaterThan(1); // the runs do differ
    expect(detectCommunities(graph).modularity).toBeCloseTo(Math.max(...perRun), 12);
  });

  it('numbers communities by size descending', () => {
    const result = detectCommunities(plantedPartition());
    const sizes = new Array<number>(result.count).fill(0);
    for (const c of Object.values(result.assignment)) sizes[c]! += 1;
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});

describe('detectCommunities modularity', () => {
  it('matches graphology-metrics modularity of the kept partition, at resolution 1.5 too', () => {
    const graph = plantedPartition();
    for (const resolution of [1, 1.5]) {
      const result = detectCommunities(graph, { resolution });
      const expected = modularity(graph, { getNodeCommunity: (node) => result.assignment[node]!, resolution });
      expect(result.modularity).toBeCloseTo(expected, 10);
      expect(result.modularityContribution.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 10);
      expect(result.modularityShare.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    }
  });

  it('splits the ring into single triangles at a high resolution', () => {
    // Merging two neighbouring triangles (Σtot = 8 each, m = 120) gains 1/m − γ·8·8/(2m²) > 0
    // only while γ < 3.75: at γ = 5 every triangle stays alone.
    const graph = ringOfTriangles();
    expect(detectCommunities(graph).count).toBe(15);
    const fine = detectCommunities(graph, { resolution: 5 });
    expect(fine.count).toBe(30);
    expect(fine.assignment['t07-0']).toBe(fine.assignment['t07-2']);
    expect(fine.assignment['t07-2']).not.toBe(fine.assignment['t08-0']);
  });
});

describe('detectCommunities edge cases', () => {
  it('gives null modularity and one community per node, in key order, to a graph without edges', () => {
    const graph = new UndirectedGraph();
    for (const key of ['c', 'a', 'b']) graph.addNode(key);
    const result = detectCommunities(graph);
    expect(result).toEqual({
      assignment: { a: 0, b: 1, c: 2 },
      count: 3,
      modularity: null,
      stability: [1, 1, 1],
      modularityContribution: [0, 0, 0],
      modularityShare: [0, 0, 0],
      runs: 0,
    });
  });

  it('handles the empty graph and a single node', () => {
    expect(detectCommunities(new UndirectedGraph())).toMatchObject({ assignment: {}, count: 0, modularity: null });
    const single = new UndirectedGraph();
    single.addNode('only');
    expect(detectCommunities(single)).toMatchObject({ assignment: { only: 0 }, count: 1, modularity: null });
  });

  it('gives isolated nodes their own communities after the connected ones', () => {
    const graph = twoCliquesWithBridge();
    graph.addNode('0-isolated');
    const result = detectCommunities(graph);
    expect(result.count).toBe(3);
    expect(result.assignment['0-isolated']).toBe(2);
    expect(result.modularity).toBeCloseTo(19 / 42, 12);
  });

  it('rejects a non-positive resolution, a bad run count and a missing weight, naming the module', () => {
    const graph = twoCliquesWithBridge();
    expect(() => detectCommunities(graph, { resolution: 0 })).toThrow(/citegraph\/analysis\/communities: resolution/);
    expect(() => detectCommunities(graph, { resolution: -1 })).toThrow(/resolution/);
    expect(() => detectCommunities(graph, { runs: 0 })).toThrow(/runs/);
    graph.addEdge('a1', 'b1', {});
    expect(() => detectCommunities(graph)).toThrow(
      /citegraph\/analysis\/communities: edge .*a1 – b1.*weight = undefined/,
    );
  });
});
