// The CSV reports a reader opens in a spreadsheet: one row per paper, author, reject, warning and
// merge decision.
import { join } from 'node:path';
import type { AnalysedGraph } from '../analysis/types';
import type { Entity } from '../graphs/types';
import type { CitationModel, Corpus, TopicModel, Warning } from '../model';
import { type Cell, joinCell } from '../cells';
import { writeCsv } from './csv';
import { ANALYSIS_COLUMNS, analysisCells, writeCommunityReports } from './graph-reports';
import { AUTHOR_FIELDS, authorCells, formatSource, PAPER_FIELDS, paperCells } from './node-fields';

export { formatSource } from './node-fields';

const PAPER_COLUMNS = ['id', ...PAPER_FIELDS, ...ANALYSIS_COLUMNS] as const;
const AUTHOR_COLUMNS = ['id', ...AUTHOR_FIELDS, ...ANALYSIS_COLUMNS] as const;
const REFERENCE_COLUMNS = [
  'paper_id', 'position', 'raw', 'first_author', 'year', 'source', 'volume', 'page', 'title', 'doi', 'ids', 'work', 'matched_paper_id',
] as const;
const REJECT_COLUMNS = ['file', 'line', 'reason', 'excerpt'] as const;
const WARNING_COLUMNS = ['file', 'line', 'field', 'value', 'reason'] as const;
const MERGE_COLUMNS = ['decision', 'paper_id', 'title', 'sources', 'rule', 'other_paper_id', 'other_title', 'other_sources', 'reason'] as const;

/**
 * Every report that is not one graph's edge list: papers.csv, authors.csv and terms.csv, each
 * with the community and centralities of the first graph of its entity in the registry (the
 * paper, co-author and term graphs), communities.csv for every graph, the papers' cited
 * references, and the rejects, warnings and merge decisions.
 */
export async function writeReports(dir: string, corpus: Corpus, topics: TopicModel, citations: CitationModel, graphs: readonly AnalysedGraph[]): Promise<void> {
  const graphOf = (entity: Entity) => {
    const graph = graphs.find((g) => g.entity === entity);
    if (!graph) throw new Error(`reports: no ${entity} graph in the registry`);
    return graph;
  };
  const [papers, coauthor] = [graphOf('paper'), graphOf('author')];
  await writePaperReport(dir, corpus, citations, (id) => analysisCells(papers, id));
  await writeAuthorReport(dir, corpus, (id) => analysisCells(coauthor, id));
  await writeReferenceReport(dir, corpus, citations);
  await writeCommunityReports(dir, graphs, graphOf('term'), corpus, topics);
  await writeRejectReport(dir, corpus);
  await writeWarningReport(dir, [...corpus.warnings, ...citations.warnings]);
  await writeMergeReport(dir, corpus);
}

/** A node's cells in ANALYSIS_COLUMNS order (graph-reports.ts). */
type NodeAnalysis = (node: string) => Cell[];

/** papers.csv carries each paper's community and centralities in the paper graph. */
export async function writePaperReport(dir: string, corpus: Corpus, citations: CitationModel, analysis: NodeAnalysis): Promise<void> {
  const cells = paperCells(corpus, citations);
  await writeCsv(join(dir, 'papers.csv'), PAPER_COLUMNS, corpus.papers.map((p): Cell[] => [p.id, ...cells(p), ...analysis(p.id)]));
}

/**
 * references.csv: one row per cited reference of each paper, in its list's order (a generator:
 * a million references are never held as rows). matched_paper_id, the paper of the corpus a
 * reference is, stays empty until the citations stage matches them.
 */
/**
 * references.csv: every reference of every paper, with the cited work it names (the citations
 * stage's key, as in cited_references.csv) and the paper of the corpus that work is, if any.
 */
export async function writeReferenceReport(dir: string, corpus: Corpus, citations: CitationModel): Promise<void> {
  const paperOf = new Map(citations.works.map((w) => [w.key, w.paperId]));
  await writeCsv(join(dir, 'references.csv'), REFERENCE_COLUMNS, (function* (): Generator<Cell[]> {
    for (const p of corpus.papers) {
      const works = citations.referenceKeys.get(p.id) ?? [];
      for (const [k, r] of p.references.entries()) {
        const { doi, ...others } = r.ids ?? {};
        const ids = Object.entries(others).map(([kind, value]) => `${kind}:${value}`);
        const work = works[k];
        yield [p.id, k + 1, r.raw, r.firstAuthor, r.year, r.source, r.volume, r.page, r.title, doi, joinCell(ids), work, work === undefined ? undefined : paperOf.get(work)];
      }
    }
  })());
}

/** authors.csv carries each author's community and centralities in the co-author graph. */
export async function writeAuthorReport(dir: string, corpus: Corpus, analysis: NodeAnalysis): Promise<void> {
  await writeCsv(join(dir, 'authors.csv'), AUTHOR_COLUMNS, corpus.authors.map((a): Cell[] => [a.id, ...authorCells(a), ...analysis(a.id)]));
}

async function writeRejectReport(dir: string, corpus: Corpus): Promise<void> {
  await writeCsv(
    join(dir, 'rejects.csv'),
    REJECT_COLUMNS,
    corpus.rejects.map((r): Cell[] => [r.source.file, r.source.line, r.reason, r.excerpt]),
  );
}

async function writeWarningReport(dir: string, warnings: readonly Warning[]): Promise<void> {
  await writeCsv(
    join(dir, 'warnings.csv'),
    WARNING_COLUMNS,
    warnings.map((w): Cell[] => [w.source.file, w.source.line, w.field, w.value, w.reason]),
  );
}

/**
 * merges.csv: every paper made of several records (decision "merged", rule: what joined them),
 * then every two papers that share a title key or an identifier but were kept apart
 * ("kept apart", rule: what they share, reason: why they differ).
 */
async function writeMergeReport(dir: string, corpus: Corpus): Promise<void> {
  const paperOf = new Map(corpus.papers.map((p) => [p.id, p]));
  const sourcesOf = (id: string) => joinCell(paperOf.get(id)!.sources.map(formatSource));
  await writeCsv(join(dir, 'merges.csv'), MERGE_COLUMNS, [
    ...corpus.merges.merged.map(({ paperId, rules }): Cell[] => [
      'merged', paperId, paperOf.get(paperId)!.title, sourcesOf(paperId), joinCell(rules), undefined, undefined, undefined, undefined,
    ]),
    ...corpus.merges.keptApart.map(({ paperIds: [a, b], shared, reasons }): Cell[] => [
      'kept apart', a, paperOf.get(a)!.title, sourcesOf(a), shared, b, paperOf.get(b)!.title, sourcesOf(b), joinCell(reasons),
    ]),
  ]);
}
