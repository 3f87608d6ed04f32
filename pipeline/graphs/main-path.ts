// The main path (citations/main-path.ts) as a graph of its own, on a time axis like the
// historiograph: the chain of citations through which most of the field's knowledge flowed.
// In the direct-citation graph the same citations are marked `mainPath`.
import { UndirectedGraph } from 'graphology';
import { round6 } from '../cells';
import type { CitationModel, Corpus } from '../model';
import { citationsOf, shortLabels, withoutCitations } from './citation-inputs';
import { edgeKey, type GraphEntry, type NodeAttributes } from './types';

export interface MainPathEdge {
  /** The link's search path count relative to the highest (1 for the top key route). */
  weight: number;
  spc: number;
  mutual: false;
}

function buildMainPathGraph(corpus: Corpus, citations: CitationModel): UndirectedGraph<NodeAttributes, MainPathEdge> {
  const label = shortLabels(corpus);
  const graph = new UndirectedGraph<NodeAttributes, MainPathEdge>();
  for (const paper of citations.mainPath.papers) graph.addNode(paper, { label: label(paper) });
  for (const { citing, cited, spc } of citations.mainPath.links) graph.addEdgeWithKey(edgeKey(citing, cited), citing, cited, { weight: spc, spc, mutual: false });
  return graph;
}

export const mainPathGraph: GraphEntry<MainPathEdge> = {
  kind: 'main-path',
  title: 'Main path',
  entity: 'paper',
  needs: ['citations'],
  skip: withoutCitations,
  build: (inputs) => {
    const citations = citationsOf(inputs);
    return { graph: buildMainPathGraph(inputs.corpus, citations), notes: { citationsLeftOutOfMainPath: citations.mainPath.leftOut } };
  },
  directed: true,
  layout: 'years',
  communityWeight: 'weight',
  centralityWeight: 'weight',
  papersOf: () => (node) => [node],
  edgeReport: {
    file: 'main_path.csv',
    columns: ['citing', 'cited', 'citing_label', 'cited_label', 'spc'],
    row: (graph, s, t, e) => [s, t, graph.getNodeAttribute(s, 'label'), graph.getNodeAttribute(t, 'label'), round6(e.spc)],
  },
};
