// Term co-occurrence (as VOSviewer maps it): kept terms linked when they occur in the same
// paper, counted once per paper (binary counting). Besides the raw count, each link carries
// VOSviewer's association strength, s_ij = 2m·c_ij / (c_i·c_j) with c_i the total
// co-occurrences of term i and m the total over all links: observed over expected, so two
// frequent terms are not linked just for being frequent. Clustering and layout use it.
import { UndirectedGraph } from 'graphology';
import { joinCell, round6 } from '../cells';
import type { TopicModel } from '../model';
import { papersByTerm } from '../topics/papers-by-term';
import { edgeKey, type GraphEntry, type GraphInputs, type NodeAttributes, type TermEdge, type TermGraph } from './types';

const TERM_GRAPH_DEFAULTS = {
  /** Paper ids kept as evidence on one link (the first by id); the weight keeps the full count. */
  evidenceLimit: 20,
};

export function buildTermGraph(topics: TopicModel, options: Partial<typeof TERM_GRAPH_DEFAULTS> = {}): TermGraph {
  const { evidenceLimit } = { ...TERM_GRAPH_DEFAULTS, ...options };
  const links = new Map<string, { source: string; target: string; count: number; papers: string[] }>();
  for (const paperId of [...topics.paperTerms.keys()].sort()) {
    const terms = topics.paperTerms.get(paperId)!.map((t) => t.term); // sorted by term
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const key = edgeKey(terms[i]!, terms[j]!);
        const link = links.get(key) ?? { source: terms[i]!, target: terms[j]!, count: 0, papers: [] };
        link.count += 1;
        if (link.papers.length < evidenceLimit) link.papers.push(paperId);
        links.set(key, link);
      }
    }
  }

  const total = new Map<string, number>();
  let m = 0;
  for (const { source, target, count } of links.values()) {
    total.set(source, (total.get(source) ?? 0) + count);
    total.set(target, (total.get(target) ?? 0) + count);
    m += count;
  }

  const graph: TermGraph = new UndirectedGraph<NodeAttributes, TermEdge>();
  for (const term of topics.terms) graph.addNode(term.id, { label: term.label });
  for (const key of [...links.keys()].sort()) {
    const { source, target, count, papers } = links.get(key)!;
    graph.addEdgeWithKey(key, source, target, {
      weight: count,
      association: (2 * m * count) / (total.get(source)! * total.get(target)!),
      papers,
    });
  }
  return graph;
}

export const termGraph: GraphEntry<TermEdge> = {
  kind: 'terms',
  title: 'Terms by co-occurrence',
  entity: 'term',
  needs: ['topics'],
  build: (inputs) => ({ graph: buildTermGraph(topicsOf(inputs)) }),
  // Clustered and laid out on association strength, as VOSviewer maps terms (two frequent terms
  // are not a cluster for being frequent); ranked on co-occurrence counts, so a term's weighted
  // degree is the papers it shares with others.
  communityWeight: 'association',
  centralityWeight: 'weight',
  papersOf: (inputs) => {
    const papers = papersByTerm(topicsOf(inputs));
    return (node) => papers.get(node) ?? [];
  },
  edgeReport: {
    file: 'term_edges.csv',
    columns: ['source', 'target', 'weight', 'association', 'paper_ids'],
    row: (_, s, t, e) => [s, t, e.weight, round6(e.association), joinCell(e.papers)],
  },
};

/** The topic model of inputs that need it (the registry waits for it). */
export function topicsOf(inputs: GraphInputs): TopicModel {
  if (!inputs.topics) throw new Error('graphs: this graph needs the topic model, which is not built yet');
  return inputs.topics;
}
