// What the view draws of a graph. Sigma's maintainers put the smooth limit near 10⁴ nodes and
// 10⁵ edges: above the limits, the most central nodes (PageRank) and the strongest links among
// them are kept, and the bundle says so on screen.
import type { StructuredGraph } from '../analysis/types';
import type { ViewSubset } from './types';
import { compareStrings } from '../compare';

export const VIEW_DEFAULTS = {
  maxNodes: 20_000,
  maxEdges: 100_000,
};


export function selectView(g: StructuredGraph, options: Partial<typeof VIEW_DEFAULTS> = {}): ViewSubset {
  const { maxNodes, maxEdges } = { ...VIEW_DEFAULTS, ...options };
  const { graph } = g;
  const all = graph.nodes();
  const nodes = all.length > maxNodes ? top(all, Float64Array.from(all, (node) => g.centrality.pagerank[node]!), maxNodes) : all;
  nodes.sort();
  const kept = new Set(nodes);
  const candidates: string[] = [];
  const strength: number[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!kept.has(source) || !kept.has(target)) return;
    candidates.push(edge);
    strength.push(attributes[g.communityWeight] as number);
  });
  const edges = candidates.length > maxEdges ? top(candidates, Float64Array.from(strength), maxEdges) : candidates;
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

/** The `count` keys of highest score, ties by key; scores read from an array, not looked up per comparison. */
function top(keys: string[], score: Float64Array, count: number): string[] {
  const order = Array.from(keys, (_, i) => i).sort((a, b) => score[b]! - score[a]! || compareStrings(keys[a]!, keys[b]!));
  return order.slice(0, count).map((i) => keys[i]!);
}
