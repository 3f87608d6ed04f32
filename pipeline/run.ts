// Calls the stages in order, times each, and writes every output into one folder atomically.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AnalysedGraph, analyseGraph } from './analyse';
import { buildCorpus } from './corpus/merge';
import { replaceDirAtomically } from './export/atomic-dir';
import { buildBundle } from './export/bundle';
import { toGexf } from './export/gexf';
import { writeGraphReports } from './export/graph-reports';
import { writeCorpusReports } from './export/reports';
import { toVosviewerJson } from './export/vosviewer';
import { buildCoauthorGraph } from './graphs/coauthor';
import { buildPaperGraph } from './graphs/paper-topics';
import { buildTermGraph } from './graphs/term-cooccurrence';
import type { CoauthorEdge, PaperEdge, TermEdge } from './graphs/types';
import { ingestPaths } from './ingest/index';
import { type LaidOutGraph, layoutForView } from './layout/index';
import type { Corpus, IngestResult, Reject, TopicModel } from './model';
import type { PipelineOptions } from './options';
import type { ProgressReporter } from './progress';
import { parseThesaurus } from './topics/thesaurus';
import { buildTopicModelInParallel } from './topics/index';
import { papersByTerm } from './topics/papers-by-term';

export interface StageEvent {
  stage: string;
  index: number;
  total: number;
  /** What the stage did, e.g. "4 files, 156 records". */
  detail: string;
  ms: number;
  /** The process's peak resident memory so far, in MiB. */
  maxRssMb: number;
}

export interface RunSummary {
  files: number;
  records: number;
  papers: number;
  authors: number;
  terms: number;
  rejects: number;
  /** Papers that added no co-author links because of --max-authors. */
  papersOverMaxAuthors: number;
  outDir: string;
  corpus: Corpus;
}

/** A run that cannot produce output; the previous output is left in place. */
export class RunFailure extends Error {
  constructor(message: string, readonly rejects: Reject[] = []) {
    super(message);
  }
}

const STAGES = ['ingest', 'corpus', 'topics', 'graphs', 'analysis', 'layout', 'export'] as const;
type Stage = (typeof STAGES)[number];

export async function runPipeline(
  paths: string[],
  options: PipelineOptions,
  onStage: (event: StageEvent) => void = () => {},
  onProgress: ProgressReporter = () => {},
): Promise<RunSummary> {
  const timings: Partial<Record<Stage, number>> = {};
  const stage = async <T>(name: Stage, work: () => T | Promise<T>, describe: (result: T) => string): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - start);
    timings[name] = ms;
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    onStage({ stage: name, index: STAGES.indexOf(name) + 1, total: STAGES.length, detail: describe(result), ms, maxRssMb });
    return result;
  };

  const ingest = await stage('ingest', () => readInputs(paths, options, onProgress), (r) => `${r.files.length} files, ${r.records.length} records, ${r.rejects.length} rejects`);
  if (ingest.records.length === 0) throw new RunFailure(`no paper records found in ${paths.join(', ')}`, ingest.rejects);
  const corpus = await stage('corpus', () => buildCorpus(ingest), (c) => `${c.papers.length} papers, ${c.authors.length} authors`);
  const topics = await stage(
    'topics',
    () =>
      buildTopicModelInParallel(
        corpus.papers,
        {
          thesaurus: ingest.thesaurus,
          minRelevance: options['min-relevance'],
          maxTerms: options['max-terms'],
          ...(options['min-papers'] ? { minPapers: options['min-papers'] } : {}),
        },
        (done, total) => onProgress('topics', done, total, 'papers'),
      ),
    (t) => `${t.terms.length} terms`,
  );
  const built = await stage('graphs', () => buildGraphs(corpus, topics, options), (g) =>
    [g.coauthor, g.papers, g.terms].map((x) => `${x.graph.kind}: ${x.graph.graph.order} nodes, ${x.graph.graph.size} edges`).join('; '),
  );
  const analysed = await stage(
    'analysis',
    () => {
      const analysisOptions = { algorithm: options.algorithm, seed: options.seed, runs: options.runs, resolution: options.resolution, exactBetweennessLimit: options['exact-betweenness'], pivots: options.pivots };
      return {
        coauthor: analyseGraph(built.coauthor.graph, corpus, topics, analysisOptions),
        papers: analyseGraph(built.papers.graph, corpus, topics, analysisOptions),
        terms: analyseGraph(built.terms.graph, corpus, topics, analysisOptions),
      };
    },
    (a) => [a.coauthor, a.papers, a.terms].map((g) => `${g.kind}: ${g.communities.count} communities, Q=${g.communities.modularity?.toFixed(3) ?? 'n/a'}`).join('; '),
  );
  const laidOut = await stage(
    'layout',
    () => {
      const limits = { seed: options.seed, maxNodes: options['max-view-nodes'], maxEdges: options['max-view-edges'] };
      return { coauthor: layoutForView(analysed.coauthor, limits), papers: layoutForView(analysed.papers, limits), terms: layoutForView(analysed.terms, limits) };
    },
    (l) => [l.coauthor, l.papers, l.terms].map((g) => `${g.kind}: ${g.view.nodes.length} nodes`).join('; '),
  );
  const exportStart = performance.now();
  await stage(
    'export',
    () =>
      replaceDirAtomically(options.out, async (dir) => {
        await writeCorpusReports(dir, corpus, analysed);
        await writeGraphReports(dir, analysed, topics);
        const graphs = [laidOut.coauthor, laidOut.papers, laidOut.terms] as const;
        const bundle = buildBundle(corpus, topics, [...graphs]);
        await writeFile(join(dir, 'bundle.json'), JSON.stringify(bundle));
        await mkdir(join(dir, 'graphs'));
        for (const g of graphs) {
          await writeFile(join(dir, 'graphs', `${g.kind}.gexf`), toGexf(g as LaidOutGraph));
          await writeFile(join(dir, 'graphs', `${g.kind}.vosviewer.json`), toVosviewerJson(g as LaidOutGraph));
        }
        // run.json is the last file written: its export time covers everything but itself.
        timings.export = Math.round(performance.now() - exportStart);
        const manifest = runManifest(paths, options, ingest, corpus, topics, analysed, built.coauthor.skippedPapers.length, timings);
        await writeFile(join(dir, 'run.json'), JSON.stringify(manifest, null, 2) + '\n');
      }),
    () => `written to ${options.out}/`,
  );
  return {
    files: ingest.files.length,
    records: ingest.records.length,
    papers: corpus.papers.length,
    authors: corpus.authors.length,
    terms: topics.terms.length,
    rejects: corpus.rejects.length,
    papersOverMaxAuthors: built.coauthor.skippedPapers.length,
    outDir: options.out,
    corpus,
  };
}

/** The inputs, plus the thesaurus whose bad lines are rejects like any other. */
async function readInputs(paths: string[], options: PipelineOptions, onProgress: ProgressReporter) {
  const ingest = await ingestPaths(paths, { onFile: (_, index, total) => onProgress('ingest', index, total, 'files') });
  if (!options.thesaurus) return { ...ingest, thesaurus: undefined };
  let text: string;
  try {
    text = readFileSync(options.thesaurus, 'utf8');
  } catch (error) {
    throw new RunFailure(`cannot read the thesaurus ${options.thesaurus}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { thesaurus, rejects } = parseThesaurus(text, options.thesaurus);
  return { ...ingest, rejects: [...ingest.rejects, ...rejects], thesaurus };
}

function buildGraphs(corpus: Corpus, topics: TopicModel, options: PipelineOptions) {
  const authorPapers = new Map(corpus.authors.map((a) => [a.id, a.paperIds]));
  const termPapers = papersByTerm(topics);
  const coauthor = buildCoauthorGraph(corpus, { maxAuthors: options['max-authors'] });
  return {
    coauthor: {
      skippedPapers: coauthor.skippedPapers,
      graph: { kind: 'coauthor', title: 'Co-authors', graph: coauthor.graph, weightAttribute: 'weight', papersOf: (n: string) => authorPapers.get(n) ?? [] } as const,
    },
    papers: {
      graph: {
        kind: 'papers', title: 'Papers by shared topics', weightAttribute: 'weight', papersOf: (n: string) => [n],
        graph: buildPaperGraph(corpus.papers, topics, { k: options['top-k'], minSimilarity: options['min-similarity'] }),
      } as const,
    },
    terms: {
      graph: { kind: 'terms', title: 'Terms by co-occurrence', graph: buildTermGraph(topics), weightAttribute: 'association', papersOf: (n: string) => termPapers.get(n) ?? [] } as const,
    },
  };
}

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Installed versions of the libraries whose algorithms shape the results. */
function libraryVersions(): Record<string, string> {
  const names = ['graphology', 'graphology-communities-louvain', 'graphology-metrics', 'graphology-layout-forceatlas2', 'graphology-layout-noverlap', 'wink-nlp', 'wink-eng-lite-web-model', 'papaparse'];
  return Object.fromEntries(
    names.map((name) => [name, (JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version]),
  );
}

/** Everything needed to tell how an output was made; only `timingsMs` changes between identical runs. */
function runManifest(
  paths: string[],
  options: PipelineOptions,
  ingest: IngestResult,
  corpus: Corpus,
  topics: TopicModel,
  analysed: { coauthor: AnalysedGraph<CoauthorEdge>; papers: AnalysedGraph<PaperEdge>; terms: AnalysedGraph<TermEdge> },
  papersOverMaxAuthors: number,
  timings: Partial<Record<Stage, number>>,
) {
  return {
    tool: { name: 'citegraph', version: packageVersion, node: process.version, libraries: libraryVersions() },
    inputs: paths,
    options,
    files: ingest.files,
    counts: {
      files: ingest.files.length,
      records: ingest.records.length,
      papers: corpus.papers.length,
      papersInSeveralFiles: corpus.papers.filter((p) => new Set(p.sources.map((s) => s.file)).size > 1).length,
      authors: corpus.authors.length,
      profiles: corpus.profiles.length,
      terms: topics.terms.length,
      rejects: corpus.rejects.length,
      papersOverMaxAuthors,
    },
    graphs: Object.fromEntries(
      [analysed.coauthor, analysed.papers, analysed.terms].map((g) => [
        g.kind,
        {
          nodes: g.graph.order,
          edges: g.graph.size,
          communities: g.communities.count,
          modularity: g.communities.modularity,
          louvainRuns: g.communities.runs,
          components: g.centrality.notes.components,
          betweenness: g.centrality.notes.betweenness,
          ...(g.centrality.notes.pivots ? { pivots: g.centrality.notes.pivots, betweennessError: g.centrality.notes.betweennessError } : {}),
          eigenvectorConverged: g.centrality.notes.eigenvectorConverged,
        },
      ]),
    ),
    timingsMs: timings,
  };
}
