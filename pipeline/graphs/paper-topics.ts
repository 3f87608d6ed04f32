// Papers linked by shared topics: the cosine of their TF-IDF term vectors (every kept term, not
// only the term map's: topics/select.ts), each vector with one
// more term of its own that no other paper shares, so that a link must rest on enough specific
// evidence: two papers whose only term is "large language model" are not alike at 1.0. Built
// through an inverted index (term → papers), so only papers that share a term are ever compared;
// each paper keeps its k strongest links above a threshold, and the graph is the union of those.
// Papers left without a link are no node of it: they are unclustered, counted in the notes.
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../compare';
import type { Paper, TopicModel } from '../model';
import type { DuckDBSession } from '../engine/duckdb-session';
import type { OffloadOptions } from '../worker-thread';
import { similarityLinks } from './similarity-links';
import { type LinkInput, type Links, sharedTerms, type SparseRows } from './sparse-similarity';
import { joinCell, round6 } from '../cells';
import { topicsOf } from './term-cooccurrence';
import { edgeKey, type GraphEntry, type NodeAttributes, type PaperEdge, type PaperGraph } from './types';

export const PAPER_GRAPH_DEFAULTS = {
  /** Links each paper keeps at most (its strongest); 'auto': see topKFor. */
  k: 'auto' as number | 'auto',
  /** Links below this cosine are not kept. */
  minSimilarity: 0.1,
  /** Shared terms kept as evidence on an edge. */
  evidenceTerms: 5,
  /**
   * The weight of the term of its own each paper's vector gets: ln 1000, the idf of a term in one
   * paper in a thousand. Two papers sharing only terms of total weight w are at most
   * w² / (w² + 6.9²) alike: below the 0.1 threshold for one shared term in more than 10% of the
   * papers, 0.5 for one in 0.1% of them. On hf-daily it turns the 2,229 links at cosine 1.0 on a
   * single shared term into links that weigh how specific that term is.
   */
  unsharedWeight: Math.log(1000),
  /**
   * Terms in more papers than max(minPostingCap, postingShare × papers) do not propose
   * candidates (they still weigh in every cosine). Comparing along a term costs its paper
   * count squared; terms that common say little about which papers belong together.
   */
  postingShare: 0.02,
  minPostingCap: 500,
};
type PaperGraphOptions = typeof PAPER_GRAPH_DEFAULTS;

/**
 * 'auto': 10 links per paper below 10,000 papers, 6 from there. Measured: with 6 links the 140
 * seed papers split (size-weighted stability 0.68, against 0.86 with 10) and 1,000 generated
 * papers lose their planted topics (NMI 0.907, against 0.989); at 3,868 real hf-daily papers 6
 * does as well as 10 (stability 0.86 and 0.83), at 10⁴ generated papers the same (NMI 0.992),
 * and at 10⁵ better (0.946 and 0.937) with 40% fewer links (423,000 against 694,000), which
 * every later stage pays for.
 */
export function topKFor(paperCount: number, option: number | 'auto'): number {
  return option === 'auto' ? (paperCount < 10_000 ? 10 : 6) : option;
}

/**
 * The graph; its similarity pass (the cost) may run on a worker thread, leaving the caller's thread free until the graph is built from its result,
 * or in DuckDB when given a session.
 */
export async function buildPaperGraph(unsorted: Paper[], topics: Pick<TopicModel, 'linkTerms'>, options: Partial<PaperGraphOptions> = {}, run: OffloadOptions = {}, duckdb?: DuckDBSession): Promise<PaperGraph> {
  const plan = planPaperGraph(unsorted, topics, options);
  return paperGraphFrom(plan, await similarityLinks(plan.links, run, duckdb, 'paper'));
}

interface PaperGraphPlan {
  papers: Paper[];
  links: LinkInput;
  termIds: string[];
  evidenceTerms: number;
}

function planPaperGraph(unsorted: Paper[], topics: Pick<TopicModel, 'linkTerms'>, options: Partial<PaperGraphOptions>): PaperGraphPlan {
  const opts = { ...PAPER_GRAPH_DEFAULTS, ...options };
  const papers = [...unsorted].sort((a, b) => compareStrings(a.id, b.id));
  return {
    papers,
    links: {
      rows: tfidfRows(papers, topics, opts.unsharedWeight),
      termCount: topics.linkTerms.ids.length,
      k: topKFor(papers.length, opts.k),
      minSimilarity: opts.minSimilarity,
      cap: Math.max(opts.minPostingCap, Math.ceil(opts.postingShare * papers.length)),
    },
    termIds: topics.linkTerms.ids,
    evidenceTerms: opts.evidenceTerms,
  };
}

/** The papers with at least one link, in id order, and their links. */
function paperGraphFrom({ papers, links, termIds, evidenceTerms }: PaperGraphPlan, { keys, cosines }: Links): PaperGraph {
  const n = papers.length;
  const linked = new Uint8Array(n);
  for (const key of keys) linked[Math.floor(key / n)] = linked[key % n] = 1;
  const graph: PaperGraph = new UndirectedGraph<NodeAttributes, PaperEdge>();
  papers.forEach((paper, i) => linked[i] && graph.addNode(paper.id, { label: paper.title }));
  keys.forEach((key, e) => {
    const a = Math.floor(key / n);
    const b = key % n;
    graph.addEdgeWithKey(edgeKey(papers[a]!.id, papers[b]!.id), papers[a]!.id, papers[b]!.id, {
      weight: cosines[e]!,
      terms: sharedTerms(links.rows, a, b, evidenceTerms).map((t) => termIds[t]!),
    });
  });
  return graph;
}

/** TF-IDF rows (tf = 1 + ln(count), idf = ln(N / papers with the term)) of unit length with their unshared term, which is left out. */
function tfidfRows(papers: Paper[], { linkTerms }: Pick<TopicModel, 'linkTerms'>, unsharedWeight: number): SparseRows {
  const row = new Map(linkTerms.paperIds.map((id, k) => [id, k]));
  const idf = Array.from(linkTerms.papers, (n) => Math.log(papers.length / Math.max(1, n)));
  const start = new Int32Array(papers.length + 1);
  const from = papers.map((paper) => row.get(paper.id) ?? -1);
  from.forEach((k, i) => (start[i + 1] = start[i]! + (k < 0 ? 0 : linkTerms.start[k + 1]! - linkTerms.start[k]!)));
  const term = new Int32Array(start[papers.length]!);
  const weight = new Float64Array(term.length);
  from.forEach((k, i) => {
    if (k < 0) return;
    const offset = linkTerms.start[k]! - start[i]!;
    let squares = unsharedWeight * unsharedWeight;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const t = linkTerms.term[e + offset]!;
      term[e] = t;
      weight[e] = (1 + Math.log(linkTerms.count[e + offset]!)) * idf[t]!;
      squares += weight[e]! * weight[e]!;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let e = start[i]!; e < start[i + 1]!; e++) weight[e]! /= norm;
  });
  return { start, term, weight };
}

export const paperGraph: GraphEntry<PaperEdge> = {
  kind: 'papers',
  title: 'Papers by shared topics',
  entity: 'paper',
  needs: ['topics'],
  build: async (inputs, run) => {
    const graph = await buildPaperGraph(inputs.corpus.papers, topicsOf(inputs), { k: inputs.options['top-k'] ?? 'auto', minSimilarity: inputs.options['min-similarity'] }, run, inputs.duckdb);
    return { graph, notes: { unclusteredPapers: inputs.corpus.papers.length - graph.order } };
  },
  // The cosine for both.
  communityWeight: 'weight',
  centralityWeight: 'weight',
  papersOf: () => (node) => [node],
  edgeReport: {
    file: 'paper_edges.csv',
    columns: ['source', 'target', 'weight', 'shared_terms'],
    row: (_, s, t, e) => [s, t, round6(e.weight), joinCell(e.terms)],
  },
};
