// What both VOSviewer files (the JSON map and the desktop map/network pair) say of a graph, by
// VOSviewer's own rules: items numbered from 1 with cluster = community + 1 (the CSVs' community,
// offset because VOSviewer counts clusters from 1); no cluster for a loner (a community of one)
// nor beyond VOSviewer's 1,000 clusters; weights and scores; link strength and total link
// strength from one measure, the one communities and the layout use.
import { round6 } from '../cells';
import type { GraphTable } from './graph-table';

/** VOSviewer opens no map with fewer items. */
const MIN_ITEMS = 3;
/** Nor cluster numbers above this. */
export const MAX_CLUSTERS = 1000;
/** cluster = community + CLUSTER_OFFSET. */
export const CLUSTER_OFFSET = 1;

/** Per graph kind: what a link is and what its strength measures, for VOSviewer's terminology. */
const LINKS: Record<string, { link: string; links: string; strength: string }> = {
  coauthor: { link: 'co-authorship', links: 'co-authorships', strength: 'joint papers' },
  papers: { link: 'similarity link', links: 'similarity links', strength: 'cosine similarity' },
  terms: { link: 'co-occurrence link', links: 'co-occurrence links', strength: 'association strength' },
  'direct-citation': { link: 'citation link', links: 'citation links', strength: 'citations' },
  coupling: { link: 'coupling link', links: 'coupling links', strength: "coupling strength (Salton's cosine)" },
  cocitation: { link: 'co-citation link', links: 'co-citation links', strength: 'association strength' },
  historiograph: { link: 'citation link', links: 'citation links', strength: 'citations' },
  'main-path': { link: 'citation link', links: 'citation links', strength: 'search path count' },
};
const ITEMS: Record<GraphTable['entity'], [string, string]> = {
  paper: ['paper', 'papers'],
  author: ['author', 'authors'],
  term: ['term', 'terms'],
  reference: ['cited reference', 'cited references'],
};

export interface VosItem {
  id: number;
  label: string;
  description: string;
  url?: string;
  x?: number;
  y?: number;
  cluster?: number;
  weights: Record<string, number>;
  scores: Record<string, number | null>;
}

export interface VosMap {
  /** Undefined when VOSviewer cannot open the graph: why. */
  refused?: string;
  terminology: Record<string, string>;
  /** Clustered communities, by cluster number, with their labels and colours. */
  clusters: { cluster: number; label: string; color: string }[];
  items(): Generator<VosItem>;
  links(): Generator<{ source_id: number; target_id: number; strength: number }>;
}

export function vosMap(table: GraphTable): VosMap {
  const { nodes, edges } = table;
  const n = nodes.ids.length;
  const linkCount = new Int32Array(n);
  const totalStrength = new Float64Array(n);
  for (let e = 0; e < edges.source.length; e++) {
    for (const end of [edges.source[e]!, edges.target[e]!]) {
      linkCount[end]! += 1;
      totalStrength[end]! += edges.strength[e]!;
    }
  }
  const clusterOf = (community: number) =>
    table.communities[community]!.size > 1 && community + CLUSTER_OFFSET <= MAX_CLUSTERS ? community + CLUSTER_OFFSET : undefined;
  const present = [...new Set(Array.from(nodes.community, clusterOf))].filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  // VOSviewer must draw the layout itself when some item has no position, or all share one.
  const placed = nodes.x.every((x) => !Number.isNaN(x)) && !(nodes.x.every((x) => x === nodes.x[0]) && nodes.y.every((y) => y === nodes.y[0]));
  const scoreKeys = (
    [
      ['Avg. pub. year', nodes.details.avgYear],
      ['Citations', nodes.details.citations],
      ['Avg. citations', nodes.details.avgCitations],
    ] as const
  ).filter(([, values]) => values.some((v) => !Number.isNaN(v)));
  const pagerank = table.nodes.columns.find((c) => c.name === 'pagerank');
  const betweenness = table.nodes.columns.find((c) => c.name === 'betweenness');
  const [item, items] = ITEMS[table.entity];
  const { link, links, strength } = LINKS[table.kind] ?? { link: 'link', links: 'links', strength: table.strengthOf };
  return {
    ...(n < MIN_ITEMS ? { refused: `VOSviewer opens no map of fewer than ${MIN_ITEMS} items (this graph has ${n})` } : {}),
    terminology: { item, items, link, links, cluster: 'cluster', clusters: 'clusters', link_strength: strength, total_link_strength: `total ${strength}` },
    clusters: present.map((cluster) => {
      const c = table.communities[cluster - CLUSTER_OFFSET]!;
      return { cluster, label: c.label, color: c.color };
    }),
    *items() {
      for (let i = 0; i < n; i++) {
        const url = nodes.details.url[i];
        const cluster = clusterOf(nodes.community[i]!);
        yield {
          id: i + 1,
          label: nodes.labels[i]!,
          description: nodes.details.description[i]!,
          ...(url ? { url } : {}),
          ...(placed ? { x: nodes.x[i]!, y: nodes.y[i]! } : {}),
          ...(cluster === undefined ? {} : { cluster }),
          weights: { Links: linkCount[i]!, 'Total link strength': round6(totalStrength[i]!), Documents: nodes.details.documents[i]! },
          scores: {
            ...Object.fromEntries(scoreKeys.map(([key, values]) => [key, Number.isNaN(values[i]!) ? null : round6(values[i]!)])),
            PageRank: (pagerank?.values[i] as number | undefined) ?? 0,
            Betweenness: (betweenness?.values[i] as number | undefined) ?? 0,
          },
        };
      }
    },
    *links() {
      for (let e = 0; e < edges.source.length; e++) yield { source_id: edges.source[e]! + 1, target_id: edges.target[e]! + 1, strength: edges.strength[e]! };
    },
  };
}
