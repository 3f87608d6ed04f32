// Term co-occurrence (as VOSviewer maps it): kept terms linked when they occur in the same
// paper, counted once per paper (full counting) or 1/(n − 1) per paper of n terms (fractional),
// with VOSviewer's association strength (cooccurrence.ts). Clustering and the VOS layout use the
// association strength.
import { joinCell, round6 } from '../cells';
import type { TopicModel } from '../model';
import { papersByTerm } from '../topics/papers-by-term';
import { duckdbTermLinks } from '../engine/pair-counts';
import { buildCooccurrenceGraph, cooccurrenceGraphFrom, type Counting } from './cooccurrence';
import type { GraphEntry, GraphInputs, TermEdge, TermGraph } from './types';

export const TERM_GRAPH_DEFAULTS = {
  /** Paper ids kept as evidence on one link (the first by id); the weight keeps the full count. */
  evidenceLimit: 20,
  counting: 'full' as Counting,
};

export function buildTermGraph(topics: TopicModel, options: Partial<typeof TERM_GRAPH_DEFAULTS> = {}): TermGraph {
  const { evidenceLimit, counting } = { ...TERM_GRAPH_DEFAULTS, ...options };
  const terms = termItems(topics);
  const documents = new Map([...topics.paperTerms].map(([paper, counts]) => [paper, counts.map((t) => t.term)])); // sorted by term
  return buildCooccurrenceGraph(terms, documents, evidenceLimit, counting);
}

const termItems = (topics: TopicModel) => new Map(topics.terms.map((t) => [t.id, t.label]));

/** The term graph by the run's engine. */
async function termGraphOf(inputs: GraphInputs): Promise<TermGraph> {
  const topics = topicsOf(inputs);
  const { counting } = inputs.options;
  if (!inputs.duckdb) return buildTermGraph(topics, { counting });
  return cooccurrenceGraphFrom(termItems(topics), await duckdbTermLinks(inputs.duckdb, inputs.corpus, topics, TERM_GRAPH_DEFAULTS.evidenceLimit, counting), counting);
}

export const termGraph: GraphEntry<TermEdge> = {
  kind: 'terms',
  title: 'Terms by co-occurrence',
  entity: 'term',
  needs: ['topics'],
  build: async (inputs) => ({ graph: await termGraphOf(inputs) }),
  layout: 'vos',
  // Clustered and laid out on association strength, as VOSviewer maps terms (two frequent terms
  // are not a cluster for being frequent); ranked on co-occurrence counts, so a term's weighted
  // degree is the papers it shares with others (--rank-by strength: on association strength).
  communityWeight: 'association',
  centralityWeight: 'weight',
  papersOf: (inputs) => {
    const papers = papersByTerm(topicsOf(inputs));
    return (node) => papers.get(node) ?? [];
  },
  edgeReport: {
    file: 'term_edges.csv',
    columns: ['source', 'target', 'weight', 'fractional', 'association', 'paper_ids'],
    row: (_, s, t, e) => [s, t, e.weight, e.fractional === undefined ? undefined : round6(e.fractional), round6(e.association), joinCell(e.papers)],
  },
};

/** The topic model of inputs that need it (the registry waits for it). */
export function topicsOf(inputs: GraphInputs): TopicModel {
  if (!inputs.topics) throw new Error('graphs: this graph needs the topic model, which is not built yet');
  return inputs.topics;
}
