// CPU time of the analysis stage's kernels on the graphs of a citegraph output, one kernel at a
// time on this thread, so that a change to one of them can be measured before and after (run
// the same script on both trees, interleaved: the machine is shared). A timing belongs in no
// test, so it is here:
//
//   node --import tsx bench/analysis-kernels.ts OUTPUT_DIR [REPEATS]
//
// Each graph is read back from OUTPUT_DIR/graphs/<name>.nodes.csv and .edges.csv (Weight column:
// the centrality weight) as an undirected graph; the kernels are the BFS sums behind betweenness
// and closeness (addPathSums, from as many sources as the default budget allows, at most all),
// eigenvector centrality, PageRank, and community detection (10 Louvain runs). Each is run
// REPEATS times (default 3) and the least CPU time (user + sys) is printed, with a hash of its
// result: equal hashes before and after say the kernel computes the same bits.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { CENTRALITY_DEFAULTS } from '../pipeline/analysis/centrality';
import { detectCommunities } from '../pipeline/analysis/communities';
import { connectedComponents } from '../pipeline/analysis/components';
import { indexGraph } from '../pipeline/analysis/graph-index';
import { eigenvectorOf, PAGERANK_DAMPING, pagerankOf, POWER_ITERATION_DEFAULTS } from '../pipeline/analysis/power-iteration';
import { addPathSums, emptyPathSums } from '../pipeline/analysis/shortest-paths';
import { leastCpuMs } from './kernel-timing';

const [dir, repeats = '3'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node --import tsx bench/analysis-kernels.ts OUTPUT_DIR [REPEATS]');

type Rows = Record<string, string>[];
const readRows = (file: string): Rows => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

function graphOf(name: string): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const { Id } of readRows(join(dir!, 'graphs', `${name}.nodes.csv`))) graph.addNode(Id!);
  // Direct citation lists a mutual pair once; as undirected, like the analysis sees it.
  for (const { Source, Target, Weight } of readRows(join(dir!, 'graphs', `${name}.edges.csv`))) graph.mergeEdge(Source!, Target!, { weight: Number(Weight) });
  return graph;
}

/** Least CPU ms (user + sys) over the repeats, and a hash of the last result. */
function measure(run: () => ArrayLike<number>[]): { ms: number; hash: string } {
  const { ms, result } = leastCpuMs(Number(repeats), run);
  const h = createHash('sha256');
  for (const values of result) h.update(new Uint8Array(Float64Array.from(values).buffer));
  return { ms, hash: h.digest('hex').slice(0, 12) };
}

const names = readdirSync(join(dir, 'graphs')).filter((f) => f.endsWith('.edges.csv')).map((f) => f.slice(0, -'.edges.csv'.length)).sort();
console.log('graph\tnodes\tedges\tkernel\tcpu_ms\tdetail\thash');
for (const name of names) {
  const graph = graphOf(name);
  const index = indexGraph(graph, 'weight', 'analysis-kernels');
  const n = graph.order;
  const m = graph.size;
  const row = (kernel: string, { ms, hash }: { ms: number; hash: string }, detail: string) => console.log(`${name}\t${n}\t${m}\t${kernel}\t${ms.toFixed(1)}\t${detail}\t${hash}`);

  // The first sources in node order: the cost per source·edge is what matters, not which.
  const count = Math.min(n, Math.max(64, Math.floor(CENTRALITY_DEFAULTS.betweennessBudget / Math.max(1, m))));
  const sources = Int32Array.from({ length: count }, (_, i) => i);
  const paths = measure(() => {
    const sums = emptyPathSums(n);
    addPathSums(index, sources, sums);
    return Object.values(sums);
  });
  row('addPathSums', paths, `${((paths.ms * 1e6) / Math.max(1, count * m)).toFixed(1)} ns/source·edge, ${count} sources`);

  const { component } = connectedComponents(index);
  let iterations = 0;
  row('eigenvector', measure(() => {
    const result = eigenvectorOf(index, component, POWER_ITERATION_DEFAULTS);
    iterations = result.iterations;
    return [result.values];
  }), `${iterations} iterations`);
  row('pagerank', measure(() => {
    const result = pagerankOf(index, { ...POWER_ITERATION_DEFAULTS, alpha: PAGERANK_DAMPING });
    iterations = result.iterations;
    return [result.values];
  }), `${iterations} iterations`);
  if (m > 0) {
    row('louvain10', measure(() => {
      const result = detectCommunities(graph, { runs: 10 }, index);
      return [Object.values(result.assignment), result.stability];
    }), '10 runs');
  }
}
