// The layout stage: choose what the view draws and lay that out. Only drawn nodes get positions:
// the bundle, GEXF and VOSviewer files all hold the same drawn part. How far the layout keeps the
// communities apart is measured (silhouette.ts) and stated in run.json.
import type { StructuredGraph } from '../analysis/types';
import { clusterMapGraph } from './cluster-map';
import { layoutGraph } from './forceatlas2';
import { silhouette } from './silhouette';
import type { LayoutLimits, Placed } from './types';
import { selectView } from './view-subset';
import { placeByYear } from './years';

/**
 * Needs communities and centrality only, so it can run before the communities are described.
 * The layout runs on a worker thread on large views: the caller can go on until it settles.
 * 'force': ForceAtlas2 from community-seeded positions; 'vos': the VOS mapping technique, on the communities and inside each (cluster-map.ts);
 * 'years': x is each node's year (a historiograph), y from ForceAtlas2.
 */
export async function layoutForView<G extends StructuredGraph>(
  g: G,
  options: LayoutLimits & { method: 'force' | 'years' | 'vos'; yearOf?: (node: string) => number | undefined },
): Promise<G & Placed> {
  const view = selectView(g, options);
  const selection = { nodes: view.nodes, edges: view.edges, seed: options.seed, weightAttribute: g.communityWeight };
  const placed = options.method === 'vos' ? await clusterMapGraph(g.graph, g.communities.assignment, selection) : await layoutGraph(g.graph, g.communities.assignment, selection);
  const positions = options.method === 'years' && options.yearOf ? placeByYear(placed, options.yearOf) : placed;
  return { ...g, view, positions, silhouette: silhouette(view.nodes, positions, g.communities.assignment) };
}
