// Calls the stages in order, times each, and writes every output into one folder atomically.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus } from './corpus/merge';
import { replaceDirAtomically } from './export/atomic-dir';
import { writeCorpusReports } from './export/reports';
import { ingestPaths } from './ingest/index';
import type { Corpus, IngestResult, Reject } from './model';
import type { PipelineOptions } from './options';

export interface StageEvent {
  stage: string;
  index: number;
  total: number;
  /** What the stage did, e.g. "4 files, 156 records". */
  detail: string;
  ms: number;
}

export interface RunSummary {
  files: number;
  records: number;
  papers: number;
  authors: number;
  rejects: number;
  outDir: string;
  corpus: Corpus;
}

/** A run that cannot produce output; the previous output is left in place. */
export class RunFailure extends Error {
  constructor(message: string, readonly rejects: Reject[] = []) {
    super(message);
  }
}

const STAGES = ['ingest', 'corpus', 'export'] as const;

export async function runPipeline(
  paths: string[],
  options: PipelineOptions,
  onStage: (event: StageEvent) => void = () => {},
): Promise<RunSummary> {
  const timings: Record<string, number> = {};
  const stage = async <T>(name: (typeof STAGES)[number], work: () => T | Promise<T>, describe: (result: T) => string): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - start);
    timings[name] = ms;
    onStage({ stage: name, index: STAGES.indexOf(name) + 1, total: STAGES.length, detail: describe(result), ms });
    return result;
  };

  const ingest = await stage('ingest', () => ingestPaths(paths), (r) => `${r.files.length} files, ${r.records.length} records, ${r.rejects.length} rejects`);
  if (ingest.records.length === 0) {
    throw new RunFailure(`no paper records found in ${paths.join(', ')}`, ingest.rejects);
  }
  const corpus = await stage('corpus', () => buildCorpus(ingest), (c) => `${c.papers.length} papers, ${c.authors.length} authors`);
  await stage(
    'export',
    () =>
      replaceDirAtomically(options.out, async (dir) => {
        await writeCorpusReports(dir, corpus);
        await writeFile(join(dir, 'run.json'), JSON.stringify(runManifest(paths, options, ingest, corpus, timings), null, 2) + '\n');
      }),
    () => `written to ${options.out}/`,
  );
  return {
    files: ingest.files.length,
    records: ingest.records.length,
    papers: corpus.papers.length,
    authors: corpus.authors.length,
    rejects: corpus.rejects.length,
    outDir: options.out,
    corpus,
  };
}

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Everything needed to tell how an output was made; only `timings` changes between identical runs. */
function runManifest(paths: string[], options: PipelineOptions, ingest: IngestResult, corpus: Corpus, timings: Record<string, number>) {
  return {
    tool: { name: 'citegraph', version: packageVersion },
    inputs: paths,
    options,
    files: ingest.files,
    counts: {
      files: ingest.files.length,
      records: ingest.records.length,
      papers: corpus.papers.length,
      papersInSeveralSources: corpus.papers.filter((p) => new Set(p.sources.map((s) => s.file)).size > 1).length,
      authors: corpus.authors.length,
      profiles: corpus.profiles.length,
      rejects: corpus.rejects.length,
    },
    timingsMs: timings,
  };
}
