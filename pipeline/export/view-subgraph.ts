import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { StructuredGraph } from '../analyse';
import type { Placed } from '../layout/index';

/** The part of the graph the view draws (the graph itself when that is all of it). */
export function viewSubgraph(g: StructuredGraph & Placed): AbstractGraph {
  if (!g.view.filtered) return g.graph;
  const sub = new UndirectedGraph();
  for (const node of g.view.nodes) sub.addNode(node, g.graph.getNodeAttributes(node));
  for (const edge of g.view.edges) sub.addEdgeWithKey(edge, g.graph.source(edge), g.graph.target(edge), g.graph.getEdgeAttributes(edge));
  return sub;
}
