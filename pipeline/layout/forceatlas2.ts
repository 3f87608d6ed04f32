// Positions for the view: ForceAtlas2 from seeded initial positions, then noverlap, so the view
// opens on the same picture every run. Iterations are bounded and Barnes-Hut is used on large
// graphs, so the cost stays ~n log n per iteration.
import type { AbstractGraph, Attributes } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import seedrandom from 'seedrandom';

export const LAYOUT_DEFAULTS = {
  seed: 42,
  /** ForceAtlas2 iterations; undefined picks by size (more for small graphs, where they are cheap). */
  iterations: undefined as number | undefined,
  /** Edge attribute used as attraction weight (tie strength). */
  weightAttribute: 'weight',
  noverlapIterations: 50,
};
export type LayoutOptions = typeof LAYOUT_DEFAULTS;

export type Positions = Record<string, { x: number; y: number }>;

export function layoutGraph(graph: AbstractGraph, options: Partial<LayoutOptions> = {}): Positions {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  if (graph.order === 0) return {};
  const random = seedrandom(String(opts.seed));
  const spread = Math.sqrt(graph.order) * 10;
  // FA2 reads x/y from the graph: work on a copy so the stage's graph stays as it was given.
  const work = graph.copy() as AbstractGraph<Attributes>;
  work.updateEachNodeAttributes((_, attr) => ({ ...attr, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }));

  const iterations = opts.iterations ?? (graph.order <= 1_000 ? 500 : graph.order <= 10_000 ? 200 : 100);
  const settings = {
    ...forceAtlas2.inferSettings(work),
    barnesHutOptimize: graph.order > 2_000,
    // Keeps components and isolated nodes near the others instead of drifting to the edges.
    strongGravityMode: true,
    gravity: 0.05,
  };
  const positions = forceAtlas2(work, { iterations, settings, getEdgeWeight: opts.weightAttribute });
  work.updateEachNodeAttributes((node, attr) => ({ ...attr, ...positions[node]!, size: 1 + Math.sqrt(work.degree(node)) }));
  const spaced = noverlap(work, { maxIterations: opts.noverlapIterations, settings: { margin: 1, ratio: 1.2 } });
  const rounded: Positions = {};
  for (const node of graph.nodes()) {
    const p = spaced[node]!;
    // Rounded so that tiny floating-point noise never changes the output bytes.
    rounded[node] = { x: round(p.x), y: round(p.y) };
  }
  return rounded;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
