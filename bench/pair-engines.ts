// The pair-counting graphs alone, by one engine: `npx tsx bench/pair-engines.ts --corpus DIR
// --engine memory|duckdb`. Reads and models the corpus (not timed), then builds the co-author,
// paper, term, coupling and co-citation graphs one after the other (pair counts and graph
// assembly, no analysis or layout), each with its wall time, CPU time and own peak RSS; one JSON
// line per graph on stdout. What --engine auto's threshold is read from (README: Out of core).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCitations } from '../pipeline/citations/index';
import { buildCorpus } from '../pipeline/corpus/merge';
import { openDuckDB } from '../pipeline/engine/choose';
import { GRAPHS } from '../pipeline/graphs/index';
import type { GraphInputs } from '../pipeline/graphs/types';
import { ingestPaths } from '../pipeline/ingest/index';
import { cpuMs } from '../pipeline/cpu-time';
import { MemoryWatch } from '../pipeline/memory-watch';
import { DEFAULT_OPTIONS, OPTION_SPECS } from '../pipeline/options';
import { buildTopicModel } from '../pipeline/topics/index';

const PAIR_GRAPHS = ['coauthor', 'papers', 'terms', 'coupling', 'cocitation'];

const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { corpus: { type: 'string' }, engine: { type: 'string' }, work: { type: 'string' } } });
const engine = OPTION_SPECS.engine.choices.find((e) => e === values.engine && e !== 'auto');
if (!values.corpus || !engine) {
  process.stderr.write('usage: pair-engines.ts --corpus DIR --engine memory|duckdb [--work DIR (DuckDB spill, default: the system temporary folder)]\n');
  process.exit(2);
}

const corpus = buildCorpus(await ingestPaths([values.corpus]));
const citations = buildCitations(corpus, DEFAULT_OPTIONS['key-routes']);
const topics = await buildTopicModel(corpus.papers);
const watch = new MemoryWatch();
const started = { wall: performance.now(), cpu: cpuMs(), window: watch.open(), rssMib: Math.round(process.memoryUsage.rss() / 2 ** 20) };
const duckdb = engine === 'duckdb' ? await openDuckDB(values.work ?? join(process.env.TMPDIR ?? '/tmp', `pair-engines-${process.pid}`), undefined) : undefined;
const inputs: GraphInputs = { corpus, topics, citations, options: { ...DEFAULT_OPTIONS, engine }, ...(duckdb ? { duckdb } : {}) };
const report = (graph: string, wallMs: number, cpu: number, peakRssMib: number, edges?: number) =>
  process.stdout.write(`${JSON.stringify({ papers: corpus.papers.length, engine, graph, seconds: wallMs / 1000, cpuSeconds: cpu / 1000, peakRssMib, ...(edges === undefined ? {} : { edges }) })}\n`);
for (const entry of GRAPHS.filter((g) => PAIR_GRAPHS.includes(g.kind))) {
  const window = watch.open();
  const wall = performance.now();
  const cpu = cpuMs();
  const { graph } = await entry.build(inputs, {});
  report(entry.kind, performance.now() - wall, cpuMs() - cpu, window.close(), graph.size);
}
await duckdb?.close();
report('all', performance.now() - started.wall, cpuMs() - started.cpu, started.window.close());
process.stdout.write(`${JSON.stringify({ rssBeforeGraphsMib: started.rssMib })}\n`);
watch.stop();
