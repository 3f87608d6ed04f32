// CSV reports of the graphs: edges with their evidence, terms, communities, and the analysis
// columns (community, label, centralities) that papers.csv and authors.csv gain.
import { join } from 'node:path';
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph, GraphSpec, YearTrend } from '../analysis/types';
import { METRICS, type MetricName } from '../bundle-model';
import type { EdgeReport, GraphInputs, NodeReport } from '../graphs/types';
import type { Corpus, TopicModel } from '../model';
import { type Cell, joinCell, round6 } from '../cells';
import { writeCsv } from './csv';
import { TERM_FIELDS, termCells } from './node-fields';

const METRIC_COLUMNS = ['degree', 'weighted_degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank'] as const;
/** Then the node's mean publication year and mean citations over its papers (analysis/node-times.ts). */
export const ANALYSIS_COLUMNS = ['community', 'community_label', ...METRIC_COLUMNS, 'mean_year', 'mean_citations'] as const;

/** A node's community, its label and every centrality, in ANALYSIS_COLUMNS order. */
export function analysisCells(analysed: AnalysedGraph, node: string): Cell[] {
  const community = analysed.communities.assignment[node];
  if (community === undefined) return ANALYSIS_COLUMNS.map(() => undefined);
  const { meanYear, meanCitations } = analysed.times;
  return [
    community, analysed.info[community]?.label, ...METRICS.map((m: MetricName) => round6(analysed.centrality[m][node] ?? 0)),
    optional(meanYear[node]), optional(meanCitations[node]),
  ];
}

const optional = (value: number | undefined) => (value === undefined ? undefined : round6(value));

const label = (g: GraphSpec, node: string) => g.graph.getNodeAttribute(node, 'label');

/** A graph's table of nodes, as its registry entry writes it, with their analysis when it asks. */
export function writeNodeReport<E extends Attributes>(dir: string, g: AnalysedGraph<E>, report: NodeReport<E>, inputs: GraphInputs): Promise<number> {
  const row = report.row(inputs);
  const columns = report.withAnalysis ? [...report.columns, ...ANALYSIS_COLUMNS] : report.columns;
  return writeCsv(join(dir, report.file), columns, g.graph.mapNodes((node) => (report.withAnalysis ? [...row(g, node), ...analysisCells(g, node)] : row(g, node))));
}

/** A graph's edge list, as its registry entry writes it. */
export function writeEdgeReport<E extends Attributes>(dir: string, g: GraphSpec<E>, report: EdgeReport<E>): Promise<number> {
  return writeCsv(join(dir, report.file), report.columns, mapEdges(g, (s, t, e) => report.row(g.graph, s, t, e)));
}

/** terms.csv, with the term graph's analysis, and communities.csv for every graph. */
export async function writeCommunityReports(dir: string, graphs: readonly AnalysedGraph[], terms: AnalysedGraph, corpus: Corpus, topics: TopicModel): Promise<void> {
  const cells = termCells(corpus, topics);
  await writeCsv(
    join(dir, 'terms.csv'),
    ['term', ...TERM_FIELDS, ...ANALYSIS_COLUMNS],
    topics.terms.map((t): Cell[] => [t.id, ...cells(t), ...analysisCells(terms, t.id)]),
  );
  await writeCsv(
    join(dir, 'communities.csv'),
    ['graph', 'community', 'label', 'label_coverage', 'size', 'stability', 'modularity_share', 'top_members', 'papers_per_year'],
    graphs.flatMap((g) =>
      g.info.map((c): Cell[] => [
        g.kind, c.id, c.label, c.labelCoverage === null ? undefined : round6(c.labelCoverage), c.size, round6(c.stability), round6(c.modularityShare),
        joinCell(c.members.slice(0, 5).map((m) => label(g, m))), formatTrend({ byYear: c.byYear, unknown: c.unknownYear }),
      ]),
    ),
  );
}

function* mapEdges<E extends Attributes>(g: GraphSpec<E>, row: (source: string, target: string, attributes: E) => Cell[]): Generator<Cell[]> {
  for (const { source, target, attributes } of g.graph.edgeEntries()) yield row(source, target, attributes);
}

/** "2019:2; 2020:5; unknown:3": years ascending, "unknown" last and only when > 0; "" when empty. */
export function formatTrend(trend: YearTrend): string {
  const parts = [...trend.byYear].sort(([a], [b]) => a - b).map(([year, count]) => `${year}:${count}`);
  if (trend.unknown > 0) parts.push(`unknown:${trend.unknown}`);
  return parts.join('; ');
}
