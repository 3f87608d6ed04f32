// `npm run bench`: the real pipeline on generated corpora of several sizes, each size in a fresh
// process (bench-one.ts) so that its peak RSS is its own; then the view (first frame and four
// actions, view-render.ts) on the largest bundle in headless Chromium, or on --view-bundle's alone.
// Prints the table, saves everything as JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OPTION_SPECS } from '../pipeline/options';
import { MAX_PAPERS } from './generate/corpus';
import { formatReport } from './format-table';
import type { BenchResults, ChildMessage, Machine, RunResult, ViewResult } from './results';
import { evaluateTargets } from './targets';
import { builtScriptArgs, projectRoot } from './ts-process';
import { timeFirstFrame } from './view-render';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_SEED = 42;
const VIEW_LOADS = 3;
/** stderr lines kept from a child, to say why it died when it could not say so itself (V8's
 *  out-of-memory report puts a dozen lines of native stack after its message). */
const TAIL_LINES = 40;

const HELP = `Usage: npm run bench -- [--sizes N,N,…] [--seed S] [--engine E] [--keep] [--no-view] [--view-bundle FILE] [--out-json FILE]

Generates a synthetic corpus per size (bench/generate/), runs the real pipeline on it in a fresh
process, and reports per stage wall time and peak RSS, graph sizes, modularity, communities and
the NMI of the recovered communities against the planted topics; then times the view on the
largest bundle in headless Chromium (first frame, a filter, a legend toggle, a hover, a
selection), and checks the targets.

  --sizes N,N,…    papers per corpus (default: ${DEFAULT_SIZES.join(',')})
  --seed S         whole number: seeds the generator and the pipeline (default: ${DEFAULT_SEED})
  --engine E       the pipeline's --engine: ${OPTION_SPECS.engine.choices.join(', ')} (default: ${OPTION_SPECS.engine.default})
  --keep           keep the generated corpora and outputs (their folder is printed)
  --no-view        skip the browser timing
  --view-bundle FILE  time the view on this bundle only (no corpora, no pipeline runs)
  --out-json FILE  where the figures are saved (default: bench/results.json; with --view-bundle,
                   citegraph-bench-view.json in the temporary folder)
  -h, --help       show this help

The table goes to stdout, progress to stderr. Exit codes: 0 every size and the view were measured
(whether or not the targets are met), 1 a size or the view failed (shown in the table), 2 bad usage.`;

interface BenchArgs {
  sizes: number[];
  seed: number;
  engine: string;
  keep: boolean;
  view: boolean;
  /** Time the view on this bundle instead of running the pipeline. */
  viewBundle: string | null;
  outJson: string;
}

class UsageError extends Error {}

/** "1000,10_000,100000" → sorted distinct sizes, cheapest first. */
function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => {
    const digits = part.trim().replace(/_/g, '');
    const n = Number(digits);
    if (!/^\d+$/.test(digits) || n < 1 || n > MAX_PAPERS) throw new UsageError(`--sizes: "${part}" is not a whole number from 1 to ${MAX_PAPERS}`);
    return n;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseBenchArgs(argv: string[]): BenchArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        sizes: { type: 'string' },
        seed: { type: 'string' },
        engine: { type: 'string' },
        keep: { type: 'boolean' },
        'no-view': { type: 'boolean' },
        'view-bundle': { type: 'string' },
        'out-json': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || values.seed?.trim() === '') throw new UsageError(`--seed must be a whole number (got "${values.seed}")`);
  const engine = values.engine ?? OPTION_SPECS.engine.default;
  if (!(OPTION_SPECS.engine.choices as readonly string[]).includes(engine)) throw new UsageError(`--engine must be one of ${OPTION_SPECS.engine.choices.join(', ')} (got "${engine}")`);
  if (values['out-json'] === '') throw new UsageError('--out-json needs a file name');
  if (values['view-bundle'] === '') throw new UsageError('--view-bundle needs a file name');
  if (values['view-bundle'] !== undefined && (values.sizes !== undefined || values['no-view'])) {
    throw new UsageError('--view-bundle times the view alone: it goes with neither --sizes nor --no-view');
  }
  const viewBundle = values['view-bundle'] === undefined ? null : resolve(values['view-bundle']);
  return {
    sizes: viewBundle ? [] : values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes),
    viewBundle,
    seed,
    engine,
    keep: values.keep ?? false,
    view: !values['no-view'],
    // A view-only run must not overwrite the full run's figures.
    outJson: values['out-json'] !== undefined ? resolve(values['out-json']) : viewBundle ? join(tmpdir(), 'citegraph-bench-view.json') : join(projectRoot, 'bench', 'results.json'),
  };
}

/** Both algorithms when the pipeline offers --algorithm with leiden; otherwise its one default. */
function algorithms(): (string | null)[] {
  const spec = (OPTION_SPECS as Record<string, { choices?: readonly string[] }>).algorithm;
  return spec?.choices?.includes('leiden') ? [...spec.choices] : [null];
}

/** A line of the child's stdout; anything else (a library printing to stdout) is passed on. */
function parseMessage(line: string): ChildMessage | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'object' && value !== null ? (value as ChildMessage) : undefined;
  } catch {
    return undefined;
  }
}

/** One size and algorithm in a child; whatever happens to it, a RunResult comes back. */
async function runOne(papers: number, algorithm: string | null, work: string, seed: number, engine: string): Promise<RunResult> {
  const args = ['--papers', String(papers), '--seed', String(seed), '--engine', engine, '--work', work, ...(algorithm ? ['--algorithm', algorithm] : [])];
  const child = spawn(process.execPath, await builtScriptArgs('bench/bench-one.ts', args), { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const result: RunResult = { papers, algorithm, stages: [], measures: null, error: null };
  const tail: string[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const lines = stdout.split('\n');
    stdout = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const message = parseMessage(line);
      if (!message) process.stderr.write(`${line}\n`);
      else if ('stage' in message) result.stages.push(message.stage);
      else if ('measures' in message) result.measures = message.measures;
      else result.error = message.error;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    process.stderr.write(chunk);
    tail.push(...chunk.split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  });
  return new Promise((done) => {
    child.on('error', (error) => {
      result.error = `could not start: ${error.message}`;
    });
    child.on('close', (code, signal) => {
      // Killed (e.g. out of memory) before it could report: say how, with its last error line.
      if (!result.measures && !result.error) {
        const why = tail.findLast((line) => /\b\w*error\b/i.test(line)) ?? tail.at(-1);
        result.error = `${signal ? `killed by ${signal}` : `exited with code ${code}`}${why ? `: ${why.trim()}` : ''}`;
      }
      done(result);
    });
  });
}

function machine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown CPU',
    cores: cores.length,
    memoryGib: Math.round((totalmem() / 2 ** 30) * 100) / 100,
    os: `${type()} ${release()} ${arch()}`,
    node: process.version,
  };
}

async function bench(args: BenchArgs): Promise<BenchResults> {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const workRoot = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
  const cleanUp = () => {
    if (args.keep) log(`corpora and outputs kept in ${workRoot}`);
    else rmSync(workRoot, { recursive: true, force: true });
  };
  // A 100k corpus and its outputs take about a gigabyte: do not leave them behind on Ctrl-C.
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const runs: RunResult[] = [];
    for (const papers of args.sizes) {
      for (const algorithm of algorithms()) {
        log(`${papers} papers${algorithm ? `, ${algorithm}` : ''}`);
        runs.push(await runOne(papers, algorithm, join(workRoot, `papers-${papers}`), args.seed, args.engine));
      }
    }
    // The largest size that produced a bundle: the heaviest first frame.
    const largest = runs.filter((r) => r.measures).at(-1);
    let view: ViewResult | null = null;
    if (args.viewBundle) {
      view = await timeFirstFrame({ path: args.viewBundle, papers: 0 }, VIEW_LOADS, log);
    } else if (args.view && largest?.measures) {
      view = await timeFirstFrame({ path: join(largest.measures.outDir, 'bundle.json'), papers: largest.papers }, VIEW_LOADS, log);
    } else if (args.view) log('view: no size produced a bundle to time');
    return { date: new Date().toISOString(), machine: machine(), seed: args.seed, engine: args.engine, sizes: args.sizes, runs, view, targets: evaluateTargets(runs, view) };
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    cleanUp();
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\nTry --help.\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const results = await bench(args);
  writeFileSync(args.outJson, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatReport(results)}\n`);
  process.stderr.write(`bench: figures saved to ${args.outJson}\n`);
  const failed = results.runs.some((r) => !r.measures) || results.view?.ok === false;
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
