// The layout stage: choose what the view draws and lay that out. Only drawn nodes get positions:
// the bundle, GEXF and VOSviewer files all hold the same drawn part.
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph } from '../analyse';
import { layoutGraph, type Positions } from './forceatlas2';
import { selectView, type VIEW_DEFAULTS, type ViewSubset } from './view-subset';

export interface LaidOutGraph<E extends Attributes = Attributes> extends AnalysedGraph<E> {
  view: ViewSubset;
  /** The view's nodes. */
  positions: Positions;
}

export function layoutForView<G extends AnalysedGraph>(g: G, options: { seed: number } & Partial<typeof VIEW_DEFAULTS>): G & LaidOutGraph {
  const view = selectView(g, options);
  const positions = layoutGraph(g.graph, g.communities.assignment, { nodes: view.nodes, edges: view.edges, seed: options.seed, weightAttribute: g.weightAttribute });
  return { ...g, view, positions };
}
