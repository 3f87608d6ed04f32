// `npm run bench:topics`: topic quality at one size with the stages the paper communities depend
// on (topic-quality.ts), in a process whose heap limit is this machine's memory, so that it reaches
// sizes the whole run is refused at. Prints the figures; --out-json saves them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectGarbageSooner } from '../pipeline/gc-policy';
import { formatMib, memoryBudgetMib } from '../pipeline/memory-plan';
import { DEFAULT_OPTIONS, OPTION_SPECS } from '../pipeline/options';
import { isRelaunched, relaunchWithHeap } from '../pipeline/relaunch';
import { count, decimals } from './format-table';
import { MAX_PAPERS } from './generate/corpus';
import { ensureGeneratedCorpus } from './generated-corpus';
import { measureTopicQuality, type TopicQuality } from './topic-quality';

const HELP = `Usage: npm run bench:topics -- --papers N [--seed S] [--algorithm A] [--work DIR] [--out-json FILE]

Generates a corpus of N papers (bench/generate/) and runs the stages the paper communities depend
on: ingest, corpus, topics, the paper graph and its communities, as the pipeline runs them. Reports
the map and link terms, the papers left without a link, and the NMI of the communities against
the planted topics, with the wall time, CPU and peak RSS.

  --papers N       papers in the corpus
  --seed S         seeds the generator and the pipeline (default: 42)
  --algorithm A    ${OPTION_SPECS.algorithm.choices.join(' or ')} (default: ${OPTION_SPECS.algorithm.default})
  --work DIR       keep the corpus in DIR, and reuse the one there if it has this size and seed
                   (default: a temporary folder, removed)
  --out-json FILE  also save the figures there`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { papers: { type: 'string' }, seed: { type: 'string', default: '42' }, algorithm: { type: 'string' }, work: { type: 'string' }, 'out-json': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  const papers = Number(values.papers);
  const seed = Number(values.seed);
  if (!Number.isInteger(papers) || papers < 1 || papers > MAX_PAPERS) throw new Error(`--papers must be a whole number above 0, at most ${MAX_PAPERS}`);
  if (!Number.isInteger(seed) || values.seed.trim() === '') throw new Error(`--seed must be a whole number (got "${values.seed}")`);
  const algorithm = OPTION_SPECS.algorithm.choices.find((c) => c === (values.algorithm ?? OPTION_SPECS.algorithm.default));
  if (!algorithm) throw new Error(`--algorithm must be ${OPTION_SPECS.algorithm.choices.join(' or ')}`);
  return { papers, seed, algorithm, work: values.work === undefined ? undefined : resolve(values.work), outJson: values['out-json'] === undefined ? undefined : resolve(values['out-json']) };
}

function report(q: TopicQuality, run: { seconds: number; cpuSeconds: number; peakRssMib: number }): string {
  const nmi = q.nmi
    ? `${decimals(q.nmi.nmi, 3)} (${count(q.nmi.matched)} papers matched; ${count(q.nmi.recoveredClusters)} communities vs ${count(q.nmi.plantedClusters)} topics)`
    : 'n/a (no paper matched the truth)';
  return [
    `topic quality, ${count(q.papers)} papers`,
    `  terms: ${count(q.mapTerms)} in the map, ${count(q.linkTerms)} that link papers`,
    `  unlinked papers: ${count(q.unlinkedPapers)} (${decimals((100 * q.unlinkedPapers) / Math.max(1, q.papers), 3)} %)`,
    `  paper graph: ${count(q.paperLinks)} links, ${count(q.communities)} communities, Q=${q.modularity === null ? 'n/a' : decimals(q.modularity, 3)}`,
    `  NMI papers vs planted topics: ${nmi}`,
    `  ingest to communities: ${decimals(run.seconds, 1)} s, CPU ${decimals(run.cpuSeconds, 1)} s, peak RSS ${formatMib(run.peakRssMib)}`,
  ].join('\n');
}

async function main(args: NonNullable<ReturnType<typeof parse>>): Promise<void> {
  const start = performance.now();
  // Each stage's line with the seconds so far: the stage times are the differences.
  const log = (line: string) => process.stderr.write(`bench:topics: [${((performance.now() - start) / 1000).toFixed(1)} s] ${line}\n`);
  const work = args.work ?? mkdtempSync(join(tmpdir(), 'citegraph-topics-'));
  try {
    const gen = join(work, 'gen');
    ensureGeneratedCorpus(gen, args.papers, args.seed, log);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const quality = await measureTopicQuality(gen, { ...DEFAULT_OPTIONS, seed: args.seed, algorithm: args.algorithm }, log);
    const { user, system } = process.cpuUsage(cpuBefore);
    const run = { seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6, peakRssMib: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${report(quality, run)}\n`);
    if (args.outJson) writeFileSync(args.outJson, `${JSON.stringify({ seed: args.seed, algorithm: args.algorithm, ...quality, run }, null, 2)}\n`);
  } finally {
    if (!args.work) rmSync(work, { recursive: true, force: true });
  }
}

let args;
try {
  args = parse(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench:topics: ${(error as Error).message}\n\n${HELP}\n`);
  process.exit(2);
}
if (!args) {
  process.stdout.write(`${HELP}\n`);
} else if (!isRelaunched()) {
  // The heap limit V8 picks by default is a fraction of this machine's memory; these stages at 10⁶ papers need more.
  const exit = await relaunchWithHeap(memoryBudgetMib(undefined));
  process.exitCode = typeof exit === 'number' ? exit : 1;
} else {
  collectGarbageSooner();
  await main(args).catch((error: Error) => {
    process.stderr.write(`bench:topics: ${error.message}\n`);
    process.exitCode = 1;
  });
}
