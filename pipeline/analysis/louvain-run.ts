// One Louvain run (graphology-communities-louvain) as a membership array over the graph's nodes.
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import type { Rng } from './rng';

export function louvainMembership(graph: AbstractGraph, keys: readonly string[], weightAttribute: string, resolution: number, rng: Rng): Int32Array {
  const communities = louvain(graph, { rng, resolution, getEdgeWeight: weightAttribute });
  return Int32Array.from(keys, (key) => communities[key]!);
}

/** What a worker thread is sent to run Louvain: node keys and edge list, in the graph's insertion order. */
export interface LouvainInput {
  keys: string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  runs: number;
  seed: number;
  resolution: number;
}
