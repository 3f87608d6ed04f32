// What the view draws of a graph. Sigma's maintainers put the smooth limit near 10⁴ nodes and
// 10⁵ edges: above the limits, the most central nodes (PageRank) and the strongest links among
// them are kept, and the bundle says so on screen.
import type { StructuredGraph } from '../analyse';
import { compareStrings } from '../compare';

export const VIEW_DEFAULTS = {
  maxNodes: 20_000,
  maxEdges: 100_000,
};

export interface ViewSubset {
  /** Sorted. */
  nodes: string[];
  /** Edge keys, sorted. */
  edges: string[];
  filtered?: { totalNodes: number; totalEdges: number; rule: string };
}

export function selectView(g: StructuredGraph, options: Partial<typeof VIEW_DEFAULTS> = {}): ViewSubset {
  const { maxNodes, maxEdges } = { ...VIEW_DEFAULTS, ...options };
  const { graph } = g;
  let nodes = graph.nodes();
  if (nodes.length > maxNodes) {
    const pr = g.centrality.pagerank;
    nodes = nodes.sort((a, b) => pr[b]! - pr[a]! || compareStrings(a, b)).slice(0, maxNodes);
  }
  nodes.sort();
  const kept = new Set(nodes);
  let edges = graph.filterEdges((_, __, source, target) => kept.has(source) && kept.has(target));
  if (edges.length > maxEdges) {
    const weight = (e: string) => graph.getEdgeAttribute(e, g.weightAttribute) as number;
    edges = edges.sort((a, b) => weight(b) - weight(a) || compareStrings(a, b)).slice(0, maxEdges);
  }
  edges.sort();
  if (nodes.length === graph.order && edges.length === graph.size) return { nodes, edges };
  return {
    nodes,
    edges,
    filtered: {
      totalNodes: graph.order,
      totalEdges: graph.size,
      rule: `the ${nodes.length.toLocaleString('en')} nodes with the highest PageRank and the ${edges.length.toLocaleString('en')} strongest links among them`,
    },
  };
}
