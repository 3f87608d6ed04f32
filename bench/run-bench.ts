// `npm run bench`: the real pipeline on generated corpora of several sizes, each size in a fresh
// process (bench-one.ts) so that its peak RSS is its own; then the view (first frame and four
// actions, view-render.ts) on the largest bundle in headless Chromium, or on --view-bundle's alone.
// With --igraph, the igraph comparison pipeline (bench/igraph/pipeline.py) runs on each size's
// corpus after citegraph, in a process of its own. Prints the table, saves everything as JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { OPTION_SPECS } from '../pipeline/options';
import { type BenchArgs, HELP, parseBenchArgs, UsageError } from './bench-args';
import { formatReport } from './format-table';
import { igraphMissing, runIgraph } from './igraph-run';
import { type MachineSpeed, measureMachineSpeed } from './machine-speed';
import type { BenchResults, ChildMessage, IgraphRun, Machine, RunResult, ViewResult } from './results';
import { evaluateTargets } from './targets';
import { builtScriptArgs, projectRoot } from './ts-process';
import { timeFirstFrame } from './view-render';

const VIEW_LOADS = 3;
/** stderr lines kept from a child, to say why it died when it could not say so itself (V8's
 *  out-of-memory report puts a dozen lines of native stack after its message). */
const TAIL_LINES = 40;

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

function machine(before: MachineSpeed): Machine {
  const cores = cpus();
  return {
    speed: { before, after: measureMachineSpeed() },
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
    const speed = measureMachineSpeed();
    log(`machine speed: reference kernel ${speed.referenceMs} ms, load average ${speed.load}`);
    const runs: RunResult[] = [];
    const igraph: IgraphRun[] | null = args.igraph ? [] : null;
    // Said once, before the long citegraph runs, rather than only after them.
    const missing = args.igraph ? igraphMissing() : null;
    if (missing) log(`igraph: ${missing}`);
    for (const papers of args.sizes) {
      const work = join(workRoot, `papers-${papers}`);
      for (const algorithm of algorithms()) {
        log(`${papers} papers${algorithm ? `, ${algorithm}` : ''}`);
        runs.push(await runOne(papers, algorithm, work, args.seed, args.engine));
      }
      // On the corpus citegraph's runs generated and read.
      if (igraph) {
        log(`${papers} papers, igraph pipeline`);
        igraph.push(missing
          ? { papers, processSeconds: null, report: null, error: missing }
          : await runIgraph(papers, join(work, 'gen'), join(work, 'out-igraph'), args.seed, (line) => log(`[${papers} papers, igraph] ${line}`)));
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
    return { date: new Date().toISOString(), machine: machine(speed), seed: args.seed, engine: args.engine, sizes: args.sizes, runs, view, igraph, targets: evaluateTargets(runs, view, igraph) };
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
  const failed = results.runs.some((r) => !r.measures) || results.view?.ok === false || results.igraph?.some((r) => !r.report) === true;
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
