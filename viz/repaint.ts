// Which nodes and edges a state change makes sigma recompute. Sigma's refresh() without a
// partialGraph re-runs the reducers on every node and edge and re-processes the lot (label grid,
// z-order, picking index): 0.5–1 s at 20k nodes / 100k edges in software WebGL. A partial refresh
// with skipIndexation only re-reduces the items listed and rewrites their slots in the buffers,
// as sigma's maintainers recommend for filters.
//
// What a partial refresh cannot do: change the z-order, or give a node hidden when sigma last
// processed its label (its label grid only holds the nodes drawn then); graph-view.ts runs a full
// pass for the first and, once the page is idle, after the second.
import { edgeKey, type GraphData } from './graph-data';
import type { Visibility } from './visibility';

/** Node and edge indices to recompute. */
export interface Repaint {
  nodes: Set<number>;
  edges: Set<number>;
  /** Some node that was hidden is drawn again: its label waits for a full pass. */
  revealsNodes: boolean;
}

export const emptyRepaint = (): Repaint => ({ nodes: new Set(), edges: new Set(), revealsNodes: false });

/** The nodes and edges whose mask differs; one pass over both, no allocation when nothing changed. */
export function addVisibilityChange(into: Repaint, before: Visibility, after: Visibility): void {
  for (let i = 0; i < after.nodes.length; i++) {
    if (before.nodes[i] === after.nodes[i]) continue;
    into.nodes.add(i);
    if (after.nodes[i]) into.revealsNodes = true;
  }
  for (let e = 0; e < after.edges.length; e++) if (before.edges[e] !== after.edges[e]) into.edges.add(e);
}

/** Everything: a new colouring recolours every node. */
export function addEverything(into: Repaint, data: GraphData): void {
  for (let i = 0; i < data.nodes.length; i++) into.nodes.add(i);
  for (let e = 0; e < data.edges.length; e++) into.edges.add(e);
}

/** sigma's partialGraph for a repaint. */
export function partialGraph(repaint: Repaint): { nodes: string[]; edges: string[] } {
  return { nodes: [...repaint.nodes].map(String), edges: [...repaint.edges].map(edgeKey) };
}
