// The layout stage: choose what the view draws, lay that out, and place the rest near it.
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph } from '../analyse';
import { layoutGraph, placeRemainingNodes, type Positions } from './forceatlas2';
import { selectView, type VIEW_DEFAULTS, type ViewSubset } from './view-subset';

export interface LaidOutGraph<E extends Attributes = Attributes> extends AnalysedGraph<E> {
  view: ViewSubset;
  /** Every node of the graph; the view's nodes laid out, the others near their community. */
  positions: Positions;
}

export function layoutForView<G extends AnalysedGraph>(g: G, options: { seed: number } & Partial<typeof VIEW_DEFAULTS>): G & LaidOutGraph {
  const view = selectView(g, options);
  const community = g.communities.assignment;
  const laidOut = layoutGraph(g.graph, community, { nodes: view.nodes, edges: view.edges, seed: options.seed, weightAttribute: g.weightAttribute });
  return { ...g, view, positions: placeRemainingNodes(g.graph, community, laidOut, options.seed) };
}
