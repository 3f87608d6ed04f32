// CSV reports of the graphs: edges with their evidence, terms, communities, and the analysis
// columns (community, label, centralities) that papers.csv and authors.csv gain.
import { join } from 'node:path';
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph, GraphSpec } from '../analyse';
import { formatTrend } from '../analysis/trends';
import { METRICS, type MetricName } from '../bundle-model';
import type { CoauthorEdge, PaperEdge, TermEdge } from '../graphs/types';
import type { TopicModel } from '../model';
import { type Cell, joinCell, writeCsv } from './csv';
import { round6 } from './format';

export const METRIC_COLUMNS = ['degree', 'weighted_degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank'] as const;
export const ANALYSIS_COLUMNS = ['community', 'community_label', ...METRIC_COLUMNS] as const;

/** A node's community, its label and every centrality, in ANALYSIS_COLUMNS order. */
export function analysisCells(analysed: AnalysedGraph, node: string): Cell[] {
  const community = analysed.communities.assignment[node];
  if (community === undefined) return ANALYSIS_COLUMNS.map(() => undefined);
  return [community, analysed.info[community]?.label, ...METRICS.map((m: MetricName) => round6(analysed.centrality[m][node] ?? 0))];
}

const label = (g: GraphSpec<Attributes>, node: string) => g.graph.getNodeAttribute(node, 'label');

export function writeCoauthorEdges(dir: string, g: GraphSpec<CoauthorEdge>): Promise<number> {
  return writeCsv(
    join(dir, 'coauthor_edges.csv'),
    ['source', 'target', 'source_name', 'target_name', 'weight', 'fractional', 'paper_ids'],
    mapEdges(g, (s, t, e) => [s, t, label(g, s), label(g, t), e.weight, round6(e.fractional), joinCell(e.papers)]),
  );
}

export function writePaperEdges(dir: string, g: GraphSpec<PaperEdge>): Promise<number> {
  return writeCsv(join(dir, 'paper_edges.csv'), ['source', 'target', 'weight', 'shared_terms'], mapEdges(g, (s, t, e) => [s, t, round6(e.weight), joinCell(e.terms)]));
}

export function writeTermEdges(dir: string, g: GraphSpec<TermEdge>): Promise<number> {
  return writeCsv(
    join(dir, 'term_edges.csv'),
    ['source', 'target', 'weight', 'association', 'paper_ids'],
    mapEdges(g, (s, t, e) => [s, t, e.weight, round6(e.association), joinCell(e.papers)]),
  );
}

/** terms.csv, with the term graph's analysis, and communities.csv for every graph. */
export async function writeCommunityReports(dir: string, graphs: readonly AnalysedGraph[], terms: AnalysedGraph<TermEdge>, topics: TopicModel): Promise<void> {
  await writeCsv(
    join(dir, 'terms.csv'),
    ['term', 'label', 'variants', 'occurrences', 'papers', 'relevance', ...ANALYSIS_COLUMNS],
    topics.terms.map((t): Cell[] => [t.id, t.label, joinCell(t.variants), t.occurrences, t.papers, round6(t.relevance), ...analysisCells(terms, t.id)]),
  );
  await writeCsv(
    join(dir, 'communities.csv'),
    ['graph', 'community', 'label', 'size', 'stability', 'modularity_share', 'top_members', 'papers_per_year'],
    graphs.flatMap((g) =>
      g.info.map((c): Cell[] => [
        g.kind, c.id, c.label, c.size, round6(c.stability), round6(c.modularityShare),
        joinCell(c.members.slice(0, 5).map((m) => label(g, m))), formatTrend({ byYear: c.byYear, unknown: c.unknownYear }),
      ]),
    ),
  );
}

function* mapEdges<E extends Attributes>(g: GraphSpec<E>, row: (source: string, target: string, attributes: E) => Cell[]): Generator<Cell[]> {
  for (const { source, target, attributes } of g.graph.edgeEntries()) yield row(source, target, attributes);
}
