// Centrality of every node of an undirected weighted graph: degree, weighted degree,
// betweenness, harmonic closeness, eigenvector and PageRank, plus its connected component.
//
// Betweenness and closeness count hops, ignoring weights. Tie strength is not a length: the
// three graphs weigh ties on unrelated scales (joint papers, cosine, association strength), and
// with real-valued lengths shortest paths become unique, so betweenness would swing with small
// changes of weight. Hop counts also keep the large-graph estimate a plain BFS per pivot.
// Eigenvector and PageRank do use tie strength: there a stronger tie passes on more importance.
import type { AbstractGraph } from 'graphology-types';

import { connectedComponents } from './components';
import { byNode, type GraphIndex, indexGraph } from './graph-index';
import { eigenvectorOf, pagerankOf } from './power-iteration';
import { seededRng } from './rng';
import type { CentralityNotes, CentralityResult } from './types';
import { type PathSums, pathSumsTask } from './shortest-paths';
import { offload, type OffloadOptions } from '../worker-thread';

const MODULE = 'citegraph/analysis/centrality';

interface CentralityOptions {
  /** Up to this many nodes, betweenness and closeness are exact (a BFS from every node). */
  exactBetweenness: number;
  /** Above `exactBetweenness`: BFS sources sampled for the estimates. */
  pivots: number;
  /** Seeds the pivot choice (generator `${seed}:pivots`). */
  seed: number;
  /** Edge attribute holding tie strength (higher = stronger). */
  weightAttribute: string;
  eigenvectorMaxIterations: number;
  eigenvectorTolerance: number;
}

export const CENTRALITY_DEFAULTS: CentralityOptions = {
  exactBetweenness: 3000,
  pivots: 500,
  seed: 42,
  weightAttribute: 'weight',
  eigenvectorMaxIterations: 1000,
  eigenvectorTolerance: 1e-6,
};



// How many of the highest nodes the relative standard error is summarised over.
const TOP_FOR_ERROR = 100;

/**
 * Every centrality. The BFS from every source (most of the cost) may run on a worker thread
 * (pathSumsTask): the caller's thread computes the rest, then is free until the promise settles
 * (run community detection there). `run.index`: the graph's GraphIndex by `weightAttribute`,
 * when the caller already has it.
 */
export async function computeCentrality(
  graph: AbstractGraph,
  options: Partial<CentralityOptions> = {},
  run: OffloadOptions & { index?: GraphIndex } = {},
): Promise<CentralityResult> {
  const plan = planCentrality(graph, options, run.index);
  const { starts, neighbours } = plan.index;
  return finishCentrality(plan, await offload(pathSumsTask, { starts, neighbours, sources: plan.sources }, run));
}

interface CentralityPlan {
  index: GraphIndex;
  sources: Int32Array;
  sampled: boolean;
  /** Everything but betweenness and closeness. */
  partial: Omit<CentralityResult, 'betweenness' | 'closeness'>;
}

function planCentrality(graph: AbstractGraph, options: Partial<CentralityOptions>, given?: GraphIndex): CentralityPlan {
  const settings = { ...CENTRALITY_DEFAULTS, ...options };
  const { exactBetweenness, pivots, seed, weightAttribute } = settings;
  if (!Number.isInteger(pivots) || pivots < 1) {
    throw new Error(`${MODULE}: pivots must be a positive integer, got ${pivots}`);
  }
  if (!(exactBetweenness >= 0)) throw new Error(`${MODULE}: exactBetweenness must be ≥ 0, got ${exactBetweenness}`);

  const index = given ?? indexGraph(graph, weightAttribute, MODULE);
  const n = index.keys.length;
  const { component, sizes } = connectedComponents(index);

  const degree = new Float64Array(n);
  const weightedDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = index.starts[i + 1]! - index.starts[i]!;
    for (let e = index.starts[i]!; e < index.starts[i + 1]!; e++) weightedDegree[i]! += index.weights[e]!;
  }

  const sampled = n > exactBetweenness && pivots < n;
  const sources = sampled ? samplePivots(n, pivots, seed) : Int32Array.from({ length: n }, (_, i) => i);
  const iterations = { maxIterations: settings.eigenvectorMaxIterations, tolerance: settings.eigenvectorTolerance };
  const eigenvector = n === 0 ? new Float64Array(0) : eigenvectorOf(index, iterations);
  // PageRank cannot fail to converge here: on an undirected graph each iteration shrinks the
  // change by the damping factor 0.85, and 0.85¹⁰⁰ is far below the n·10⁻⁶ criterion.
  const pagerank = n === 0 ? new Float64Array(0) : pagerankOf(index, { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 });
  if (pagerank === null) throw new Error(`${MODULE}: PageRank did not converge`);

  const notes: CentralityNotes = {
    betweenness: sampled ? 'sampled' : 'exact',
    eigenvectorConverged: eigenvector !== null,
    components: sizes.length,
    largestComponent: sizes[0] ?? 0,
  };
  return {
    index,
    sources,
    sampled,
    partial: {
      degree: byNode(index, degree),
      weightedDegree: byNode(index, weightedDegree),
      eigenvector: byNode(index, eigenvector ?? new Float64Array(n)),
      pagerank: byNode(index, pagerank),
      component: byNode(index, component),
      notes,
    },
  };
}

function finishCentrality({ index, sources, sampled, partial }: CentralityPlan, sums: PathSums): CentralityResult {
  const n = index.keys.length;
  const notes = { ...partial.notes };
  if (sampled) {
    const k = sources.length;
    notes.pivots = k;
    notes.errorBound = hoeffding95(k) * (n / (n - 1));
    const relativeError = medianTopRelativeError(sums, n, k);
    notes.betweennessError =
      `sampled Brandes from ${k} of ${n} nodes: each normalised value within ±${notes.errorBound.toPrecision(2)} ` +
      `with 95% probability (Hoeffding); median relative standard error of the ${Math.min(TOP_FOR_ERROR, n)} ` +
      `highest: ${Number.isNaN(relativeError) ? 'n/a' : `${(100 * relativeError).toPrecision(2)}%`}`;
  }
  return {
    ...partial,
    betweenness: byNode(index, normaliseBetweenness(sums.dependency, n, sources.length)),
    closeness: byNode(index, harmonicCloseness(sums, n, sources, sampled)),
    notes,
  };
}

/** k distinct nodes by a partial Fisher–Yates shuffle, seeded. */
function samplePivots(n: number, k: number, seed: number): Int32Array {
  const rng = seededRng(seed, 'pivots');
  const nodes = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const chosen = nodes[j]!;
    nodes[j] = nodes[i]!;
    nodes[i] = chosen;
  }
  return nodes.slice(0, k);
}

/**
 * Σ over sources of δ_s(v), scaled by n/k when k of the n nodes were sources (Brandes & Pich's
 * unbiased estimate), then divided by (n−1)(n−2): each unordered pair is counted from both of its
 * ends, so this is the share of the (n−1)(n−2)/2 pairs of other nodes whose paths run through v.
 */
function normaliseBetweenness(dependency: Float64Array, n: number, k: number): Float64Array {
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  return dependency.map((d) => d * scale);
}

/**
 * Exact: Σ over the other nodes of 1/d, divided by n−1. Sampled: a pivot's own value is exact
 * (its BFS reached everyone); any other node's is the mean of 1/d over the k pivots, an unbiased
 * estimate of the mean over all other nodes.
 */
function harmonicCloseness(sums: PathSums, n: number, sources: Int32Array, sampled: boolean): Float64Array {
  if (n < 2) return new Float64Array(n);
  if (!sampled) return sums.inverseDistance.map((h) => h / (n - 1));
  const closeness = sums.inverseDistance.map((h) => h / sources.length);
  for (const s of sources) closeness[s] = sums.sourceInverseDistance[s]! / (n - 1);
  return closeness;
}

/** Half-width ε with P(|mean − expectation| ≥ ε) ≤ 5% for k samples in [0, 1]. */
function hoeffding95(k: number): number {
  return Math.sqrt(Math.log(2 / 0.05) / (2 * k));
}

/**
 * Median, over the highest nodes, of SE/mean of the per-pivot dependencies (finite-population
 * corrected). NaN with fewer than 2 pivots: no variance to estimate.
 */
function medianTopRelativeError(sums: PathSums, n: number, k: number): number {
  if (k < 2) return Number.NaN;
  const top = Array.from({ length: n }, (_, i) => i)
    .filter((i) => sums.dependency[i]! > 0)
    .sort((a, b) => sums.dependency[b]! - sums.dependency[a]! || a - b)
    .slice(0, TOP_FOR_ERROR);
  const errors = top
    .map((i) => {
      const mean = sums.dependency[i]! / k;
      const variance = Math.max(0, (sums.dependencySquared[i]! - k * mean * mean) / (k - 1));
      return (Math.sqrt(variance / k) * Math.sqrt((n - k) / (n - 1))) / mean;
    })
    .sort((a, b) => a - b);
  return errors.length === 0 ? 0 : errors[Math.floor((errors.length - 1) / 2)]!;
}
