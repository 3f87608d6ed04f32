// Positions for the view: every community starts on its own disc (largest in the middle, on a
// sunflower spiral), ForceAtlas2 refines that for a bounded number of Barnes-Hut iterations,
// then noverlap spreads overlapping nodes. Seeded, so the view opens on the same picture every
// run; the seeded start is also what lets a few iterations suffice on large graphs, where each
// iteration costs O(n log n + m).
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import seedrandom from 'seedrandom';

export const LAYOUT_DEFAULTS = {
  seed: 42,
  /** Node-iterations ForceAtlas2 may spend: iterations = budget / nodes, within [min, max]. */
  nodeIterationBudget: 300_000,
  minIterations: 15,
  maxIterations: 500,
  /** Edge attribute used as attraction weight (tie strength). */
  weightAttribute: 'weight',
  noverlapIterations: 20,
};
export type LayoutOptions = typeof LAYOUT_DEFAULTS;

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Lays out the subgraph of `nodes` (default: all) and `edges` (default: all among those nodes).
 * `community` groups nodes for the seeded start.
 */
export function layoutGraph(
  graph: AbstractGraph,
  community: Record<string, number>,
  options: Partial<LayoutOptions> & { nodes?: string[]; edges?: string[] } = {},
): Positions {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  const nodes = options.nodes ?? graph.nodes();
  if (nodes.length === 0) return {};
  const random = seedrandom(String(opts.seed));

  // A light copy holding only what FA2 reads, so the stage's graph stays as it was given.
  const work = new UndirectedGraph();
  const start = communityDiscs(nodes, community, random);
  for (const node of nodes) work.addNode(node, { ...start[node]!, size: 1 });
  const edges = options.edges ?? graph.filterEdges((_, __, source, target) => work.hasNode(source) && work.hasNode(target));
  for (const edge of edges) {
    work.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), { weight: graph.getEdgeAttribute(edge, opts.weightAttribute) as number });
  }
  work.forEachNode((node) => work.setNodeAttribute(node, 'size', 1 + Math.sqrt(work.degree(node))));

  const iterations = Math.round(Math.min(opts.maxIterations, Math.max(opts.minIterations, opts.nodeIterationBudget / nodes.length)));
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: nodes.length > 500 };
  forceAtlas2.assign(work, { iterations, settings, getEdgeWeight: 'weight' });
  // noverlap compares nodes within grid cells: a finer grid on large graphs keeps cells small
  // (its default 20×20 grid made it the slowest step at 10⁴ nodes).
  const gridSize = Math.max(20, Math.round(Math.sqrt(nodes.length)));
  noverlap.assign(work, { maxIterations: opts.noverlapIterations, settings: { margin: 1, ratio: 1.2, gridSize } });

  const positions: Positions = {};
  // Rounded so that floating-point noise never changes the output bytes.
  work.forEachNode((node, { x, y }) => (positions[node] = { x: round(x), y: round(y) }));
  return positions;
}

/** Each community on a disc of area ∝ its size; discs on a sunflower spiral, largest first. */
function communityDiscs(nodes: string[], community: Record<string, number>, random: () => number): Positions {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const c = community[node] ?? -1;
    (members.get(c) ?? members.set(c, []).get(c)!).push(node);
  }
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions: Positions = {};
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
      positions[node] = { x: cx + r * Math.cos(j * golden), y: cy + r * Math.sin(j * golden) };
    });
  });
  return positions;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

