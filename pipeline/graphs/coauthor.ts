// Co-author graph: authors linked by the papers they wrote together.
import { UndirectedGraph } from 'graphology';
import { joinCell, round6 } from '../cells';
import type { Corpus } from '../model';
import type { DuckDBSession } from '../engine/duckdb-session';
import { duckdbCoauthorPairs } from '../engine/pair-counts';
import { type CoauthorEdge, type CoauthorGraph, edgeKey, type GraphEntry, type NodeAttributes } from './types';

export const COAUTHOR_DEFAULTS = {
  /**
   * Papers with more authors add no links (their authors still count them), as VOSviewer does:
   * a consortium paper with 3,000 authors would otherwise add 4.5 million edges that say little.
   */
  maxAuthors: 25,
};

interface CoauthorResult {
  graph: CoauthorGraph;
  /** Ids of papers left out of the links by `maxAuthors`. */
  skippedPapers: string[];
}

export function buildCoauthorGraph(corpus: Corpus, options: Partial<typeof COAUTHOR_DEFAULTS> = {}): CoauthorResult {
  const { maxAuthors } = { ...COAUTHOR_DEFAULTS, ...options };
  const ids = sortedAuthorIds(corpus);
  return { graph: coauthorGraphFrom(corpus, ids, countCoauthorPairs(corpus, ids, maxAuthors)), skippedPapers: papersOverMaxAuthors(corpus, maxAuthors) };
}

/**
 * Pairs are keyed by number (i·n + j over the sorted author ids, i < j): at 10⁵ authors and
 * 10⁶ pairs, string keys cost seconds. Numeric order is then the sorted order of the ids.
 */
export type CoauthorPairs = Map<number, CoauthorEdge>;

/** Author ids in code-unit order: pair keys index them. */
export const sortedAuthorIds = (corpus: Corpus): string[] => corpus.authors.map((a) => a.id).sort();

/** Ids of papers left out of the links by `maxAuthors`. */
export const papersOverMaxAuthors = (corpus: Corpus, maxAuthors: number): string[] => corpus.papers.filter((p) => p.authors.length > maxAuthors).map((p) => p.id);

function countCoauthorPairs(corpus: Corpus, ids: readonly string[], maxAuthors: number): CoauthorPairs {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const edges: CoauthorPairs = new Map();
  for (const paper of corpus.papers) {
    const size = paper.authors.length;
    if (size < 2 || size > maxAuthors) continue;
    const members = paper.authors.map((a) => index.get(a)!);
    for (let x = 0; x < size; x++) {
      for (let y = x + 1; y < size; y++) {
        const i = Math.min(members[x]!, members[y]!);
        const j = Math.max(members[x]!, members[y]!);
        const key = i * n + j;
        const edge = edges.get(key) ?? { weight: 0, fractional: 0, papers: [] };
        edge.weight += 1;
        edge.fractional += 1 / (size - 1);
        edge.papers.push(paper.id);
        edges.set(key, edge);
      }
    }
  }
  return edges;
}

function coauthorGraphFrom(corpus: Corpus, ids: readonly string[], edges: CoauthorPairs): CoauthorGraph {
  // Insertion order decides Louvain's result even with a seeded rng: insert sorted.
  const n = ids.length;
  const graph: CoauthorGraph = new UndirectedGraph<NodeAttributes, CoauthorEdge>();
  for (const author of corpus.authors) graph.addNode(author.id, { label: author.name });
  for (const key of Float64Array.from(edges.keys()).sort()) {
    const source = ids[Math.floor(key / n)]!;
    const target = ids[key % n]!;
    graph.addEdgeWithKey(edgeKey(source, target), source, target, edges.get(key)!);
  }
  return graph;
}

/** The same graph with the pairs counted in DuckDB. */
async function coauthorGraphInDuckDB(db: DuckDBSession, corpus: Corpus, maxAuthors: number): Promise<CoauthorResult> {
  const ids = sortedAuthorIds(corpus);
  return { graph: coauthorGraphFrom(corpus, ids, await duckdbCoauthorPairs(db, corpus, maxAuthors)), skippedPapers: papersOverMaxAuthors(corpus, maxAuthors) };
}

export const coauthorGraph: GraphEntry<CoauthorEdge> = {
  kind: 'coauthor',
  title: 'Co-authors',
  entity: 'author',
  needs: [],
  build: async ({ corpus, options, duckdb }) => {
    const maxAuthors = options['max-authors'];
    const { graph, skippedPapers } = duckdb ? await coauthorGraphInDuckDB(duckdb, corpus, maxAuthors) : buildCoauthorGraph(corpus, { maxAuthors });
    return { graph, notes: { papersOverMaxAuthors: skippedPapers.length } };
  },
  // Joint papers (full counting) for both; the fractional weight is reported beside it.
  communityWeight: 'weight',
  centralityWeight: 'weight',
  papersOf: ({ corpus }) => {
    const papers = new Map(corpus.authors.map((a) => [a.id, a.paperIds]));
    return (node) => papers.get(node) ?? [];
  },
  edgeReport: {
    file: 'coauthor_edges.csv',
    columns: ['source', 'target', 'source_name', 'target_name', 'weight', 'fractional', 'paper_ids'],
    row: (graph, s, t, e) => [s, t, graph.getNodeAttribute(s, 'label'), graph.getNodeAttribute(t, 'label'), e.weight, round6(e.fractional), joinCell(e.papers)],
  },
};
