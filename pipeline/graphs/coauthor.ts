// Co-author graph: authors linked by the papers they wrote together.
import { UndirectedGraph } from 'graphology';
import type { Corpus } from '../model';
import { type CoauthorEdge, type CoauthorGraph, edgeKey, type NodeAttributes } from './types';

export const COAUTHOR_DEFAULTS = {
  /**
   * Papers with more authors add no links (their authors still count them), as VOSviewer does:
   * a consortium paper with 3,000 authors would otherwise add 4.5 million edges that say little.
   */
  maxAuthors: 25,
};

export interface CoauthorResult {
  graph: CoauthorGraph;
  /** Ids of papers left out of the links by `maxAuthors`. */
  skippedPapers: string[];
}

export function buildCoauthorGraph(corpus: Corpus, options: Partial<typeof COAUTHOR_DEFAULTS> = {}): CoauthorResult {
  const { maxAuthors } = { ...COAUTHOR_DEFAULTS, ...options };
  const edges = new Map<string, CoauthorEdge & { source: string; target: string }>();
  const skippedPapers: string[] = [];
  for (const paper of corpus.papers) {
    const n = paper.authors.length;
    if (n < 2) continue;
    if (n > maxAuthors) {
      skippedPapers.push(paper.id);
      continue;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = paper.authors[i]!;
        const b = paper.authors[j]!;
        const key = edgeKey(a, b);
        const edge = edges.get(key) ?? { source: a < b ? a : b, target: a < b ? b : a, weight: 0, fractional: 0, papers: [] };
        edge.weight += 1;
        edge.fractional += 1 / (n - 1);
        edge.papers.push(paper.id);
        edges.set(key, edge);
      }
    }
  }

  // Insertion order decides Louvain's result even with a seeded rng: insert sorted.
  const graph: CoauthorGraph = new UndirectedGraph<NodeAttributes, CoauthorEdge>();
  for (const author of corpus.authors) graph.addNode(author.id, { label: author.name });
  for (const key of [...edges.keys()].sort()) {
    const { source, target, ...attributes } = edges.get(key)!;
    graph.addEdgeWithKey(key, source, target, attributes);
  }
  return { graph, skippedPapers };
}
