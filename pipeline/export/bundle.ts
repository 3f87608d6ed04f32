// The view bundle: every graph with positions, colours, metrics and evidence, plus the paper,
// author and term tables the details panel reads. Each graph holds what the layout stage chose
// for the view (see layout/view-subset.ts), with a note when that is not all of it.
import { type BundleEdge, type BundleGraph, type BundleNode, METRICS, type ViewBundle } from '../bundle-model';
import type { CoauthorEdge, PaperEdge, TermEdge } from '../graphs/types';
import type { LaidOutGraph } from '../layout/index';
import type { Corpus, TopicModel } from '../model';
import { papersByTerm } from '../topics/papers-by-term';
import { communityColor, round6 } from './format';
import { formatSource } from './reports';

export function buildBundle(
  corpus: Corpus,
  topics: TopicModel,
  graphs: [LaidOutGraph<CoauthorEdge>, LaidOutGraph<PaperEdge>, LaidOutGraph<TermEdge>],
): ViewBundle {
  const yearOf = new Map(corpus.papers.map((p) => [p.id, p.year]));
  const categoriesOf = new Map(corpus.papers.map((p) => [p.id, p.categories]));
  const termPapers = papersByTerm(topics);
  return {
    version: 1,
    papers: Object.fromEntries(
      corpus.papers.map((p) => [
        p.id,
        {
          title: p.title,
          authors: p.authors,
          ...(p.year !== undefined ? { year: p.year } : {}),
          ...(p.date !== undefined ? { date: p.date } : {}),
          categories: p.categories,
          hasCode: p.hasCode,
          sources: p.sources.map(formatSource),
          abstract: p.abstract,
          authorCount: p.authorCount,
          authorsTruncated: p.authorsTruncated,
        },
      ]),
    ),
    authors: Object.fromEntries(corpus.authors.map((a) => [a.id, { name: a.name, variants: a.variants, paperIds: a.paperIds }])),
    terms: Object.fromEntries(
      topics.terms.map((t) => [t.id, { label: t.label, variants: t.variants, occurrences: t.occurrences, paperIds: termPapers.get(t.id) ?? [] }]),
    ),
    graphs: graphs.map((g) =>
      bundleGraph(g as LaidOutGraph, (node) => {
        const papers = g.papersOf(node);
        return {
          years: distinctSorted(papers.map((p) => yearOf.get(p)).filter((y): y is number => y !== undefined)),
          categories: distinctSorted(papers.flatMap((p) => categoriesOf.get(p) ?? [])),
        };
      }),
    ),
  };
}

function bundleGraph(g: LaidOutGraph, facets: (node: string) => Pick<BundleNode, 'years' | 'categories'>): BundleGraph {
  const { graph, centrality, communities } = g;
  const { nodes, edges, filtered } = g.view;
  const shownSize = new Map<number, number>();
  for (const node of nodes) shownSize.set(communities.assignment[node]!, (shownSize.get(communities.assignment[node]!) ?? 0) + 1);

  return {
    kind: g.kind,
    title: g.title,
    nodes: nodes.map((id): BundleNode => {
      const community = communities.assignment[id]!;
      return {
        id,
        label: graph.getNodeAttribute(id, 'label'),
        ...g.positions[id]!,
        community,
        color: communityColor(community, g.info[community]!.size),
        metrics: Object.fromEntries(METRICS.map((m) => [m, round6(centrality[m][id] ?? 0)])) as BundleNode['metrics'],
        ...facets(id),
      };
    }),
    edges: edges.map((e) => bundleEdge(graph.source(e), graph.target(e), graph.getEdgeAttributes(e) as Record<string, unknown>)),
    communities: g.info
      .filter((c) => shownSize.has(c.id))
      .map((c) => ({
        id: c.id,
        label: c.label,
        terms: c.terms,
        size: c.size,
        color: communityColor(c.id, c.size),
        stability: round6(c.stability),
      })),
    modularity: communities.modularity === null ? null : round6(communities.modularity),
    ...(filtered ? { filtered } : {}),
  };
}

function bundleEdge(source: string, target: string, a: Record<string, unknown>): BundleEdge {
  const edge: BundleEdge = { source, target, weight: round6(a.weight as number), evidence: {} };
  if (Array.isArray(a.papers)) edge.evidence.papers = a.papers as string[];
  if (Array.isArray(a.terms)) edge.evidence.terms = a.terms as string[];
  if (typeof a.fractional === 'number') edge.fractional = round6(a.fractional);
  if (typeof a.association === 'number') edge.association = round6(a.association);
  return edge;
}

function distinctSorted<T extends string | number>(values: T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
