// Co-citation of cited references (Small 1973; VOSviewer's co-citation map): the works the
// corpus cites most, linked when a paper cites both. The weight is the count of papers citing
// both; communities and the layout use its association strength (cooccurrence.ts), as VOSviewer
// does, so two classics everyone cites are not a cluster for that alone.
import { joinCell, round6 } from '../cells';
import { compareStrings } from '../compare';
import type { CitationModel, CitedWork } from '../model';
import { citationsOf, withoutReferences } from './citation-inputs';
import { duckdbCocitationLinks } from '../engine/pair-counts';
import { buildCooccurrenceGraph, cooccurrenceGraphFrom, type CooccurrenceEdge } from './cooccurrence';
import type { GraphEntry, GraphInputs } from './types';

const COCITATION_DEFAULTS = {
  /** With no --min-citations: the smallest count (≥ 2) that keeps at most this many works, a map one can read. */
  maxWorks: 1000,
  /** Citing papers kept as evidence on one link (the first by id); the weight keeps the full count. */
  evidenceLimit: 20,
};

/** Works cited at least this often are the map's nodes: the option, else the readable threshold. */
function minCitationsFor(works: readonly CitedWork[], option: number | undefined): number {
  if (option !== undefined) return option;
  const counts = works.map((w) => w.citedBy.length).sort((a, b) => b - a);
  const atLimit = counts[COCITATION_DEFAULTS.maxWorks]; // the first count past the limit
  return Math.max(2, atLimit === undefined ? 2 : atLimit + 1);
}

/** The map's nodes: work key → label. */
const citedItems = (citations: CitationModel, minCitations: number) => new Map(citations.works.filter((w) => w.citedBy.length >= minCitations).map((w) => [w.key, w.label]));

export function buildCocitationGraph(citations: CitationModel, minCitations: number) {
  const items = citedItems(citations, minCitations);
  const documents = new Map<string, string[]>();
  for (const [paper, keys] of citations.referenceKeys) {
    const held = [...new Set(keys.filter((k): k is string => k !== undefined && items.has(k)))].sort(compareStrings);
    if (held.length >= 2) documents.set(paper, held);
  }
  return buildCooccurrenceGraph(items, documents, COCITATION_DEFAULTS.evidenceLimit);
}

const worksOf = (inputs: GraphInputs) => new Map(citationsOf(inputs).works.map((w) => [w.key, w]));

export const cocitationGraph: GraphEntry<CooccurrenceEdge> = {
  kind: 'cocitation',
  title: 'Co-citation of references',
  entity: 'reference',
  needs: ['citations'],
  skip: (inputs) => withoutReferences(inputs) ?? (citationsOf(inputs).works.some((w) => w.citedBy.length >= 2) ? undefined : 'no work is cited by two papers of the corpus'),
  build: async (inputs) => {
    const citations = citationsOf(inputs);
    const min = minCitationsFor(citations.works, inputs.options['min-citations']);
    const graph = inputs.duckdb
      ? cooccurrenceGraphFrom(citedItems(citations, min), await duckdbCocitationLinks(inputs.duckdb, inputs.corpus, citations, min, COCITATION_DEFAULTS.evidenceLimit), 'full')
      : buildCocitationGraph(citations, min);
    return { graph, notes: { minCitations: min } };
  },
  // Clustered on association strength; ranked on co-citation counts, so a work's weighted degree
  // is how often it is cited beside the others (--rank-by strength: on association strength).
  communityWeight: 'association',
  centralityWeight: 'weight',
  // A reference's papers are those citing it: its community is named by what they are about.
  papersOf: (inputs) => {
    const works = worksOf(inputs);
    return (node) => works.get(node)?.citedBy ?? [];
  },
  edgeReport: {
    file: 'cocitation_edges.csv',
    columns: ['source', 'target', 'weight', 'association', 'citing_papers'],
    row: (_, s, t, e) => [s, t, e.weight, round6(e.association), joinCell(e.papers)],
  },
  nodeReport: {
    file: 'cited_references.csv',
    columns: ['key', 'label', 'doi', 'citations', 'paper_id'],
    row: (inputs) => {
      const works = worksOf(inputs);
      return (_, node) => {
        const w = works.get(node)!;
        return [w.key, w.label, w.doi, w.citedBy.length, w.paperId];
      };
    },
    withAnalysis: true,
  },
};
