// Measures how fast the betweenness BFS runs, the figure the default betweenness budget is set
// from (pipeline/analysis/centrality.ts). A timing belongs in no test, so it is in the bench:
//
//   node --import tsx bench/bfs-rate.ts OUTPUT_DIR [SECONDS]
//
// For each graph of a citegraph output (its *_edges.csv, source and target columns), it runs the
// BFS of addPathSums from seeded random sources, on this thread, for about SECONDS (default 3)
// and prints the rate in source·edges per second: the unit of the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { indexGraph } from '../pipeline/analysis/graph-index';
import { seededRng } from '../pipeline/analysis/rng';
import { addPathSums, emptyPathSums } from '../pipeline/analysis/shortest-paths';

const [dir, seconds = '3'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node --import tsx bench/bfs-rate.ts OUTPUT_DIR [SECONDS]');

for (const file of readdirSync(dir).filter((f) => f.endsWith('_edges.csv')).sort()) {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const graph = new UndirectedGraph();
  for (const { source, target } of rows) graph.mergeEdge(source!, target!, { weight: 1 });
  const index = indexGraph(graph, 'weight', 'bfs-rate');
  const n = graph.order;
  const sums = emptyPathSums(n);
  const rng = seededRng('bfs-rate', file);
  let sources = 0;
  const began = performance.now();
  while (performance.now() - began < Number(seconds) * 1000) {
    const batch = Int32Array.from({ length: 8 }, () => Math.floor(rng() * n));
    addPathSums(index, batch, sums);
    sources += batch.length;
  }
  const elapsed = (performance.now() - began) / 1000;
  const rate = (sources * graph.size) / elapsed;
  console.log(`${file}: ${n} nodes, ${graph.size} edges, ${sources} sources in ${elapsed.toFixed(1)} s: ${rate.toExponential(2)} source·edges/s`);
}
