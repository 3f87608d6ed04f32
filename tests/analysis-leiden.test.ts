import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../pipeline/analysis/communities';
import { normalizedMutualInformation } from '../pipeline/analysis/nmi';
import { seededRng } from '../pipeline/analysis/rng';

/** Two 5-cliques joined by one edge. */
function twoCliques(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const side of ['a', 'b']) for (let i = 0; i < 5; i++) graph.addNode(`${side}${i}`);
  for (const side of ['a', 'b']) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) graph.addEdge(`${side}${i}`, `${side}${j}`, { weight: 1 });
  graph.addEdge('a0', 'b0', { weight: 1 });
  return graph;
}

/** 300 nodes in 6 planted groups: dense inside, sparse across. */
function planted(): { graph: UndirectedGraph; truth: Record<string, number> } {
  const rng = seededRng('leiden-planted');
  const graph = new UndirectedGraph();
  const truth: Record<string, number> = {};
  const key = (i: number) => `n${String(i).padStart(3, '0')}`;
  for (let i = 0; i < 300; i++) {
    graph.addNode(key(i));
    truth[key(i)] = i % 6;
  }
  for (let i = 0; i < 300; i++) {
    for (let j = i + 1; j < 300; j++) {
      if (rng() < (i % 6 === j % 6 ? 0.2 : 0.005)) graph.addEdge(key(i), key(j), { weight: 1 + Math.floor(rng() * 3) });
    }
  }
  return { graph, truth };
}

describe('Leiden communities', () => {
  it('split two cliques joined by a bridge into the two cliques, with the hand-computed modularity', () => {
    const result = detectCommunities(twoCliques(), { algorithm: 'leiden' });
    expect(result.count).toBe(2);
    expect(new Set(['a0', 'a1', 'a2', 'a3', 'a4'].map((n) => result.assignment[n])).size).toBe(1);
    expect(result.assignment.a0).not.toBe(result.assignment.b0);
    // m = 21; each clique: Σin/2m = 20/42, Σtot/2m = 21/42 → Q = 2 (20/42 − (21/42)²) = 0.45238…
    expect(result.modularity).toBeCloseTo(2 * (20 / 42 - (21 / 42) ** 2), 10);
    expect(result.stability).toEqual([1, 1]);
  });

  it('recovers planted groups, the same for the same seed', () => {
    const { graph, truth } = planted();
    const a = detectCommunities(graph, { algorithm: 'leiden', seed: 7 });
    expect(normalizedMutualInformation(a.assignment, truth)).toBeGreaterThan(0.95);
    expect(detectCommunities(graph, { algorithm: 'leiden', seed: 7 })).toEqual(a);
  });

  it('returns connected communities only', () => {
    const { graph } = planted();
    const { assignment } = detectCommunities(graph, { algorithm: 'leiden' });
    const members = new Map<number, string[]>();
    for (const [node, c] of Object.entries(assignment)) members.set(c, [...(members.get(c) ?? []), node]);
    for (const nodes of members.values()) {
      const inside = new Set(nodes);
      const seen = new Set([nodes[0]!]);
      const queue = [nodes[0]!];
      while (queue.length) for (const next of graph.neighbors(queue.pop()!)) if (inside.has(next) && !seen.has(next)) (seen.add(next), queue.push(next));
      expect(seen.size).toBe(nodes.length);
    }
  });
});
