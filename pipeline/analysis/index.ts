// The analysis stage's façade: communities and centrality of a graph (what needs only the
// graph), then each community's description (labels, members, papers per year), which needs the
// topic model. Nothing here writes to the graphs; the contracts are in types.ts.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Corpus, TopicModel } from '../model';
import { compareStrings } from '../compare';
import { computeCentrality } from './centrality';
import { type CommunityOptions, detectCommunities } from './communities';
import { directedCentrality } from './directed';
import { indexGraph } from './graph-index';
import { type LabelInput, labelCommunities } from './labels';
import { nodeTimes } from './node-times';
import { papersPerYear } from './trends';
import type { AnalysedGraph, AnalysisOptions, CommunityInfo, GraphSpec, StructuredGraph } from './types';

const MODULE = 'citegraph/analysis';

export const ANALYSIS_DEFAULTS: Pick<AnalysisOptions, 'rankBy'> = { rankBy: 'count' };

/**
 * Louvain runs when none are asked for: 10, but no more than keep runs × edges ≤ 1.5·10⁶ (at
 * least 3), since one run costs ~2.5 s per 10⁶ edges here and stability needs only a few.
 */
export function autoRuns(edges: number): number {
  return Math.max(3, Math.min(10, Math.floor(1.5e6 / Math.max(1, edges))));
}

/** How a graph's communities are found: the run's options, with as many runs as its size allows. */
export function communityOptions(graph: AbstractGraph, weightAttribute: string, options: AnalysisOptions): CommunityOptions {
  return { algorithm: options.algorithm, runs: options.runs ?? autoRuns(graph.size), seed: options.seed, resolution: options.resolution, weightAttribute };
}

/**
 * The betweenness BFS may run on a worker thread while this thread finds the communities.
 * Weighted degree, eigenvector and PageRank read the entry's centrality weight (a count), or with
 * `rankBy: 'strength'` the tie strength its communities use; the result names the one read.
 */
export async function analyseStructure<E extends Attributes>(spec: GraphSpec<E>, options: AnalysisOptions): Promise<StructuredGraph<E>> {
  const { graph, communityWeight } = spec;
  const centralityWeight = options.rankBy === 'strength' ? communityWeight : spec.centralityWeight;
  // One index serves both when they read the same tie strength.
  const index = indexGraph(graph, communityWeight, MODULE);
  const centrality = computeCentrality(
    graph,
    { betweennessBudget: options.betweennessBudget, seed: options.seed, weightAttribute: centralityWeight },
    centralityWeight === communityWeight ? { index } : {},
  );
  centrality.catch(() => {}); // awaited below, unless community detection throws first
  const communities = detectCommunities(graph, communityOptions(graph, communityWeight, options), index);
  const structured = { ...spec, centralityWeight, communities };
  if (!spec.directed) return { ...structured, centrality: await centrality };
  const undirected = await centrality;
  const { pagerankNotes, ...directed } = directedCentrality(graph);
  return { ...structured, centrality: { ...undirected, ...directed, notes: { ...undirected.notes, pagerank: pagerankNotes } } };
}

/** Labels, members and papers per year of each community; each node's mean year and citations. */
export function describeCommunities<G extends StructuredGraph>(structured: G, corpus: Corpus, topics: TopicModel): G & AnalysedGraph {
  const { graph, communities, centrality } = structured;
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = communities.assignment[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });

  const papersByCommunity = new Map<number, string[]>();
  for (const [c, nodes] of members) papersByCommunity.set(c, [...new Set(nodes.flatMap((n) => structured.papersOf(n)))].sort());
  const labels = labelCommunities(labelInput(structured, members, papersByCommunity, topics));
  const termById = new Map(topics.terms.map((t) => [t.id, t]));
  const yearOf = new Map(corpus.papers.map((p) => [p.id, p.year]));
  const trends = papersPerYear(papersByCommunity, (id) => yearOf.get(id));
  const pagerank = centrality.pagerank;

  const info: CommunityInfo[] = [...members.keys()].sort((a, b) => a - b).map((c) => {
    const nodes = members.get(c)!.sort((a, b) => pagerank[b]! - pagerank[a]! || compareStrings(a, b));
    const { terms, coverage } = labels.get(c) ?? { terms: [], coverage: null };
    const trend = trends.get(c);
    return {
      id: c,
      // Shown with their acronyms; communities without distinctive terms (no abstracts, say)
      // are named after their most central members.
      label: (terms.length ? terms.map((t) => termById.get(t)?.label ?? t) : nodes.slice(0, 3).map((n) => graph.getNodeAttribute(n, 'label'))).join(' · '),
      terms,
      labelCoverage: terms.length ? coverage : null,
      size: nodes.length,
      stability: communities.stability[c] ?? 1,
      modularityShare: communities.modularityShare[c] ?? 0,
      members: nodes,
      byYear: trend?.byYear ?? new Map(),
      unknownYear: trend?.unknown ?? 0,
    };
  });

  const times = nodeTimes(graph.nodes(), structured.papersOf, new Map(corpus.papers.map((p) => [p.id, p])));
  return { ...structured, info, times };
}

/**
 * What labels read: a community's papers and the terms that may name it. A term map's community
 * is named by its own terms, over the papers it holds most of the terms of (a paper of many
 * clusters counts for its main one, ties to the lower id); any other by the terms of its papers.
 */
function labelInput(structured: StructuredGraph, members: Map<number, string[]>, papersByCommunity: Map<number, string[]>, topics: TopicModel): LabelInput {
  const termsOf = new Map([...topics.paperTerms].map(([paper, counts]) => [paper, counts.map((t) => t.term)]));
  const papersWith = new Map(topics.terms.map((t) => [t.id, t.papers]));
  const input = {
    termsOf: (paper: string) => termsOf.get(paper) ?? [],
    corpus: { papers: [...termsOf.values()].filter((terms) => terms.length > 0).length, papersWith: (term: string) => papersWith.get(term) ?? 0 },
  };
  if (structured.entity !== 'term') return { ...input, papers: papersByCommunity };
  const { assignment } = structured.communities;
  const main = new Map<number, string[]>([...members.keys()].map((c) => [c, []]));
  for (const [paper, terms] of termsOf) {
    const count = new Map<number, number>();
    for (const term of terms) if (assignment[term] !== undefined) count.set(assignment[term]!, (count.get(assignment[term]!) ?? 0) + 1);
    let best = -1;
    for (const [c, n] of count) if (best < 0 || n > count.get(best)! || (n === count.get(best)! && c < best)) best = c;
    if (best >= 0) main.get(best)!.push(paper);
  }
  const own = new Map([...members].map(([c, nodes]) => [c, new Set(nodes)]));
  return { ...input, papers: main, candidates: (c) => own.get(c)! };
}
