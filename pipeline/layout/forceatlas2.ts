// Positions for the view: every community starts on its own disc (largest in the middle, on a
// sunflower spiral), ForceAtlas2 refines that for a bounded number of Barnes-Hut iterations,
// then noverlap spreads overlapping nodes. Seeded, so the view opens on the same picture every
// run; the seeded start is also what lets a few iterations suffice on large graphs, where each
// iteration costs O(n log n + m).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterateForceAtlas2 from 'graphology-layout-forceatlas2/iterate.js';
import NOVERLAP_DEFAULTS from 'graphology-layout-noverlap/defaults.js';
import seedrandom from 'seedrandom';
import type { Task } from '../worker-thread';
import { forceMatrices, overlapMatrix } from './force-matrices';
import { graphLayout, type LayoutInput, roundCoordinate } from './input';
import { noverlap } from './noverlap';

export const LAYOUT_DEFAULTS = {
  seed: 42,
  /**
   * Node-iterations ForceAtlas2 may spend: iterations = budget / nodes, within [min, max]. From the
   * community-seeded start the picture has settled by then: on a generated 1,000-paper corpus's
   * graphs, link length over random-pair distance is within 5% of 500 iterations' (0.189 vs 0.180
   * co-author, 0.138 vs 0.134 papers, 0.534 vs 0.532 co-citation), for a third of the time, which
   * was half the CPU of such a run. Graphs above 6,667 drawn nodes get the minimum either way.
   */
  nodeIterationBudget: 100_000,
  minIterations: 15,
  maxIterations: 150,
  /** Edge attribute used as attraction weight (tie strength). */
  weightAttribute: 'weight',
  noverlapIterations: 20,
};
type LayoutOptions = Omit<typeof LAYOUT_DEFAULTS, 'weightAttribute'>;

/**
 * The layout, as a task. Its cost per iteration, fitted on the layouts of generated 1,000- and
 * 10,000-paper corpora and the shared format samples (CPU, best of 3): 0.21 µs per node and
 * level of the Barnes-Hut tree (log₂ nodes), 0.011 µs per link; 1,000 nodes / 6,429 links took
 * 217 ms (216 estimated), the co-citation map's 887 / 77,209 305 ms (302), 11,072 / 67,193 478
 * ms (478). With the default budget every graph of 700 to 6,667 nodes costs about what a
 * worker's start does, so the links decide: the densest maps go to a worker.
 */
export const layoutTask: Task<LayoutInput<LayoutOptions>, Float64Array> = {
  module: import.meta.url,
  name: 'layoutTask',
  run: (input) => forceLayout(input),
  estimateMs: ({ nodes, source, options }) =>
    iterationsFor(nodes.length, options) * (nodes.length * Math.log2(Math.max(2, nodes.length)) * 2.1e-4 + source.length * 1.1e-5),
};

/**
 * Lays out the subgraph of `nodes` (default: all) and `edges` (default: all among those nodes);
 * `community` groups nodes for the seeded start. ForceAtlas2 may run on a worker thread, so the
 * caller can go on meanwhile.
 */
export const layoutGraph = graphLayout(layoutTask, LAYOUT_DEFAULTS);

/** x and y of node i at 2i and 2i + 1. */
function forceLayout({ nodes, community, source, target, weight, options }: LayoutInput<LayoutOptions>): Float64Array {
  const xy = new Float64Array(2 * nodes.length);
  if (nodes.length === 0) return xy;
  const random = seedrandom(String(options.seed));

  // The library's matrices without a graphology graph in between (force-matrices.ts).
  const matrices = forceMatrices(communityDiscs(nodes, community, random), source, target, weight);
  const iterations = iterationsFor(nodes.length, options);
  // θ = 1.2 is Gephi's own Barnes-Hut default (graphology's is 0.5): on the 20,000-node views of a
  // 10⁵-paper corpus it halves the layout's time and leaves the picture as it was (mean link
  // length over mean distance of random pairs: 0.157 and 0.012 with either).
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(nodes.length), barnesHutOptimize: nodes.length > 500, barnesHutTheta: 1.2 };
  for (let i = 0; i < iterations; i++) iterateForceAtlas2(settings, matrices.nodes, matrices.edges);
  // noverlap compares nodes within grid cells: a finer grid on large graphs keeps cells small
  // (its default 20×20 grid made it the slowest step at 10⁴ nodes).
  const gridSize = Math.max(20, Math.round(Math.sqrt(nodes.length)));
  const placed = overlapMatrix(matrices);
  noverlap(placed, { ...NOVERLAP_DEFAULTS, margin: 1, ratio: 1.2, gridSize }, options.noverlapIterations, random);

  for (let i = 0; i < nodes.length; i++) {
    xy[2 * i] = roundCoordinate(placed[3 * i]!);
    xy[2 * i + 1] = roundCoordinate(placed[3 * i + 1]!);
  }
  return xy;
}

/** ForceAtlas2's iterations on `nodes` nodes: the node-iteration budget, within [min, max]. */
function iterationsFor(nodes: number, options: LayoutOptions): number {
  return Math.round(Math.min(options.maxIterations, Math.max(options.minIterations, options.nodeIterationBudget / nodes)));
}

/** Each community on a disc of area ∝ its size; discs on a sunflower spiral, largest first. x, y of node i at 2i, 2i + 1. */
function communityDiscs(nodes: string[], community: Int32Array, random: () => number): Float64Array {
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const c = community[i]!;
    (members.get(c) ?? members.set(c, []).get(c)!).push(i);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (nodes[a[0]!]! < nodes[b[0]!]! ? -1 : 1));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const xy = new Float64Array(2 * nodes.length);
  let area = 0;
  groups.forEach((group, i) => {
    // Centre at the radius that encloses the discs placed so far, at the next golden angle.
    const radius = Math.sqrt(group.length);
    const distance = i === 0 ? 0 : Math.sqrt(area) + radius;
    area += 4 * group.length;
    const cx = distance * Math.cos(i * golden) * 10;
    const cy = distance * Math.sin(i * golden) * 10;
    group.forEach((node, j) => {
      const r = Math.sqrt((j + random()) / group.length) * radius * 10;
      xy[2 * node] = cx + r * Math.cos(j * golden);
      xy[2 * node + 1] = cy + r * Math.sin(j * golden);
    });
  });
  return xy;
}

