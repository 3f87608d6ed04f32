// Calls the stages in order, times each, and writes every output into one folder atomically.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attributes } from 'graphology-types';
import { type AnalysedGraph, type AnalysisOptions, analyseStructure, describeCommunities, type GraphSpec, type StructuredGraph } from './analyse';
import { buildCorpus } from './corpus/merge';
import { OutputFolder } from './export/output-folder';
import { buildBundle } from './export/bundle';
import { gexfInput, writeGexf } from './export/gexf';
import { writeCoauthorEdges, writeCommunityReports, writePaperEdges, writeTermEdges } from './export/graph-reports';
import { writeAuthorReport, writeMergeReport, writePaperReport, writeRejectReport, writeWarningReport } from './export/reports';
import { toVosviewerJson } from './export/vosviewer';
import { buildCoauthorGraph } from './graphs/coauthor';
import { buildPaperGraphConcurrently } from './graphs/paper-topics';
import { buildTermGraph } from './graphs/term-cooccurrence';
import type { CoauthorEdge, CoauthorGraph, PaperEdge, PaperGraph, TermEdge } from './graphs/types';
import { ingestPaths } from './ingest/index';
import { type LaidOutGraph, type LayoutLimits, layoutForView } from './layout/index';
import type { Corpus, IngestResult, Reject, TopicModel } from './model';
import type { PipelineOptions } from './options';
import type { ProgressReporter } from './progress';
import { MARKER_FILE, TOOL_NAME } from './output-marker';
import { compareStrings } from './compare';
import { parseThesaurus } from './topics/thesaurus';
import { startPhraseWorkers } from './topics/extract-parallel';
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
  warnings: number;
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

const STAGES = ['ingest', 'corpus', 'coauthor', 'topics', 'terms', 'papers', 'layout', 'export'] as const;
type Stage = (typeof STAGES)[number];

export interface RunHooks {
  onStage?: (event: StageEvent) => void;
  onProgress?: ProgressReporter;
  /** Told what the output folder needed: a previous output restored, files kept that citegraph did not write. */
  onNote?: (note: string) => void;
}

/**
 * Runs every stage on `paths` into `options.out`. The output location is checked and claimed
 * before anything is read (OutputRefused when it must not be used); a run that fails leaves
 * the previous output as it was.
 */
export async function runPipeline(paths: string[], options: PipelineOptions, hooks: RunHooks = {}): Promise<RunSummary> {
  const output = await OutputFolder.open(options.out, { inputs: paths, onNote: hooks.onNote });
  try {
    const summary = await runStages(paths, options, output, hooks);
    await output.commit();
    return summary;
  } catch (error) {
    output.abandon();
    throw error;
  }
}

async function runStages(paths: string[], options: PipelineOptions, output: OutputFolder, { onStage = () => {}, onProgress = () => {} }: RunHooks): Promise<RunSummary> {
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

  const { inputs, corpus, phraseWorkers } = await readCorpus(paths, options, stage, onProgress);
  const analysisOptions: AnalysisOptions = {
    algorithm: options.algorithm, seed: options.seed, runs: options.runs, resolution: options.resolution,
    exactBetweennessLimit: options['exact-betweenness'], pivots: options.pivots,
  };
  const limits = { seed: options.seed, maxNodes: options['max-view-nodes'], maxEdges: options['max-view-edges'] };
  let summary: RunSummary | undefined;
  const dir = output.tmp;

  try {
    await mkdir(join(dir, 'graphs'));
    // Phrase extraction runs on worker threads. The co-author graph needs no topics, so this
    // thread builds, analyses and lays it out meanwhile, and writes what needs no labels.
    const topicsDone = background(stage(
      'topics',
      () =>
        buildTopicModelInParallel(
          corpus.papers,
          {
            thesaurus: inputs.thesaurus,
            minRelevance: options['min-relevance'],
            maxTerms: options['max-terms'],
            ...(options['min-papers'] ? { minPapers: options['min-papers'] } : {}),
          },
          (done, total) => onProgress('topics', done, total, 'papers'),
          phraseWorkers,
        ),
      (t) => `${t.terms.length} terms`,
    ));
    const coauthor = await stage(
      'coauthor',
      async () => {
        const built = buildCoauthorGraph(corpus, { maxAuthors: options['max-authors'] });
        const structured = await analyseStructure(coauthorSpec(corpus, built.graph), analysisOptions);
        const laidOut = layoutForView(structured, limits);
        await writeCoauthorEdges(dir, structured);
        const placed = await laidOut;
        await writeFile(join(dir, 'graphs', 'coauthor.vosviewer.json'), toVosviewerJson(placed));
        return { ...placed, skippedPapers: built.skippedPapers };
      },
      (c) => `${c.graph.order} nodes, ${c.graph.size} edges, ${c.communities.count} communities, Q=${formatModularity(c.communities)}, laid out alongside topics`,
    );
    const topics = await topicsDone;

    // The paper graph's similarity pass, its betweenness BFS and the layouts run on worker
    // threads; this thread does the term graph and finishes the co-author graph meanwhile.
    const papersDone = background(stage(
      'papers',
      async () => {
        const graph = await buildPaperGraphConcurrently(corpus.papers, topics, { k: options['top-k'] ?? 'auto', minSimilarity: options['min-similarity'] });
        return describeAndPlace(await analyseStructure(papersSpec(graph), analysisOptions), corpus, topics, limits);
      },
      ({ analysed: g }) => `${g.graph.order} nodes, ${g.graph.size} edges, ${g.communities.count} communities, Q=${formatModularity(g.communities)}`,
    ));
    const { terms, coauthorAnalysed, coauthorGexf } = await stage(
      'terms',
      async () => {
        // The term graph's BFS runs on a worker thread: the co-author graph is finished meanwhile.
        const termsStructured = background(analyseStructure(termsSpec(topics), analysisOptions));
        const coauthorAnalysed = describeCommunities(coauthor, corpus, topics);
        // Written on a worker thread; awaited before run.json.
        const coauthorGexf = background(writeGexf(join(dir, 'graphs', 'coauthor.gexf'), gexfInput(coauthorAnalysed)));
        await writeAuthorReport(dir, corpus, coauthorAnalysed);
        const termsDescribed = describeAndPlace(await termsStructured, corpus, topics, limits);
        return { terms: termsDescribed, coauthorAnalysed, coauthorGexf };
      },
      ({ terms: { analysed: g } }) => `${g.graph.order} nodes, ${g.graph.size} edges, ${g.communities.count} communities, Q=${formatModularity(g.communities)}`,
    );
    const papersDescribed = await papersDone;
    const papers = papersDescribed.analysed;

    // Layouts started as soon as each graph's communities were known; this thread writes the
    // reports that need no positions while they finish.
    const layouts = background(stage(
      'layout',
      async () => ({ papers: await papersDescribed.laidOut, terms: await terms.laidOut }),
      (l) => [l.papers, l.terms].map((g) => `${g.kind}: ${g.view.nodes.length} nodes`).join('; '),
    ));
    const exportStart = performance.now();
    await stage(
      'export',
      async () => {
        await writePaperReport(dir, corpus, papers);
        await writeRejectReport(dir, corpus);
        await writeMergeReport(dir, corpus);
        await writeWarningReport(dir, corpus);
        await writePaperEdges(dir, papers);
        await writeTermEdges(dir, terms.analysed);
        await writeCommunityReports(dir, [coauthorAnalysed, papers, terms.analysed], terms.analysed, topics);
        const laidOut = await layouts;
        const graphs = [coauthorAnalysed, laidOut.papers, laidOut.terms] as const;
        const gexfs = [coauthorGexf];
        for (const g of [laidOut.papers, laidOut.terms]) {
          gexfs.push(background(writeGexf(join(dir, 'graphs', `${g.kind}.gexf`), gexfInput(g))));
          await writeFile(join(dir, 'graphs', `${g.kind}.vosviewer.json`), toVosviewerJson(g));
        }
        const bundle = buildBundle(corpus, topics, [...graphs]);
        await writeFile(join(dir, 'bundle.json'), JSON.stringify(bundle));
        await Promise.all(gexfs);
        // run.json is the last file written: its export time covers everything but itself.
        timings.export = Math.round(performance.now() - exportStart);
        const outputs = [...(await output.written()), MARKER_FILE].sort(compareStrings);
        const manifest = runManifest(paths, options, inputs, corpus, topics, graphs, coauthor.skippedPapers.length, timings, outputs);
        await writeFile(join(dir, MARKER_FILE), JSON.stringify(manifest, null, 2) + '\n');
        summary = {
          files: inputs.files.length,
          records: inputs.records,
          papers: corpus.papers.length,
          authors: corpus.authors.length,
          terms: topics.terms.length,
          rejects: corpus.rejects.length,
          warnings: corpus.warnings.length,
          papersOverMaxAuthors: coauthor.skippedPapers.length,
          outDir: options.out,
          corpus,
        };
      },
      () => `written to ${options.out}/`,
    );
  } finally {
    for (const worker of phraseWorkers) worker.close(); // still idle when the run failed before topics
  }
  return summary!;
}

/**
 * The graph's communities described, and its layout started on a worker thread (it needs only
 * communities and centrality), to be awaited when the positions are needed.
 */
function describeAndPlace<E extends Attributes>(structured: StructuredGraph<E>, corpus: Corpus, topics: TopicModel, limits: LayoutLimits) {
  const placed = background(layoutForView(structured, limits));
  const analysed = describeCommunities(structured, corpus, topics);
  return { analysed, laidOut: placed.then(({ view, positions }): LaidOutGraph<E> => ({ ...analysed, view, positions })) };
}

/**
 * A promise started now and awaited later: other work runs in between, and if that work throws
 * first, this one's rejection must not also surface as unhandled (it is awaited, or moot).
 */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

function formatModularity(communities: { modularity: number | null }): string {
  return communities.modularity?.toFixed(3) ?? 'n/a';
}

/**
 * Ingest and corpus. Only the files, the record count and the thesaurus go on: the records
 * themselves are merged into the corpus, and not keeping them spares the rest of the run their
 * memory (and the garbage collector their traversal).
 */
async function readCorpus(
  paths: string[],
  options: PipelineOptions,
  stage: <T>(name: Stage, work: () => T | Promise<T>, describe: (result: T) => string) => Promise<T>,
  onProgress: ProgressReporter,
) {
  const ingest = await stage('ingest', () => readInputs(paths, options, onProgress), (r) => `${r.files.length} files, ${r.records.length} records, ${r.rejects.length} rejects`);
  if (ingest.records.length === 0) throw new RunFailure(`no paper records found in ${paths.join(', ')}`, ingest.rejects);
  // The phrase workers load their model while the corpus is built (one core would be idle).
  const phraseWorkers = startPhraseWorkers(ingest.records.length);
  try {
    const corpus = await stage('corpus', () => buildCorpus(ingest), (c) => `${c.papers.length} papers, ${c.authors.length} authors`);
    return { inputs: { files: ingest.files, records: ingest.records.length, thesaurus: ingest.thesaurus }, corpus, phraseWorkers };
  } catch (error) {
    for (const worker of phraseWorkers) worker.close();
    throw error;
  }
}

/** The inputs, plus the thesaurus whose bad lines are rejects like any other. */
async function readInputs(paths: string[], options: PipelineOptions, onProgress: ProgressReporter) {
  const ingest = await ingestPaths(paths, { maxRecordMb: options['max-record-mb'], onFile: (_, index, total) => onProgress('ingest', index, total, 'files') });
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

function coauthorSpec(corpus: Corpus, graph: CoauthorGraph): GraphSpec<CoauthorEdge> {
  const authorPapers = new Map(corpus.authors.map((a) => [a.id, a.paperIds]));
  return { kind: 'coauthor', title: 'Co-authors', graph, weightAttribute: 'weight', papersOf: (n) => authorPapers.get(n) ?? [] };
}

function papersSpec(graph: PaperGraph): GraphSpec<PaperEdge> {
  return { kind: 'papers', title: 'Papers by shared topics', weightAttribute: 'weight', papersOf: (n) => [n], graph };
}

function termsSpec(topics: TopicModel): GraphSpec<TermEdge> {
  const termPapers = papersByTerm(topics);
  return { kind: 'terms', title: 'Terms by co-occurrence', graph: buildTermGraph(topics), weightAttribute: 'association', papersOf: (n) => termPapers.get(n) ?? [] };
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
  inputs: { files: IngestResult['files']; records: number },
  corpus: Corpus,
  topics: TopicModel,
  graphs: readonly AnalysedGraph[],
  papersOverMaxAuthors: number,
  timings: Partial<Record<Stage, number>>,
  outputs: string[],
) {
  return {
    // The tool's name marks the folder as a citegraph output (output-marker.ts); `outputs` lists
    // what the run wrote, so the next run replaces that and keeps anything else.
    tool: { name: TOOL_NAME, version: packageVersion, node: process.version, libraries: libraryVersions() },
    outputs,
    inputs: paths,
    options,
    files: inputs.files,
    counts: {
      files: inputs.files.length,
      records: inputs.records,
      papers: corpus.papers.length,
      papersInSeveralFiles: corpus.papers.filter((p) => new Set(p.sources.map((s) => s.file)).size > 1).length,
      authors: corpus.authors.length,
      profiles: corpus.profiles.length,
      terms: topics.terms.length,
      rejects: corpus.rejects.length,
      warnings: corpus.warnings.length,
      papersOverMaxAuthors,
    },
    graphs: Object.fromEntries(
      graphs.map((g) => [
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
