// The analysis stage's façade: communities and centrality of a graph (what needs only the
// graph), then each community's description (labels, members, papers per year), which needs the
// topic model. Nothing here writes to the graphs; the contracts are in types.ts.
import type { Attributes } from 'graphology-types';
import type { Corpus, TopicModel } from '../model';
import { compareStrings } from '../compare';
import { computeCentrality } from './centrality';
import { detectCommunities } from './communities';
import { directedCentrality } from './directed';
import { indexGraph } from './graph-index';
import { labelCommunities } from './labels';
import { nodeTimes } from './node-times';
import { papersPerYear } from './trends';
import type { AnalysedGraph, AnalysisOptions, CommunityInfo, GraphSpec, StructuredGraph } from './types';

const MODULE = 'citegraph/analysis';

/**
 * Louvain runs when none are asked for: 10, but no more than keep runs × edges ≤ 1.5·10⁶ (at
 * least 3), since one run costs ~2.5 s per 10⁶ edges here and stability needs only a few.
 */
export function autoRuns(edges: number): number {
  return Math.max(3, Math.min(10, Math.floor(1.5e6 / Math.max(1, edges))));
}

/** Betweenness pivots when none are asked for: 500, but pivots × edges ≤ 5·10⁷ (at least 50); the error stated grows accordingly. */
export function autoPivots(edges: number): number {
  return Math.max(50, Math.min(500, Math.floor(5e7 / Math.max(1, edges))));
}

/** The betweenness BFS may run on a worker thread while this thread finds the communities. */
export async function analyseStructure<E extends Attributes>(spec: GraphSpec<E>, options: AnalysisOptions): Promise<StructuredGraph<E>> {
  const { graph, communityWeight, centralityWeight } = spec;
  // One index serves both when they read the same tie strength.
  const index = indexGraph(graph, communityWeight, MODULE);
  const centrality = computeCentrality(
    graph,
    { exactBetweenness: options.exactBetweenness, pivots: options.pivots ?? autoPivots(graph.size), seed: options.seed, weightAttribute: centralityWeight },
    centralityWeight === communityWeight ? { index } : {},
  );
  centrality.catch(() => {}); // awaited below, unless community detection throws first
  const communityOptions = { algorithm: options.algorithm, runs: options.runs ?? autoRuns(graph.size), seed: options.seed, resolution: options.resolution, weightAttribute: communityWeight };
  const communities = detectCommunities(graph, communityOptions, index);
  if (!spec.directed) return { ...spec, communities, centrality: await centrality };
  return { ...spec, communities, centrality: { ...(await centrality), ...directedCentrality(graph, MODULE) } };
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

  // Each community is described by the terms of its papers, each paper counted once, weighted
  // by the term's relevance so that words spread over the whole field ("data", "network") do
  // not name a cluster just for being frequent.
  const termById = new Map(topics.terms.map((t) => [t.id, t]));
  const termCounts = new Map<number, Map<string, number>>();
  const papersByCommunity = new Map<number, string[]>();
  for (const [c, nodes] of members) {
    const papers = [...new Set(nodes.flatMap((n) => structured.papersOf(n)))].sort();
    papersByCommunity.set(c, papers);
    const counts = new Map<string, number>();
    if (structured.entity === 'term') {
      for (const n of nodes) counts.set(n, (termById.get(n)?.occurrences ?? 0) * (termById.get(n)?.relevance ?? 0));
    } else {
      for (const p of papers) {
        for (const { term, count } of topics.paperTerms.get(p) ?? []) {
          counts.set(term, (counts.get(term) ?? 0) + count * (termById.get(term)?.relevance ?? 0));
        }
      }
    }
    termCounts.set(c, counts);
  }
  const labels = labelCommunities(termCounts, { top: 3 });
  const yearOf = new Map(corpus.papers.map((p) => [p.id, p.year]));
  const trends = papersPerYear(papersByCommunity, (id) => yearOf.get(id));
  const pagerank = centrality.pagerank;

  const info: CommunityInfo[] = [...members.keys()].sort((a, b) => a - b).map((c) => {
    const nodes = members.get(c)!.sort((a, b) => pagerank[b]! - pagerank[a]! || compareStrings(a, b));
    const terms = labels.get(c)?.terms ?? [];
    const trend = trends.get(c);
    return {
      id: c,
      // Shown with their acronyms; communities without distinctive terms (no abstracts, say)
      // are named after their most central members.
      label: (terms.length ? terms.map((t) => termById.get(t)?.label ?? t) : nodes.slice(0, 3).map((n) => graph.getNodeAttribute(n, 'label'))).join(' · '),
      terms,
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
