// The historiograph (Garfield's HistCite, bibliometrix's histNetwork): the papers most cited
// inside the corpus and the citations among them, drawn on a time axis, so the line of a field's
// development reads left to right.
import type { UndirectedGraph } from 'graphology';
import { joinCell } from '../cells';
import { compareStrings } from '../compare';
import type { CitationModel, Corpus } from '../model';
import { citationsOf, withoutCitations } from './citation-inputs';
import { type CitationEdge, citationGraph } from './direct-citation';
import type { GraphEntry, NodeAttributes } from './types';

export const HISTORIOGRAPH_DEFAULTS = {
  /** Papers shown: the most cited inside the corpus (HistCite's default view shows 30). */
  papers: 30,
};

/** The `size` papers of highest local citation score (ties: more global citations, then id), and their citations. */
export function buildHistoriograph(corpus: Corpus, citations: CitationModel, size: number): UndirectedGraph<NodeAttributes, CitationEdge> {
  const lcs = localCitations(citations);
  const gcs = new Map(corpus.papers.map((p) => [p.id, p.citedBy ?? 0]));
  const chosen = new Set(
    [...lcs.keys()].sort((a, b) => lcs.get(b)! - lcs.get(a)! || gcs.get(b)! - gcs.get(a)! || compareStrings(a, b)).slice(0, size),
  );
  return citationGraph(corpus, citations, [...chosen]);
}

export const historiographGraph: GraphEntry<CitationEdge> = {
  kind: 'historiograph',
  title: 'Historiograph',
  entity: 'paper',
  needs: ['citations'],
  skip: withoutCitations,
  build: (inputs) => ({ graph: buildHistoriograph(inputs.corpus, citationsOf(inputs), inputs.options.historiograph) }),
  directed: true,
  layout: 'years',
  communityWeight: 'weight',
  centralityWeight: 'weight',
  papersOf: () => (node) => [node],
  nodeReport: {
    file: 'historiograph.csv',
    columns: ['paper_id', 'label', 'title', 'year', 'local_citations', 'global_citations', 'cites', 'cited_by'],
    row: (inputs) => {
      const papers = new Map(inputs.corpus.papers.map((p) => [p.id, p]));
      const lcs = localCitations(citationsOf(inputs));
      return ({ graph }, node) => {
        const p = papers.get(node)!;
        const cites = graph.filterEdges(node, (_, a, s) => s === node || a.mutual === true).map((e) => graph.opposite(node, e)).sort(compareStrings);
        const citedBy = graph.filterEdges(node, (_, a, s) => s !== node || a.mutual === true).map((e) => graph.opposite(node, e)).sort(compareStrings);
        return [node, graph.getNodeAttribute(node, 'label'), p.title, p.year, lcs.get(node) ?? 0, p.citedBy, joinCell(cites), joinCell(citedBy)];
      };
    },
    withAnalysis: false,
  },
};

/** Each paper's local citation score: the papers of the corpus citing it. */
function localCitations(citations: CitationModel): Map<string, number> {
  const lcs = new Map<string, number>();
  for (const { cited } of citations.links) lcs.set(cited, (lcs.get(cited) ?? 0) + 1);
  return lcs;
}
