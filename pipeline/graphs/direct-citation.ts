// Direct citation (Garfield's historiography, VOSviewer's citation map): papers of the corpus
// linked from the citing to the cited paper. In- and out-degree (the local citation score) and
// PageRank follow the citations; communities are those of the links read undirected.
import { UndirectedGraph } from 'graphology';
import type { Corpus, CitationModel } from '../model';
import { citationsOf, shortLabels, withoutCitations } from './citation-inputs';
import { edgeKey, type GraphEntry, type NodeAttributes } from './types';

export interface CitationEdge {
  /** 1, or 2 for two papers citing each other (one edge, `mutual`). */
  weight: number;
  /** What matched the reference to the cited paper: an identifier kind, or "key". */
  matchedBy: string;
  mutual: boolean;
  /** On the main path (citations/main-path.ts). */
  mainPath: boolean;
}

export function buildDirectCitationGraph(corpus: Corpus, citations: CitationModel): UndirectedGraph<NodeAttributes, CitationEdge> {
  return citationGraph(corpus, citations, [...new Set(citations.links.flatMap((l) => [l.citing, l.cited]))]);
}

/** The papers `nodes` and the citations among them, main-path citations marked. */
export function citationGraph(corpus: Corpus, citations: CitationModel, nodes: readonly string[]): UndirectedGraph<NodeAttributes, CitationEdge> {
  const label = shortLabels(corpus);
  const onPath = new Set(citations.mainPath.links.map((l) => edgeKey(l.citing, l.cited)));
  const graph = new UndirectedGraph<NodeAttributes, CitationEdge>();
  for (const paper of [...nodes].sort()) graph.addNode(paper, { label: label(paper) });
  for (const { citing, cited, matchedBy } of citations.links) {
    if (!graph.hasNode(citing) || !graph.hasNode(cited)) continue;
    const key = edgeKey(citing, cited);
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, { weight: 2, mutual: true });
    else graph.addEdgeWithKey(key, citing, cited, { weight: 1, matchedBy, mutual: false, mainPath: onPath.has(key) });
  }
  return graph;
}

export const directCitationGraph: GraphEntry<CitationEdge> = {
  kind: 'direct-citation',
  title: 'Direct citation',
  entity: 'paper',
  needs: ['citations'],
  skip: withoutCitations,
  build: (inputs) => ({ graph: buildDirectCitationGraph(inputs.corpus, citationsOf(inputs)) }),
  directed: true,
  communityWeight: 'weight',
  centralityWeight: 'weight',
  papersOf: () => (node) => [node],
  edgeReport: {
    file: 'citations.csv',
    columns: ['citing', 'cited', 'citing_label', 'cited_label', 'matched_by', 'mutual', 'main_path'],
    row: (graph, s, t, e) => [s, t, graph.getNodeAttribute(s, 'label'), graph.getNodeAttribute(t, 'label'), e.matchedBy, e.mutual, e.mainPath],
  },
};
