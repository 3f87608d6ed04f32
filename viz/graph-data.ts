// Derives what sigma draws from one BundleGraph: a lean graphology graph (positions, size,
// colour, label, an index back into the bundle) plus flat arrays the filters scan quickly.
// Built once per graph on first use, in one tight loop.
//
// Sigma's graph is keyed by node *index* ("0", "1", …), not by the bundle's ids: graphology
// keeps adjacency in plain objects keyed by neighbour key, and integer-like keys are about 3x
// faster to insert there than ids like "a0012" (100k edges: ~0.35 s instead of ~1.1 s).
// Convert with key()/idOf() at the boundary; the store and the URL speak bundle ids.
import Graph from 'graphology';

import {
  DIRECTED_METRICS,
  METRICS,
  type BundleCommunity,
  type BundleEdge,
  type BundleGraph,
  type BundleNode,
  type DirectedMetricName,
  type Entity,
  type MetricName,
} from '../pipeline/bundle-model';

/** What nodes can be sized by: every graph's metrics, and a directed graph's in- and out-degree. */
export type SizeMetric = MetricName | DirectedMetricName;

/** Attributes on sigma's graph. Never `type`: sigma reads it as the render program. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
  /** Sigma's node program: its default disc, or 'point' above POINT_NODES_ABOVE nodes (see there). */
  type?: 'point';
  /** Index into GraphData.nodes. */
  i: number;
}

/**
 * Sigma's edge programs: `line` is its default, graph-view.ts registers `arrow`, `doubleArrow` and
 * 'thin' (one-pixel lines, for graphs with more than THIN_EDGES_ABOVE links, see there).
 */
export type EdgeProgram = 'line' | 'arrow' | 'doubleArrow' | 'thin';

export interface EdgeAttrs {
  size: number;
  color: string;
  /** The render program sigma draws the edge with: this is what sigma reads `type` for. */
  type: EdgeProgram;
  /** Main-path citations are drawn over the others. */
  zIndex: number;
  /** Index into GraphData.edges. */
  i: number;
}

/**
 * A 'years' layout's time axis, read off its nodes (layout/years.ts puts x linear in the year):
 * x = x0 + (year − year0) · perYear; perYear is 0 when every node has the same year.
 */
export interface YearScale {
  year0: number;
  x0: number;
  perYear: number;
  /** x of the column the nodes without a year stand in, when there are any. */
  unknownX: number | null;
}

export interface CommunityInfo {
  id: number;
  label: string;
  color: string;
  /** Nodes of this community in the drawn graph. */
  size: number;
  terms: string[];
  stability: number | null;
}

export interface GraphData {
  index: number;
  source: BundleGraph;
  graph: Graph<NodeAttrs, EdgeAttrs>;
  /** Kept nodes, in index order (entries with a bad id or position are dropped). */
  nodes: BundleNode[];
  /** Bundle id → index (= sigma node key as a number). */
  nodeIndex: Map<string, number>;
  /** By index: the full label and the colour. */
  labels: string[];
  colors: string[];
  /** Kept edges and, for speed, their endpoints' indices and weights. */
  edges: BundleEdge[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
  /** Largest community first. */
  communities: CommunityInfo[];
  communityById: Map<number, CommunityInfo>;
  yearExtent: [number, number] | null;
  hasUnknownYears: boolean;
  /** Most frequent first. */
  categories: { name: string; count: number }[];
  weightExtent: [number, number];
  dropped: { nodes: number; edges: number };
  /** Edges run source → target (citing → cited) and are drawn as arrows. */
  directed: boolean;
  /** Drawn as one-pixel lines (more than THIN_EDGES_ABOVE links); the emphasis layer still shows a node's links with their thickness and arrows. */
  thinEdges: boolean;
  /** Set for a graph laid out on a time axis. */
  yearScale: YearScale | null;
  /** The metrics the size menu offers for this graph. */
  sizeMetrics: readonly SizeMetric[];
}

export const METRIC_LABELS: Record<SizeMetric, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  eigenvector: 'Eigenvector',
  pagerank: 'PageRank',
  inDegree: 'Local citation score (in-degree)',
  outDegree: 'Citations made (out-degree)',
};

/** What a node is called, by what it is (BundleGraph.entity). */
export const ENTITY_LABELS: Record<Entity, string> = { author: 'Author', paper: 'Paper', term: 'Term', reference: 'Cited reference' };

const NODE_SIZE_RANGE: [number, number] = [2.5, 16];
const EDGE_SIZE_RANGE: [number, number] = [0.8, 3.2];
/**
 * Opaque on purpose: sigma writes straight (not premultiplied) alpha into its WebGL canvas, and the
 * page compositor then tints translucent edges (grey at 50% came out lavender).
 */
export const EDGE_COLOR = '#c8ccd4';
/** Main-path citations: the one warm colour among grey links, and thicker. */
export const MAIN_PATH_COLOR = '#e8590c';
const MAIN_PATH_SIZE = 4.5;
/**
 * Above this many links every link but the main path's is a one-pixel line: software WebGL
 * (SwiftShader) draws sigma's thick, antialiased links three times slower, several seconds per
 * frame at 100,000 links on two cores, and at that density their thickness no longer reads.
 */
export const THIN_EDGES_ABOVE = 20_000;
/**
 * Above this many nodes they are drawn as WebGL points (the same antialiased discs, one vertex
 * each instead of sigma's instanced triangles): software WebGL draws them in a third of the time.
 */
const POINT_NODES_ABOVE = 10_000;
/** Labels drawn on the canvas are cut here (paper titles); the panel shows them whole. */
const MAX_DRAWN_LABEL = 44;
/** Nodes whose label is always drawn (top N by the size metric). */
const FORCED_LABELS = 8;

const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
function safeColor(color: unknown): string {
  return typeof color === 'string' && COLOR_RE.test(color) ? color : '#8a8f98';
}

function finite(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function buildGraphData(source: BundleGraph, index: number): GraphData {
  const points = source.nodes.length > POINT_NODES_ABOVE;
  const graph = new Graph<NodeAttrs, EdgeAttrs>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  const nodes: BundleNode[] = [];
  const nodeIndex = new Map<string, number>();
  const labels: string[] = [];
  const colors: string[] = [];
  const sizes = new Map<number, number>();
  const categoryCounts = new Map<string, number>();
  let yearMin = Infinity;
  let yearMax = -Infinity;
  let hasUnknownYears = false;
  let droppedNodes = 0;

  for (const node of source.nodes) {
    const id = node.id;
    if (typeof id !== 'string' || nodeIndex.has(id) || !Number.isFinite(node.x) || !Number.isFinite(node.y)) {
      droppedNodes++;
      continue;
    }
    const i = nodes.length;
    const label = typeof node.label === 'string' ? node.label : id;
    const color = safeColor(node.color);
    nodes.push(node);
    nodeIndex.set(id, i);
    labels.push(label);
    colors.push(color);
    const drawn = label.length > MAX_DRAWN_LABEL ? `${label.slice(0, MAX_DRAWN_LABEL - 1).trimEnd()}…` : label;
    graph.addNode(String(i), { x: node.x, y: node.y, size: 4, color, label: drawn, forceLabel: false, i, ...(points ? { type: 'point' as const } : {}) });
    sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
    const years = Array.isArray(node.years) ? node.years : [];
    if (years.length === 0) hasUnknownYears = true;
    for (const y of years) {
      if (y < yearMin) yearMin = y;
      if (y > yearMax) yearMax = y;
    }
    for (const c of Array.isArray(node.categories) ? node.categories : []) {
      categoryCounts.set(c, (categoryCounts.get(c) ?? 0) + 1);
    }
  }

  const directed = source.directed === true;
  const thinEdges = source.edges.length > THIN_EDGES_ABOVE;
  const edges: BundleEdge[] = [];
  const edgeSource = new Int32Array(source.edges.length);
  const edgeTarget = new Int32Array(source.edges.length);
  const edgeWeight = new Float64Array(source.edges.length);
  let wMin = Infinity;
  let wMax = -Infinity;
  let droppedEdges = 0;
  for (const edge of source.edges) {
    const s = nodeIndex.get(edge.source);
    const t = nodeIndex.get(edge.target);
    if (s === undefined || t === undefined || s === t) {
      droppedEdges++;
      continue;
    }
    const e = edges.length;
    // Sigma draws an arrow from the edge's source to its target whatever the graph's type: the
    // graph stays undirected (one edge per pair, neighbours both ways), the program shows the direction.
    const type: EdgeProgram = thinEdges && edge.mainPath !== true ? 'thin' : !directed ? 'line' : edge.mutual === true ? 'doubleArrow' : 'arrow';
    try {
      graph.addUndirectedEdgeWithKey(edgeKey(e), String(s), String(t), { size: 1, color: EDGE_COLOR, type, zIndex: 0, i: e });
    } catch {
      droppedEdges++; // a duplicate pair (the graph is simple); cheaper than hasEdge on every edge
      continue;
    }
    const w = finite(edge.weight, 1);
    edges.push(edge);
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeWeight[e] = w;
    if (w < wMin) wMin = w;
    if (w > wMax) wMax = w;
  }
  const weightExtent: [number, number] = edges.length ? [wMin, wMax] : [0, 0];
  // Edge thickness: sqrt-scaled weight, so a few heavy ties do not flatten the rest.
  const span = Math.sqrt(Math.max(0, weightExtent[1] - weightExtent[0]));
  graph.updateEachEdgeAttributes((_key, attrs) => {
    const w = edgeWeight[attrs.i] ?? 0;
    const t = span > 0 ? Math.sqrt(w - weightExtent[0]) / span : 0.5;
    attrs.size = EDGE_SIZE_RANGE[0] + t * (EDGE_SIZE_RANGE[1] - EDGE_SIZE_RANGE[0]);
    if (edges[attrs.i]?.mainPath === true) {
      attrs.size = MAIN_PATH_SIZE;
      attrs.color = MAIN_PATH_COLOR;
      attrs.zIndex = 1;
    }
    return attrs;
  });

  const bundleCommunities = new Map<number, BundleCommunity>();
  for (const c of Array.isArray(source.communities) ? source.communities : []) {
    bundleCommunities.set(c.id, c);
  }
  const communities: CommunityInfo[] = [...sizes.entries()]
    .map(([id, size]) => {
      const c = bundleCommunities.get(id);
      const sample = nodes.find((n) => n.community === id);
      return {
        id,
        label: typeof c?.label === 'string' && c.label ? c.label : `Community ${id}`,
        color: safeColor(c?.color ?? sample?.color),
        size,
        terms: Array.isArray(c?.terms) ? c.terms : [],
        stability: typeof c?.stability === 'number' ? c.stability : null,
      };
    })
    .sort((a, b) => b.size - a.size || a.id - b.id);

  return {
    index,
    source,
    graph,
    nodes,
    nodeIndex,
    labels,
    colors,
    edges,
    edgeSource: edgeSource.subarray(0, edges.length),
    edgeTarget: edgeTarget.subarray(0, edges.length),
    edgeWeight: edgeWeight.subarray(0, edges.length),
    communities,
    communityById: new Map(communities.map((c) => [c.id, c])),
    yearExtent: yearMin <= yearMax ? [yearMin, yearMax] : null,
    hasUnknownYears,
    categories: [...categoryCounts.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
    weightExtent,
    dropped: { nodes: droppedNodes, edges: droppedEdges },
    directed,
    thinEdges,
    yearScale: source.layout === 'years' ? yearScaleOf(nodes) : null,
    sizeMetrics: directed ? [...METRICS, ...DIRECTED_METRICS] : METRICS,
  };
}

/** The time axis through the earliest and the latest node of one year each; null without years. */
function yearScaleOf(nodes: readonly BundleNode[]): YearScale | null {
  let first: BundleNode | undefined;
  let last: BundleNode | undefined;
  let unknownX: number | null = null;
  for (const node of nodes) {
    const years = Array.isArray(node.years) ? node.years : [];
    if (years.length === 0) unknownX = node.x;
    if (years.length !== 1) continue;
    if (!first || years[0]! < first.years[0]!) first = node;
    if (!last || years[0]! > last.years[0]!) last = node;
  }
  if (!first || !last) return null;
  const span = last.years[0]! - first.years[0]!;
  return { year0: first.years[0]!, x0: first.x, perYear: span > 0 ? (last.x - first.x) / span : 0, unknownX };
}

/** Sigma's key for a bundle id (undefined when the graph does not hold it). */
export function nodeKey(data: GraphData, id: string): string | undefined {
  const i = data.nodeIndex.get(id);
  return i === undefined ? undefined : String(i);
}

/** Sigma's key for an edge index (GraphData.edges). */
export const edgeKey = (e: number): string => `e${e}`;

/** The bundle id for a sigma key. */
export function nodeId(data: GraphData, key: string): string {
  return data.nodes[Number(key)]?.id ?? key;
}

export function metricOf(node: BundleNode, metric: SizeMetric): number {
  return finite(node.metrics?.[metric]);
}

/**
 * Node sizes from a metric, sqrt-scaled into NODE_SIZE_RANGE, and forceLabel on the top N.
 * Writes the graph's attributes (one batched update; sigma re-indexes once).
 */
export function applySizeMetric(data: GraphData, metric: SizeMetric): void {
  const values = new Float64Array(data.nodes.length);
  let lo = Infinity;
  let hi = -Infinity;
  data.nodes.forEach((node, i) => {
    const v = metricOf(node, metric);
    values[i] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  });
  const span = Math.sqrt(Math.max(0, hi - lo));
  const top = new Set<number>(
    Array.from(values.keys())
      .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b)
      .slice(0, FORCED_LABELS),
  );
  // Small graphs can afford bigger dots; 20k-node graphs need smaller ones.
  const shrink = data.nodes.length > 5000 ? 0.6 : data.nodes.length > 1000 ? 0.8 : 1;
  const [min, max] = NODE_SIZE_RANGE;
  data.graph.updateEachNodeAttributes(
    (_node, attrs) => {
      const v = values[attrs.i] ?? 0;
      const t = span > 0 ? Math.sqrt(v - lo) / span : 0.3;
      attrs.size = (min + t * (max - min)) * shrink;
      attrs.forceLabel = top.has(attrs.i);
      return attrs;
    },
    { attributes: ['size', 'forceLabel'] },
  );
}
