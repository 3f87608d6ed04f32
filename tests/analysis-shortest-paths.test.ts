// addPathSums (shortest-paths.ts) finds successors by BFS position and records them in the
// forward pass; its sums must be bit for bit those of the textbook pull form of Brandes'
// accumulation, which the outputs were computed with: distances by BFS, path counts summed in
// neighbour order, then δ(v) = σ(v) · Σ over successors w, in neighbour order, of (1 + δ(w)) / σ(w).
// The reference below is that form written plainly, with a distance per node and no positions.
import type { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { type GraphIndex, indexGraph } from '../pipeline/analysis/graph-index';
import { addPathSums, emptyPathSums, type PathSums } from '../pipeline/analysis/shortest-paths';
import { coauthorship, graphFromEdges, preferentialAttachment, twoCliquesWithBridge } from './helpers/graphs';

function referenceSums({ starts, neighbours }: GraphIndex, sources: number[], sums: PathSums): void {
  const n = starts.length - 1;
  const neighboursOf = (v: number) => Array.from(neighbours.subarray(starts[v]!, starts[v + 1]!));
  for (const s of sources) {
    const distance: number[] = new Array<number>(n).fill(-1);
    const paths: number[] = new Array<number>(n).fill(0);
    const queue = [s];
    distance[s] = 0;
    paths[s] = 1;
    let harmonic = 0;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of neighboursOf(v)) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
          sums.inverseDistance[w]! += 1 / distance[w]!;
          sums.inverseDistanceSquared[w]! += 1 / (distance[w]! * distance[w]!);
          harmonic += 1 / distance[w]!;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    sums.sourceInverseDistance[s] = harmonic;
    const coefficient: number[] = new Array<number>(n).fill(0);
    for (const v of queue.slice(1).reverse()) {
      let sum = 0;
      for (const w of neighboursOf(v)) if (distance[w] === distance[v]! + 1) sum += coefficient[w]!;
      const dependency = paths[v]! * sum;
      sums.dependency[v]! += dependency;
      sums.dependencySquared[v]! += dependency * dependency;
      coefficient[v] = (1 + dependency) / paths[v]!;
    }
  }
}

/** Every sum as a plain array, so that a difference in the last bit fails `toEqual`. */
const plain = (sums: PathSums) => Object.fromEntries(Object.entries(sums).map(([name, values]) => [name, Array.from(values as Float64Array)]));

function expectSameSums(graph: UndirectedGraph, sources: number[]): void {
  const index = indexGraph(graph, 'weight', 'test');
  const ours = emptyPathSums(graph.order);
  addPathSums(index, sources, ours);
  const reference = emptyPathSums(graph.order);
  referenceSums(index, sources, reference);
  expect(plain(ours)).toEqual(plain(reference));
}

/** A row of `diamonds` diamonds, each doubling the shortest paths from one end to the other. */
function diamondChain(diamonds: number): UndirectedGraph {
  const edges: Array<[string, string]> = [];
  for (let i = 0; i < diamonds; i++) edges.push([`j${i}`, `u${i}`], [`j${i}`, `d${i}`], [`u${i}`, `j${i + 1}`], [`d${i}`, `j${i + 1}`]);
  return graphFromEdges(edges);
}

describe('addPathSums is the textbook pull form of Brandes, bit for bit', () => {
  const all = (graph: UndirectedGraph) => Array.from({ length: graph.order }, (_, i) => i);

  it('from every node of a preferential-attachment graph (many equal-length paths)', () => {
    const graph = preferentialAttachment(300);
    expectSameSums(graph, all(graph));
  });

  it('from every node of a co-author graph with isolated authors and many components', () => {
    const graph = coauthorship(400, 150);
    expect(graph.nodes().some((v) => graph.degree(v) === 0)).toBe(true);
    expectSameSums(graph, all(graph));
  });

  it('from some sources, one of them twice, added onto the same sums', () => {
    const graph = twoCliquesWithBridge();
    expectSameSums(graph, [3, 0, 7, 3]);
  });

  it('where path counts pass 2³¹ (they must stay exact, not wrap as int32)', () => {
    const graph = diamondChain(40); // 2⁴⁰ shortest paths between the ends
    const ends = [graph.nodes().indexOf('j0'), graph.nodes().indexOf('j40')];
    expectSameSums(graph, [...ends, ...all(graph)]);
    const index = indexGraph(graph, 'weight', 'test');
    const sums = emptyPathSums(graph.order);
    addPathSums(index, [ends[0]!], sums);
    // From j0, u0 lies on half of the shortest paths to every node past u0 and d0.
    expect(sums.dependency[graph.nodes().indexOf('u0')]).toBe((3 * 40 - 2) / 2); // 118 nodes past u0 and d0
  });
});
