import type { StructuredGraph } from '../analysis/types';
import type { Placed } from '../layout/types';

/**
 * The nodes and edges the view draws, for the files that hold the same part (GEXF, VOSviewer):
 * in the graph's own order when all of it is drawn, in the view's sorted order otherwise. Keys
 * only, read through the graph: copying 10⁵ edges into a subgraph cost a second per graph.
 */
export function drawnPart(g: StructuredGraph & Placed): { nodes: string[]; edges: string[] } {
  return g.view.filtered ? { nodes: g.view.nodes, edges: g.view.edges } : { nodes: g.graph.nodes(), edges: g.graph.edges() };
}
