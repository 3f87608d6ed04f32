// One benchmark size, in a process of its own so that its peak RSS is the pipeline's alone:
// generate the corpus (in a child, so generation's memory is not counted either), run the real
// pipeline on it, score the output against the planted truth (communities, citations). Started by run-bench.ts.
//
//   node .build/bench/bench-one.mjs --papers N --seed S --engine E --work DIR [--algorithm A]   (its
//   bundle, built by scripts/build-pipeline.mjs; or node --import tsx bench/bench-one.ts …)
//
// stdout: one JSON line per finished stage, then one with the measures or the error (ChildMessage).
// stderr: progress. DIR/gen holds the corpus (reused when present), DIR/out-<algorithm> the output.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gateMemory } from '../pipeline/memory-gate';
import { cpuMs } from '../pipeline/cpu-time';
import type { ChildMessage, GraphFigure, RunMeasures } from './results';
import { ensureGeneratedCorpus } from './generated-corpus';
import { foundCitations, scoreCitations } from './truth-citations';
import { scoreAuthors, scorePapers } from './truth-nmi';

interface Args {
  papers: number;
  seed: number;
  engine: string;
  work: string;
  algorithm: string | undefined;
}

const send = (message: ChildMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);
const seconds = (ms: number) => Math.round(ms) / 1000;
const peakRssMib = () => Math.round(process.resourceUsage().maxRSS / 1024);

function parse(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { papers: { type: 'string' }, seed: { type: 'string' }, engine: { type: 'string' }, work: { type: 'string' }, algorithm: { type: 'string' } },
  });
  const papers = Number(values.papers);
  const seed = Number(values.seed);
  if (!Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed) || !values.work || !values.engine) {
    throw new Error('usage: bench-one.ts --papers N --seed S --engine E --work DIR [--algorithm A]');
  }
  return { papers, seed, engine: values.engine, work: values.work, algorithm: values.algorithm };
}

interface Manifest {
  graphs: Record<string, Omit<GraphFigure, 'kind'>>;
  counts: { linkTerms: number; unclusteredPapers?: number };
}

/** Graph sizes, communities and modularity from run.json. */
function graphFigures(manifest: Manifest): GraphFigure[] {
  return Object.entries(manifest.graphs).map(([kind, g]) => ({
    kind,
    nodes: g.nodes,
    edges: g.edges,
    communities: g.communities,
    modularity: g.modularity ?? null,
  }));
}

/** Seconds the corpus took, passed to a process restarted with a larger heap. */
const GENERATED = 'CITEGRAPH_BENCH_GENERATION_SECONDS';
const generatedByParent = (): number | null => (process.env[GENERATED] === undefined ? null : Number(process.env[GENERATED]));

async function main(args: Args): Promise<void> {
  const name = args.algorithm ? `${args.papers} papers, ${args.algorithm}` : `${args.papers} papers`;
  const log = (line: string) => process.stderr.write(`[${name}] ${line}\n`);
  const gen = join(args.work, 'gen');
  const generationSeconds = ensureGeneratedCorpus(gen, args.papers, args.seed, log) ?? generatedByParent();
  if (generationSeconds !== null) process.env[GENERATED] = String(generationSeconds);
  // As the CLI would: refused, or run again with the heap limit this corpus needs (and its garbage collection).
  const memory = await gateMemory([join(gen, 'corpus')], undefined, log);
  if (memory.kind === 'refused') throw new Error(memory.message);
  if (memory.kind === 'restarted') {
    process.exitCode = typeof memory.exit === 'number' ? memory.exit : 1;
    return;
  }

  // Imported here, after generation, so that the load time is measured on its own.
  const loadStarted = performance.now();
  const { runPipeline } = await import('../pipeline/run');
  const { DEFAULT_OPTIONS, OPTION_SPECS } = await import('../pipeline/options');
  const loadSeconds = seconds(performance.now() - loadStarted);
  const loadRssMib = peakRssMib();

  const out = join(args.work, `out-${args.algorithm ?? 'default'}`);
  const algorithm = OPTION_SPECS.algorithm.choices.find((choice) => choice === args.algorithm);
  if (args.algorithm !== undefined && !algorithm) throw new Error(`bench-one.ts: unknown --algorithm ${args.algorithm}`);
  const engine = OPTION_SPECS.engine.choices.find((choice) => choice === args.engine);
  if (!engine) throw new Error(`bench-one.ts: unknown --engine ${args.engine}`);
  const options = { ...DEFAULT_OPTIONS, out, seed: args.seed, engine, ...(algorithm ? { algorithm } : {}) };
  const started = performance.now();
  const cpuStarted = cpuMs();
  const summary = await runPipeline([join(gen, 'corpus')], options, {
    onStage: (e) => {
      log(`[${e.index}/${e.total}] ${e.stage}: ${e.detail} (${(e.wallMs / 1000).toFixed(1)} s, CPU ${(e.cpuMs / 1000).toFixed(1)} s, peak ${e.peakRssMib} MiB)`);
      send({ stage: { stage: e.stage, detail: e.detail, seconds: seconds(e.wallMs), cpuSeconds: seconds(e.cpuMs), peakRssMib: e.peakRssMib } });
    },
  });
  const total = { seconds: seconds(performance.now() - started), cpuSeconds: seconds(cpuMs() - cpuStarted), peakRssMib: peakRssMib() };
  log(`files to every output in ${total.seconds.toFixed(1)} s (CPU ${total.cpuSeconds.toFixed(1)} s), peak ${total.peakRssMib} MiB`);

  const read = (path: string) => readFileSync(path, 'utf8');
  const citationsCsv = join(out, 'citations.csv');
  const manifest = JSON.parse(read(join(out, 'run.json'))) as Manifest;
  const measures: RunMeasures = {
    generationSeconds,
    loadSeconds,
    loadRssMib,
    total,
    counts: {
      files: summary.files,
      records: summary.records,
      papers: summary.papers,
      authors: summary.authors,
      terms: summary.terms,
      linkTerms: manifest.counts.linkTerms,
      unlinkedPapers: manifest.counts.unclusteredPapers ?? 0,
      rejects: summary.rejects,
    },
    graphs: graphFigures(manifest),
    nmi: {
      papers: scorePapers(read(join(out, 'papers.csv')), read(join(gen, 'truth', 'papers.csv'))),
      authors: scoreAuthors(read(join(out, 'authors.csv')), read(join(gen, 'truth', 'authors.csv'))),
    },
    citations: existsSync(citationsCsv)
      ? scoreCitations(foundCitations(read(citationsCsv), read(join(out, 'papers.csv'))), read(join(gen, 'truth', 'papers.csv')), read(join(gen, 'truth', 'citations.csv')))
      : null,
    outDir: out,
  };
  send({ measures });
}

let args: Args;
try {
  args = parse(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench-one: ${(error as Error).message}\n`);
  process.exit(2);
}
try {
  await main(args);
} catch (error) {
  process.stderr.write(`bench-one: ${(error as Error).stack ?? String(error)}\n`);
  send({ error: (error as Error).message ?? String(error) });
  process.exitCode = 1;
}
