// The run: ingest, corpus, topics, every graph of the registry once its needs are met, then the
// shared reports, the bundle and run.json, all written into one output folder that replaces the
// previous one atomically. Stages that do not wait for each other overlap: the citations and the
// co-author graph are built while worker threads tag the phrases, and the graphs that need topics
// run side by side.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysisOptions } from './analysis/types';
import { compareStrings } from './compare';
import { buildCitations } from './citations/index';
import { buildCorpus } from './corpus/merge';
import { buildBundle } from './export/bundle';
import { writeJson } from './export/json-pieces';
import { runManifest } from './export/manifest';
import { OutputFolder } from './export/output-folder';
import { writeReportPage } from './export/report-page';
import { writeReports } from './export/reports';
import { writeTimeReports } from './export/time-reports';
import { type GraphPathResult, runGraphPath } from './graph-path';
import { GRAPHS } from './graphs/index';
import type { GraphInputs } from './graphs/types';
import { ingestPaths } from './ingest/index';
import type { Corpus, Reject, Warning } from './model';
import type { PipelineOptions } from './options';
import { MARKER_FILE } from './output-marker';
import type { ProgressReporter } from './progress';
import { background } from './promises';
import { StageClock, type StageEvent } from './stages';
import { startPhraseWorkers } from './topics/extract-parallel';
import { buildTopicModel, type Thesaurus, type TopicOptions } from './topics/index';
import { parseStopwords, parseThesaurus } from './topics/thesaurus';
import { buildTimeModel } from './time/index';
import { chooseEngine, openDuckDB } from './engine/choose';
import { writeStageParquet } from './engine/stage-parquet';
import type { DuckDBSession } from './engine/duckdb-session';
import { parseSliceYears } from './time/slices';

export type { StageEvent } from './stages';

export interface RunSummary {
  files: number;
  records: number;
  papers: number;
  authors: number;
  terms: number;
  rejects: number;
  warnings: number;
  /** Every warning: the corpus's and the citations'. */
  warningList: Warning[];
  /** Counts the graphs noted while being built (papersOverMaxAuthors: papers left out of co-author links). */
  notes: Record<string, number>;
  /** Graph files not written (in graphs/) → why: a graph VOSviewer cannot open. */
  filesNotWritten: Record<string, string>;
  /** Time slices merged for having too few papers, slices without themes. */
  timeNotes: string[];
  outDir: string;
  corpus: Corpus;
}

/** A run that cannot produce output; the previous output is left in place. */
export class RunFailure extends Error {
  constructor(message: string, readonly rejects: Reject[] = []) {
    super(message);
  }
}

interface RunHooks {
  onStage?: (event: StageEvent) => void;
  onProgress?: ProgressReporter;
  /** Told what the output folder needed: a previous output restored, files kept that citegraph did not write. */
  onNote?: (note: string) => void;
}

/** The stages as printed, in this order. */
const STAGES = ['ingest', 'corpus', 'citations', 'topics', ...GRAPHS.map((g) => g.kind), 'time', 'export'];

/**
 * Runs every stage on `paths` into `options.out`. The output location is checked and claimed
 * before anything is read (OutputRefused when it must not be used); a run that fails leaves
 * the previous output as it was.
 */
export async function runPipeline(paths: string[], options: PipelineOptions, hooks: RunHooks = {}): Promise<RunSummary> {
  const output = await OutputFolder.open(options.out, { inputs: paths, onNote: hooks.onNote });
  const clock = new StageClock(STAGES, hooks.onStage ?? (() => {}));
  try {
    const summary = await runStages(paths, options, output, clock, hooks.onProgress);
    await output.commit();
    return summary;
  } catch (error) {
    output.abandon();
    throw error;
  } finally {
    clock.stop();
  }
}

async function runStages(paths: string[], options: PipelineOptions, output: OutputFolder, clock: StageClock, onProgress: ProgressReporter = () => {}): Promise<RunSummary> {
  const dir = output.tmp;
  const { corpus, thesaurus, thesaurusFile, stopwords, stopwordsFile, phraseWorkers } = await readCorpus(paths, options, clock, onProgress);
  const engine = chooseEngine(options.engine, corpus.papers.length);
  let duckdb: DuckDBSession | undefined;
  try {
    duckdb = engine === 'duckdb' || options.parquet ? await openDuckDB(dir, options.memory) : undefined;
    await mkdir(join(dir, 'graphs'));
    const topicsDone = background(clock.run(
      'topics',
      () =>
        buildTopicModel(corpus.papers, topicOptions(options, thesaurus, stopwords), {
          onProgress: (done, total) => onProgress('topics', done, total, 'papers'),
          workers: phraseWorkers,
        }),
      (t) => `${t.terms.length} terms`,
    ));
    // After the topics have handed their texts to the phrase workers: the citations are built
    // here while the workers tag, where the tagging waited for them before.
    const citations = await clock.run(
      'citations',
      () => buildCitations(corpus, options['key-routes']),
      (c) => `${c.works.length} cited works, ${c.links.length} citations inside the corpus, ${c.mainPath.papers.length} papers on the main path`,
    );
    const analysis = analysisOptions(options);
    const limits = { seed: options.seed, maxNodes: options['max-view-nodes'], maxEdges: options['max-view-edges'] };
    const skipped: Record<string, string> = {};
    const graphPaths = GRAPHS.map((entry) =>
      background((async () => {
        const topics = entry.needs.includes('topics') ? await topicsDone : undefined;
        const inputs: GraphInputs = { corpus, options, citations, ...(topics ? { topics } : {}), ...(engine === 'duckdb' ? { duckdb } : {}) };
        const reason = entry.skip?.(inputs);
        if (reason !== undefined) {
          skipped[entry.kind] = reason;
          return clock.skip(entry.kind, reason);
        }
        return clock.run(
          entry.kind,
          () => runGraphPath(entry, { dir, inputs, topics: topicsDone, analysis, limits }),
          ({ graph, communities }) => `${graph.order} nodes, ${graph.size} edges, ${communities.count} communities, Q=${communities.modularity?.toFixed(3) ?? 'n/a'}`,
        );
      })()),
    );
    const topics = await topicsDone;
    const graphs = (await Promise.all(graphPaths)).filter((g): g is GraphPathResult => g !== undefined);
    const time = await clock.run(
      'time',
      () =>
        buildTimeModel(corpus, topics, citations, graphs.find((g) => g.entity === 'term')!, {
          bursts: { s: options['burst-s'], gamma: options['burst-gamma'], minLength: options['burst-min-years'] },
          sliceYears: parseSliceYears(options.slices),
          analysis,
        }),
      (t) => `${t.bursts.length} bursts, ${t.themes.length} themes, ${t.evolution.slices.length} time slices`,
    );

    const filesNotWritten = await clock.run(
      'export',
      async () => {
        await writeReports(dir, corpus, topics, citations, graphs);
        await writeTimeReports(dir, time);
        const bundle = buildBundle(corpus, topics, citations, graphs, time);
        writeJson(join(dir, 'bundle.json'), bundle);
        if (options.report) await writeReportPage(dir, options.report, JSON.stringify(bundle));
        if (options.parquet) await writeStageParquet(duckdb!, dir, corpus, topics, citations);
        await duckdb?.close(); // its spill folder is no output
        const files = await Promise.all(graphs.map((g) => g.files));
        return Object.assign({}, ...files.map((f) => f.notWritten)) as Record<string, string>;
      },
      () => `written to ${options.out}/`,
    );
    // Last, with every stage's time: its presence marks a complete output.
    const outputs = [...(await output.written()), MARKER_FILE].sort(compareStrings);
    const manifest = runManifest({ paths, options, termFiles: { thesaurus: thesaurusFile, stopwords: stopwordsFile }, corpus, topics, citations, graphs, time, skipped: inRegistryOrder(skipped), filesNotWritten, stages: clock.measures, outputs, engine });
    await writeFile(join(dir, MARKER_FILE), JSON.stringify(manifest, null, 2) + '\n');
    return {
      files: corpus.files.length,
      records: corpus.recordCount,
      papers: corpus.papers.length,
      authors: corpus.authors.length,
      terms: topics.terms.length,
      rejects: corpus.rejects.length,
      warnings: corpus.warnings.length + citations.warnings.length,
      warningList: [...corpus.warnings, ...citations.warnings],
      notes: Object.assign({}, ...graphs.map((g) => g.notes)),
      filesNotWritten,
      timeNotes: time.evolution.notes,
      outDir: options.out,
      corpus,
    };
  } finally {
    for (const worker of phraseWorkers) worker.close(); // still idle when the run failed before topics
    await duckdb?.close();
  }
}

/**
 * Ingest and corpus. Only the corpus and the thesaurus go on: the records themselves are merged
 * into the corpus, and not keeping them spares the rest of the run their memory (and the garbage
 * collector their traversal).
 */
export async function readCorpus(paths: string[], options: PipelineOptions, clock: Pick<StageClock, 'run'>, onProgress: ProgressReporter = () => {}) {
  const ingest = await clock.run('ingest', () => readInputs(paths, options, onProgress), (r) => `${r.files.length} files, ${r.records.length} records, ${r.rejects.length} rejects`);
  if (ingest.records.length === 0) throw new RunFailure(`no paper records found in ${paths.join(', ')}`, ingest.rejects);
  // The phrase workers load their model while the corpus is built (one core would be idle).
  const phraseWorkers = startPhraseWorkers(ingest.records.length);
  try {
    const corpus = await clock.run('corpus', () => buildCorpus(ingest), (c) => `${c.papers.length} papers, ${c.authors.length} authors`);
    return { corpus, thesaurus: ingest.thesaurus, thesaurusFile: ingest.thesaurusFile, stopwords: ingest.stopwords, stopwordsFile: ingest.stopwordsFile, phraseWorkers };
  } catch (error) {
    for (const worker of phraseWorkers) worker.close();
    throw error;
  }
}

/** The inputs, plus the thesaurus and the stop words, whose bad lines are rejects like any other. */
async function readInputs(paths: string[], options: PipelineOptions, onProgress: ProgressReporter) {
  const ingest = await ingestPaths(paths, { maxRecordMb: options['max-record-mb'], onFile: (_, index, total) => onProgress('ingest', index, total, 'files') });
  const thesaurus = options.thesaurus === undefined ? undefined : readTermFile(options.thesaurus, 'thesaurus', (text) => {
    const parsed = parseThesaurus(text, options.thesaurus!);
    return { value: parsed.thesaurus, rejects: parsed.rejects };
  });
  const stopwords = options.stopwords === undefined ? undefined : readTermFile(options.stopwords, 'stop word file', (text) => {
    const parsed = parseStopwords(text, options.stopwords!);
    return { value: parsed.stopwords, rejects: parsed.rejects };
  });
  return {
    ...ingest,
    rejects: [...ingest.rejects, ...(thesaurus?.rejects ?? []), ...(stopwords?.rejects ?? [])],
    thesaurus: thesaurus?.value,
    thesaurusFile: thesaurus?.file,
    stopwords: stopwords?.value,
    stopwordsFile: stopwords?.file,
  };
}

/** A file of term decisions (thesaurus, stop words): parsed, with its path and hash for run.json. */
function readTermFile<T>(path: string, what: string, parse: (text: string) => { value: T; rejects: Reject[] }) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new RunFailure(`cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { ...parse(bytes.toString('utf8')), file: { path, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

/** The topic model's options from the command line's. */
export function topicOptions(options: PipelineOptions, thesaurus?: Thesaurus, stopwords?: readonly string[]): Partial<TopicOptions> {
  return {
    source: options.terms,
    thesaurus,
    stopwords,
    minRelevance: options['min-relevance'],
    maxTerms: options['max-terms'],
    ...(options['min-papers'] ? { minPapers: options['min-papers'] } : {}),
  };
}

/** Every graph's analysis options from the command line's. */
export function analysisOptions(options: PipelineOptions): AnalysisOptions {
  return {
    algorithm: options.algorithm, seed: options.seed, runs: options.runs, resolution: options.resolution,
    betweennessBudget: options['betweenness-budget'], rankBy: options['rank-by'],
  };
}

/** Skipped graphs in the registry's order, whatever order their reasons came in. */
function inRegistryOrder(skipped: Record<string, string>): Record<string, string> {
  return Object.fromEntries(GRAPHS.filter((g) => g.kind in skipped).map((g) => [g.kind, skipped[g.kind]!]));
}
