// GEXF for Gephi users (graphology-gexf's writer): node label, community, its label, every
// centrality, position, colour and size; edge weight and evidence as text.
import { UndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { AnalysedGraph } from '../analyse';
import { METRICS } from '../bundle-model';
import { communityColor, round6 } from './format';

export function toGexf(g: AnalysedGraph): string {
  const out = new UndirectedGraph();
  const pr = g.centrality.pagerank;
  const maxPr = Object.values(pr).reduce((m, v) => Math.max(m, v), 1e-12); // no spread: 10⁵ nodes overflow the stack
  g.graph.forEachNode((node, { label }) => {
    const community = g.communities.assignment[node]!;
    const info = g.info[community]!;
    out.addNode(node, {
      label,
      community,
      community_label: info.label,
      ...Object.fromEntries(METRICS.map((m) => [m, round6(g.centrality[m][node] ?? 0)])),
      x: g.positions[node]!.x,
      y: g.positions[node]!.y,
      size: round6(2 + 18 * Math.sqrt((pr[node] ?? 0) / maxPr)),
      color: communityColor(community, info.size),
    });
  });
  g.graph.forEachEdge((edge, attributes, source, target) => {
    const a = attributes as Record<string, unknown>;
    out.addEdgeWithKey(edge, source, target, {
      weight: round6(a.weight as number),
      ...(Array.isArray(a.papers) ? { papers: (a.papers as string[]).join('; ') } : {}),
      ...(Array.isArray(a.terms) ? { terms: (a.terms as string[]).join('; ') } : {}),
      ...(typeof a.fractional === 'number' ? { fractional: round6(a.fractional) } : {}),
      ...(typeof a.association === 'number' ? { association: round6(a.association) } : {}),
    });
  });
  return write(out, { version: '1.3' });
}
