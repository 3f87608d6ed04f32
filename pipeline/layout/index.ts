// The layout stage: choose what the view draws and lay that out. Only drawn nodes get positions:
// the bundle, GEXF and VOSviewer files all hold the same drawn part.
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph, StructuredGraph } from '../analyse';
import { layoutGraphConcurrently, type Positions } from './forceatlas2';
import { selectView, type VIEW_DEFAULTS, type ViewSubset } from './view-subset';

export interface Placed {
  view: ViewSubset;
  /** The view's nodes. */
  positions: Positions;
}

/** The layout's seed and what the view may draw at most. */
export type LayoutLimits = { seed: number } & Partial<typeof VIEW_DEFAULTS>;

export type LaidOutGraph<E extends Attributes = Attributes> = AnalysedGraph<E> & Placed;

/**
 * Needs communities and centrality only, so it can run before the communities are described.
 * ForceAtlas2 runs on a worker thread on large views: the caller can go on until it settles.
 */
export async function layoutForView<G extends StructuredGraph>(g: G, options: LayoutLimits): Promise<G & Placed> {
  const view = selectView(g, options);
  const positions = await layoutGraphConcurrently(g.graph, g.communities.assignment, { nodes: view.nodes, edges: view.edges, seed: options.seed, weightAttribute: g.weightAttribute });
  return { ...g, view, positions };
}
