// CPU time of building the co-citation map (counting the pairs of cited works and making the
// graphology graph), the largest graph of small corpora, one build at a time on this thread, so a
// change to the pair counting can be measured before and after (run it on both trees, interleaved):
//
//   node --import tsx bench/cocitation-kernel.ts INPUT [REPEATS] [MIN_CITATIONS]
//
// INPUT is read and resolved as the pipeline does (ingest, corpus, citations); the map is built with
// the run's own threshold unless MIN_CITATIONS is given. Prints the least CPU time over REPEATS
// builds (default 7), the map's size and a hash of its nodes, links, weights, strengths and
// evidence: equal hashes before and after say the build gives the same graph.
import { createHash } from 'node:crypto';
import { buildCitations } from '../pipeline/citations/index';
import { buildCorpus } from '../pipeline/corpus/merge';
import { buildCocitationGraph, cocitationGraph } from '../pipeline/graphs/cocitation';
import { ingestPaths } from '../pipeline/ingest/index';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { leastCpuMs } from './kernel-timing';

const [input, repeats = '7', minCitations] = process.argv.slice(2);
if (!input) throw new Error('usage: node --import tsx bench/cocitation-kernel.ts INPUT [REPEATS] [MIN_CITATIONS]');

const corpus = buildCorpus(await ingestPaths([input]));
const citations = buildCitations(corpus, DEFAULT_OPTIONS['key-routes']);
const options = { ...DEFAULT_OPTIONS, ...(minCitations ? { 'min-citations': Number(minCitations) } : {}) };
// The run's threshold, as its registry entry chooses it; then the build alone, timed.
const min = (await cocitationGraph.build({ corpus, options, citations }, {})).notes!.minCitations!;
const { ms: best, result: graph } = leastCpuMs(Number(repeats), () => buildCocitationGraph(citations, min));
const hash = createHash('sha256');
graph.forEachNode((node, { label }) => hash.update(`${node}\t${label}\n`));
graph.forEachEdge((key, e, source, target) => hash.update(`${key}\t${source}\t${target}\t${e.weight}\t${e.association}\t${e.papers.join(',')}\n`));
console.log(`co-citation map: ${graph.order} works, ${graph.size} links (min citations ${min}); least CPU ${best.toFixed(1)} ms of ${repeats} builds; hash ${hash.digest('hex').slice(0, 12)}`);
