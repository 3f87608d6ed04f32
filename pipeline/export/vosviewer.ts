// The VOSviewer Online JSON map format: items with x/y, cluster and weights, links with strength.
// VOSviewer numbers items and clusters from 1; the label carries what a reader recognises. Like
// the GEXF file, it holds what the view draws.
import type { StructuredGraph } from '../analysis/types';
import type { Placed } from '../layout/types';
import { drawnPart } from './drawn';
import { round6 } from '../cells';

export function toVosviewerJson(g: StructuredGraph & Placed): string {
  const { graph } = g;
  const { nodes, edges } = drawnPart(g);
  const index = new Map(nodes.map((n, i) => [n, i + 1]));
  const items = nodes.map((node) => ({
    id: index.get(node)!,
    label: graph.getNodeAttribute(node, 'label'),
    description: node,
    x: g.positions[node]!.x,
    y: g.positions[node]!.y,
    cluster: g.communities.assignment[node]! + 1,
    weights: {
      Links: g.centrality.degree[node] ?? 0,
      'Total link strength': round6(g.centrality.weightedDegree[node] ?? 0),
      Documents: g.papersOf(node).length,
    },
    scores: { PageRank: round6(g.centrality.pagerank[node] ?? 0), Betweenness: round6(g.centrality.betweenness[node] ?? 0) },
  }));
  const links = edges.map((edge) => ({
    source_id: index.get(graph.source(edge))!,
    target_id: index.get(graph.target(edge))!,
    strength: round6(graph.getEdgeAttribute(edge, g.communityWeight) as number),
  }));
  return JSON.stringify({ network: { items, links }, config: { terminology: { item: g.entity, link: 'link' } } }, null, 1) + '\n';
}
