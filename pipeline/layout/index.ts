// The layout stage: choose what the view draws and lay that out. Only drawn nodes get positions:
// the bundle, GEXF and VOSviewer files all hold the same drawn part.
import type { StructuredGraph } from '../analysis/types';
import { layoutGraph } from './forceatlas2';
import type { LayoutLimits, Placed } from './types';
import { selectView } from './view-subset';
import { placeByYear } from './years';

/**
 * Needs communities and centrality only, so it can run before the communities are described.
 * ForceAtlas2 runs on a worker thread on large views: the caller can go on until it settles.
 * With `yearOf`, x is each node's year (a historiograph).
 */
export async function layoutForView<G extends StructuredGraph>(g: G, options: LayoutLimits & { yearOf?: (node: string) => number | undefined }): Promise<G & Placed> {
  const view = selectView(g, options);
  const forced = await layoutGraph(g.graph, g.communities.assignment, { nodes: view.nodes, edges: view.edges, seed: options.seed, weightAttribute: g.communityWeight });
  return { ...g, view, positions: options.yearOf ? placeByYear(forced, options.yearOf) : forced };
}
