// Communities by Louvain (graphology-communities-louvain) or Leiden (networkanalysis-ts), run with
// several seeds: the partition with the highest modularity is kept, and each of its communities
// is scored by how well the runs reproduce it.
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';

import { byNode, type GraphIndex, indexGraph } from './graph-index';
import { leidenMembership, leidenNetwork } from './leiden';
import { type Rng, seededRng } from './rng';
import type { CommunityAlgorithm, CommunityResult } from './types';
import { compareStrings } from '../compare';

const MODULE = 'citegraph/analysis/communities';


export interface CommunityOptions {
  algorithm: CommunityAlgorithm;
  /** Runs; run i draws from a generator seeded `${seed}:${i}`. */
  runs: number;
  seed: number;
  /** Modularity resolution γ (> 0): above 1 gives more, smaller communities. */
  resolution: number;
  /** Edge attribute holding tie strength (higher = stronger). */
  weightAttribute: string;
}

export const COMMUNITY_DEFAULTS: CommunityOptions = {
  algorithm: 'louvain',
  runs: 10,
  seed: 42,
  resolution: 1,
  weightAttribute: 'weight',
};


// Two runs whose modularities differ by less than this are tied (floating-point noise from
// summing the same partition in another order); the lower run index wins.
const MODULARITY_TIE = 1e-12;

/** `index`: the graph's GraphIndex by `weightAttribute`, when the caller already has it. */
export function detectCommunities(graph: AbstractGraph, options: Partial<CommunityOptions> = {}, index?: GraphIndex): CommunityResult {
  const opts = resolveOptions(options);
  const idx = index ?? indexGraph(graph, opts.weightAttribute, MODULE);
  if (idx.edgeCount === 0) return singletons(idx);
  const network = opts.algorithm === 'leiden' ? leidenNetwork(idx) : undefined;
  const partitions = Array.from({ length: opts.runs }, (_, run) =>
    network
      ? leidenMembership(network, opts.resolution, seededRng(opts.seed, run))
      : louvainMembership(graph, idx.keys, opts.weightAttribute, opts.resolution, seededRng(opts.seed, run)),
  );
  return summarise(idx, partitions, opts);
}

/** One Louvain run (graphology-communities-louvain) as a membership array over the graph's nodes. */
function louvainMembership(graph: AbstractGraph, keys: readonly string[], weightAttribute: string, resolution: number, rng: Rng): Int32Array {
  const communities = louvain(graph, { rng, resolution, getEdgeWeight: weightAttribute });
  return Int32Array.from(keys, (key) => communities[key]!);
}

function resolveOptions(options: Partial<CommunityOptions>): CommunityOptions {
  const opts = { ...COMMUNITY_DEFAULTS, ...options };
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error(`${MODULE}: runs must be a positive integer, got ${opts.runs}`);
  if (!Number.isFinite(opts.resolution) || opts.resolution <= 0) {
    throw new Error(`${MODULE}: resolution must be a positive number, got ${opts.resolution}`);
  }
  return opts;
}

/** Louvain would give NaN modularity on a graph without edges: every node is its own community. */
function singletons(index: GraphIndex): CommunityResult {
  const n = index.keys.length;
  const order = index.keys.map((_, i) => i).sort((a, b) => compareStrings(index.keys[a]!, index.keys[b]!));
  const membership = new Int32Array(n);
  order.forEach((node, community) => (membership[node] = community));
  return {
    assignment: byNode(index, membership),
    count: n,
    modularity: null,
    stability: new Array<number>(n).fill(1),
    modularityContribution: new Array<number>(n).fill(0),
    modularityShare: new Array<number>(n).fill(0),
    runs: 0,
  };
}

/** The run with the highest modularity, renumbered, with each community's stability over all runs. */
function summarise(index: GraphIndex, partitions: Int32Array[], { resolution }: CommunityOptions): CommunityResult {
  let best = 0;
  let bestModularity = -Infinity;
  partitions.forEach((partition, run) => {
    const q = sum(modularityContributions(index, partition, countCommunities(partition), resolution));
    if (q > bestModularity + MODULARITY_TIE) {
      best = run;
      bestModularity = q;
    }
  });

  const membership = renumber(index, partitions[best]!);
  const count = countCommunities(membership);
  const contribution = modularityContributions(index, membership, count, resolution);
  const modularity = sum(contribution);
  const agreement = new Float64Array(count);
  for (const partition of partitions) bestJaccard(membership, count, partition).forEach((j, c) => (agreement[c]! += j));

  return {
    assignment: byNode(index, membership),
    count,
    modularity,
    stability: Array.from(agreement, (total) => total / partitions.length),
    modularityContribution: contribution,
    modularityShare: contribution.map((q) => (modularity > 0 ? q / modularity : 0)),
    runs: partitions.length,
  };
}

/** Per community: Σin/2m − γ(Σtot/2m)², the same sum graphology's Louvain index computes. */
function modularityContributions(
  index: GraphIndex,
  membership: Int32Array,
  count: number,
  resolution: number,
): number[] {
  const { starts, neighbours, weights } = index;
  const internal = new Float64Array(count);
  const total = new Float64Array(count);
  let twiceM = 0;
  for (let i = 0; i < membership.length; i++) {
    const ci = membership[i]!;
    for (let e = starts[i]!, end = starts[i + 1]!; e < end; e++) {
      const w = weights[e]!;
      twiceM += w;
      total[ci]! += w;
      if (membership[neighbours[e]!] === ci) internal[ci]! += w;
    }
  }
  return Array.from(internal, (inside, c) => inside / twiceM - resolution * (total[c]! / twiceM) ** 2);
}

/** Relabel communities 0.. by size descending, ties by smallest node key. */
function renumber(index: GraphIndex, raw: Int32Array): Int32Array {
  const size = new Map<number, number>();
  const smallestKey = new Map<number, string>();
  raw.forEach((c, i) => {
    const key = index.keys[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    const current = smallestKey.get(c);
    if (current === undefined || compareStrings(key, current) < 0) smallestKey.set(c, key);
  });
  const order = [...size.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || compareStrings(smallestKey.get(a)!, smallestKey.get(b)!),
  );
  const newLabel = new Map(order.map((c, label) => [c, label]));
  return raw.map((c) => newLabel.get(c)!);
}

/** For each community of `reference`, its best Jaccard similarity with a community of `other`. */
function bestJaccard(reference: Int32Array, count: number, other: Int32Array): Float64Array {
  const referenceSize = new Float64Array(count);
  const otherSize = new Map<number, number>();
  const overlap = new Map<number, number>(); // key: c * n + d, for communities c (reference) and d (other)
  const n = reference.length;
  for (let i = 0; i < n; i++) {
    const c = reference[i]!;
    const d = other[i]!;
    referenceSize[c]! += 1;
    otherSize.set(d, (otherSize.get(d) ?? 0) + 1);
    overlap.set(c * n + d, (overlap.get(c * n + d) ?? 0) + 1);
  }
  const best = new Float64Array(count);
  for (const [pair, shared] of overlap) {
    const c = Math.floor(pair / n);
    const d = pair - c * n;
    const jaccard = shared / (referenceSize[c]! + otherSize.get(d)! - shared);
    if (jaccard > best[c]!) best[c] = jaccard;
  }
  return best;
}

function countCommunities(membership: Int32Array): number {
  let max = -1;
  for (const c of membership) if (c > max) max = c;
  return max + 1;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
