// PageRank and eigenvector centrality iterate to an absolute tolerance (L1 step < 10⁻¹⁰), not to
// graphology-metrics' and networkx's default (L1 step < n·10⁻⁶), and are exactly 0 where the
// definition makes them 0.
import type { UndirectedGraph } from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';

import { computeCentrality } from '../pipeline/analysis/centrality';
import { directedCentrality } from '../pipeline/analysis/directed';
import { graphFromEdges, topKeys } from './helpers/graphs';

/**
 * Author A wrote with 36 people, each once; author B with 49, 19 pairs of whom also wrote
 * together; A and B wrote together. B's converged PageRank is 7.5·10⁻⁶ above A's.
 */
function twoHubs(): UndirectedGraph {
  const edges: Array<[string, string]> = [['A', 'B']];
  for (let i = 0; i < 36; i++) edges.push(['A', `a${i}`]);
  for (let i = 0; i < 49; i++) edges.push(['B', `b${i}`]);
  for (let i = 0; i < 19; i++) edges.push([`b${2 * i}`, `b${2 * i + 1}`]);
  return graphFromEdges(edges);
}

/** Weighted PageRank (damping 0.85) by plain power iteration until the L1 step is below 10⁻¹⁴. */
function convergedPagerank(graph: UndirectedGraph): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  let x = new Map(nodes.map((v) => [v, 1 / n]));
  for (let step = Infinity; step >= 1e-14; ) {
    const next = new Map(nodes.map((v) => [v, 0.15 / n]));
    for (const v of nodes) {
      const strength = graph.reduceEdges(v, (sum, _, attributes) => sum + (attributes.weight as number), 0);
      graph.forEachNeighbor(v, (w) => next.set(w, next.get(w)! + (0.85 * x.get(v)! * (graph.getEdgeAttribute(v, w, 'weight') as number)) / strength));
    }
    step = nodes.reduce((sum, v) => sum + Math.abs(next.get(v)! - x.get(v)!), 0);
    x = next;
  }
  return Object.fromEntries(x);
}

describe('PageRank iterated to L1 < 10⁻¹⁰', () => {
  const graph = twoHubs();
  const reference = convergedPagerank(graph);

  it('ranks two near-tied hubs as the converged PageRank does, where the default stopping rule swaps them', async () => {
    expect(reference.B! - reference.A!).toBeCloseTo(7.46e-6, 8);
    // graphology-metrics' defaults (networkx's too): L1 step < 87·10⁻⁶ stops with A ahead.
    expect(topKeys(pagerank(graph, { getEdgeWeight: 'weight' }), 1)).toEqual(['A']);
    const result = await computeCentrality(graph);
    expect(topKeys(result.pagerank, 2)).toEqual(['B', 'A']);
  });

  it('lies within residual · 0.85 / 0.15 of the converged values (L1), and says how it stopped', async () => {
    const result = await computeCentrality(graph);
    const { iterations, residual, converged } = result.notes.pagerank;
    expect(converged).toBe(true);
    expect(residual).toBeLessThan(1e-10);
    expect(iterations).toBeGreaterThan(60);
    const error = graph.nodes().reduce((sum, v) => sum + Math.abs(result.pagerank[v]! - reference[v]!), 0);
    expect(error).toBeLessThan((residual * 0.85) / 0.15);
  });

  it('follows citations on a directed graph and says how it stopped', () => {
    // a → b → c, a → c: c is cited twice, b once, a never.
    const { pagerank: ranks, pagerankNotes } = directedCentrality(graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c']]));
    expect(topKeys(ranks, 3)).toEqual(['c', 'b', 'a']);
    expect(pagerankNotes.converged).toBe(true);
    expect(pagerankNotes.residual).toBeLessThan(1e-10);
  });
});

describe('eigenvector centrality is exactly 0 where the definition makes it 0', () => {
  it('gives a triangle 1/√3 each and a separate pair and an isolated node exactly 0', async () => {
    // The triangle's spectral radius is 2, the pair's 1: the eigenvector of the largest
    // eigenvalue lives on the triangle alone. graphology-metrics leaves the others small but
    // positive, and the isolated node at whatever the iterations shrank its start to.
    const graph = graphFromEdges([['t1', 't2'], ['t2', 't3'], ['t1', 't3'], ['p1', 'p2']], ['alone']);
    const { eigenvector } = await computeCentrality(graph);
    for (const t of ['t1', 't2', 't3']) expect(eigenvector[t]).toBeCloseTo(1 / Math.sqrt(3), 12);
    for (const other of ['p1', 'p2', 'alone']) expect(eigenvector[other]).toBe(0);
    const theirs = eigenvectorCentrality(graph, { getEdgeWeight: 'weight' });
    expect(theirs.alone).toBeGreaterThan(0);
  });

  it('keeps a 4-clique over a longer path: the larger radius wins, not the larger component', async () => {
    const path = Array.from({ length: 11 }, (_, i) => [`p${i}`, `p${i + 1}`] as [string, string]);
    const clique: Array<[string, string]> = [['c0', 'c1'], ['c0', 'c2'], ['c0', 'c3'], ['c1', 'c2'], ['c1', 'c3'], ['c2', 'c3']];
    const { eigenvector } = await computeCentrality(graphFromEdges([...path, ...clique]));
    for (let i = 0; i <= 11; i++) expect(eigenvector[`p${i}`]).toBe(0);
    for (let i = 0; i < 4; i++) expect(eigenvector[`c${i}`]).toBeCloseTo(1 / 2, 12);
  });

  it('spreads itself over components of the same radius, and is all 0 without edges', async () => {
    const twins = await computeCentrality(graphFromEdges([['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3']]));
    for (const value of Object.values(twins.eigenvector)) expect(value).toBeCloseTo(1 / Math.sqrt(6), 12);
    const edgeless = await computeCentrality(graphFromEdges([], ['x', 'y', 'z']));
    expect(edgeless.eigenvector).toEqual({ x: 0, y: 0, z: 0 });
  });
});
