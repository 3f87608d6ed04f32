// Centrality of every node of an undirected weighted graph: degree, weighted degree,
// betweenness, harmonic closeness, eigenvector and PageRank, plus its connected component.
//
// Betweenness and closeness count hops, ignoring weights. Tie strength is not a length: the
// graphs weigh ties on unrelated scales (joint papers, cosine, association strength), and
// with real-valued lengths shortest paths become unique, so betweenness would swing with small
// changes of weight. Hop counts also keep the large-graph estimate a plain BFS per pivot.
// Eigenvector and PageRank do use tie strength: there a stronger tie passes on more importance.
import type { AbstractGraph } from 'graphology-types';

import { connectedComponents } from './components';
import { byNode, type GraphIndex, indexGraph } from './graph-index';
import { betweennessError, betweennessOf, closenessError, closenessOf } from './path-estimates';
import { type PathSampling, pathSamplingTask, topNodes } from './path-sampling';
import { eigenvectorOf, iterationNotes, PAGERANK_DAMPING, pagerankOf, POWER_ITERATION_DEFAULTS, type PowerIterationOptions } from './power-iteration';
import { seededRng } from './rng';
import type { CentralityNotes, CentralityResult, NodeEstimate, SamplingNotes } from './types';
import { offload, type OffloadOptions } from '../worker-thread';

const MODULE = 'citegraph/analysis/centrality';

interface CentralityOptions extends PowerIterationOptions {
  /**
   * Work allowed for betweenness and closeness, in source·edges (a BFS from one source costs the
   * graph's edge count): exact when nodes × edges fits, else sampled sources, as many as fit.
   */
  betweennessBudget: number;
  /** Seeds the pivot choice (generator `${seed}:pivots`). */
  seed: number;
  /** Edge attribute holding tie strength (higher = stronger). */
  weightAttribute: string;
}

export const CENTRALITY_DEFAULTS: CentralityOptions = {
  // The BFS ran at 2.5·10⁷ source·edges per second on the 100,000-paper co-author graph and
  // 5·10⁷ on a 2,000-term graph (2 cores, Node 20): 10⁸ was 2–4 s of work, on a worker thread
  // beside community detection. Since the successor lists (shortest-paths.ts) it runs 1.5–1.7
  // times as fast on the 10,000-paper graphs (bench/analysis-kernels.ts measures it); the budget
  // is kept, so that sampled results stay as they were.
  betweennessBudget: 1e8,
  seed: 42,
  weightAttribute: 'weight',
  ...POWER_ITERATION_DEFAULTS,
};

/** Pivots of a sample's first round; rounds double them (path-sampling.ts). */
const FIRST_ROUND = 64;
/** The highest nodes whose standard errors are listed, and those summarised by their median. */
const TOP_LISTED = 10;
const TOP_SUMMARISED = 100;

/**
 * Every centrality. The BFS from every source (most of the cost) may run on a worker thread
 * (pathSamplingTask): the caller's thread computes the rest, then is free until the promise
 * settles (run community detection there). `run.index`: the graph's GraphIndex by
 * `weightAttribute`, when the caller already has it.
 */
export async function computeCentrality(
  graph: AbstractGraph,
  options: Partial<CentralityOptions> = {},
  run: OffloadOptions & { index?: GraphIndex } = {},
): Promise<CentralityResult> {
  const plan = planCentrality(graph, options, run.index);
  const { starts, neighbours } = plan.index;
  const sampling = await offload(pathSamplingTask, { starts, neighbours, sources: plan.sources, firstRound: FIRST_ROUND }, run);
  return finishCentrality(plan, sampling);
}

interface CentralityPlan {
  index: GraphIndex;
  /** Every node, or as many pivots as the budget allows, in their seeded order. */
  sources: Int32Array;
  budget: number;
  /** Everything but betweenness and closeness. */
  partial: Omit<CentralityResult, 'betweenness' | 'closeness' | 'notes'> & { notes: Omit<CentralityNotes, 'betweenness' | 'work' | 'sampling'> };
}

function planCentrality(graph: AbstractGraph, options: Partial<CentralityOptions>, given?: GraphIndex): CentralityPlan {
  const settings = { ...CENTRALITY_DEFAULTS, ...options };
  const { betweennessBudget: budget, seed, weightAttribute } = settings;
  if (!(budget > 0)) throw new Error(`${MODULE}: betweennessBudget must be positive, got ${budget}`);

  const index = given ?? indexGraph(graph, weightAttribute, MODULE);
  const n = index.keys.length;
  const { component, sizes } = connectedComponents(index);

  const degree = new Float64Array(n);
  const weightedDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = index.starts[i + 1]! - index.starts[i]!;
    for (let e = index.starts[i]!; e < index.starts[i + 1]!; e++) weightedDegree[i]! += index.weights[e]!;
  }

  // Pivots as many as the budget pays for, but a first round at least: fewer say nothing.
  const allowed = Math.max(FIRST_ROUND, Math.floor(budget / Math.max(1, index.edgeCount)));
  const sources = n * index.edgeCount <= budget || allowed >= n ? Int32Array.from({ length: n }, (_, i) => i) : samplePivots(n, allowed, seed);
  const eigenvector = eigenvectorOf(index, component, settings);
  const pagerank = pagerankOf(index, { ...settings, alpha: PAGERANK_DAMPING });

  return {
    index,
    sources,
    budget,
    partial: {
      degree: byNode(index, degree),
      weightedDegree: byNode(index, weightedDegree),
      eigenvector: byNode(index, eigenvector.values),
      pagerank: byNode(index, pagerank.values),
      component: byNode(index, component),
      notes: { pagerank: iterationNotes(pagerank), eigenvector: iterationNotes(eigenvector), components: sizes.length, largestComponent: sizes[0] ?? 0 },
    },
  };
}

function finishCentrality({ index, sources, budget, partial }: CentralityPlan, { sums, used, stoppedBy, agreement }: PathSampling): CentralityResult {
  const n = index.keys.length;
  const pivots = sources.subarray(0, used);
  const betweenness = betweennessOf(sums, n, used);
  const closeness = closenessOf(sums, n, pivots);
  const work = { budget, exact: n * index.edgeCount, spent: used * index.edgeCount };
  const notes: CentralityNotes = { ...partial.notes, betweenness: used < n ? 'sampled' : 'exact', work };
  if (stoppedBy && agreement) {
    const isPivot = new Uint8Array(n);
    for (const s of pivots) isPivot[s] = 1;
    const errors = {
      betweenness: (v: number) => betweennessError(sums, n, used, v),
      closeness: (v: number) => closenessError(sums, n, used, v, isPivot[v] === 1),
    };
    const listed = (values: Float64Array, error: (v: number) => number): NodeEstimate[] =>
      topNodes(values, TOP_LISTED).map((v) => ({ node: index.keys[v]!, value: values[v]!, standardError: error(v) }));
    notes.sampling = {
      pivots: used,
      stoppedBy,
      agreement,
      medianRelativeError: { betweenness: medianRelativeError(betweenness, errors.betweenness), closeness: medianRelativeError(closeness, errors.closeness) },
      top: { betweenness: listed(betweenness, errors.betweenness), closeness: listed(closeness, errors.closeness) },
    } satisfies SamplingNotes;
  }
  return { ...partial, betweenness: byNode(index, betweenness), closeness: byNode(index, closeness), notes };
}

/** k distinct nodes by a partial Fisher–Yates shuffle, seeded: the order rounds take them in. */
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

/** Median of standard error / value over the highest values; null when none is positive. */
function medianRelativeError(values: Float64Array, error: (v: number) => number): number | null {
  const relative = topNodes(values, TOP_SUMMARISED)
    .map((v) => error(v) / values[v]!)
    .sort((a, b) => a - b);
  return relative.length === 0 ? null : relative[Math.floor((relative.length - 1) / 2)]!;
}
