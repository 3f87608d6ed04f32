// GEXF for Gephi users (graphology-gexf's writer): node label, community, its label, every
// centrality, position, colour and size; edge weight and evidence as text. It holds what the
// view draws — the whole graph unless that is over the view's limits, where the full edge lists
// are in the CSV reports (the writer builds one string, which a 10⁶-edge graph does not afford).
import { write } from 'graphology-gexf';
import type { AbstractGraph } from 'graphology-types';
import { METRICS } from '../bundle-model';
import type { LaidOutGraph } from '../layout/index';
import { communityColor, round6 } from './format';

/** `drawn`: the part of the graph the view draws (viewSubgraph). */
export function toGexf(g: LaidOutGraph, drawn: AbstractGraph): string {
  const pr = g.centrality.pagerank;
  const maxPr = Object.values(pr).reduce((m, v) => Math.max(m, v), 1e-12); // no spread: 10⁵ nodes overflow the stack
  return write(drawn, {
    version: '1.3',
    formatNode: (node, { label }) => {
      const community = g.communities.assignment[node]!;
      const info = g.info[community]!;
      return {
        label,
        attributes: {
          community,
          community_label: info.label,
          ...Object.fromEntries(METRICS.map((m) => [m, round6(g.centrality[m][node] ?? 0)])),
        },
        viz: {
          ...g.positions[node]!,
          size: round6(2 + 18 * Math.sqrt((pr[node] ?? 0) / maxPr)),
          color: communityColor(community, info.size),
        },
      };
    },
    formatEdge: (_, attributes) => {
      const a = attributes as Record<string, unknown>;
      return {
        weight: round6(a.weight as number),
        attributes: {
          ...(Array.isArray(a.papers) ? { papers: (a.papers as string[]).join('; ') } : {}),
          ...(Array.isArray(a.terms) ? { terms: (a.terms as string[]).join('; ') } : {}),
          ...(typeof a.fractional === 'number' ? { fractional: round6(a.fractional) } : {}),
          ...(typeof a.association === 'number' ? { association: round6(a.association) } : {}),
        },
      };
    },
  });
}
