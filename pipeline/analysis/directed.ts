// Centrality along the direction of a directed graph's links (a citation graph: source cites
// target; a pair marked `mutual` cites both ways): in-degree (citations received inside the
// corpus, the local citation score), out-degree, and PageRank, which flows from citing to cited
// papers. graphology-metrics' PageRank iteration, on an index of out-links (power-iteration.ts).
import type { AbstractGraph } from 'graphology-types';
import { byNode, type GraphIndex } from './graph-index';
import { iterationNotes, PAGERANK_DAMPING, pagerankOf, POWER_ITERATION_DEFAULTS } from './power-iteration';
import type { IterationNotes } from './types';

export interface DirectedCentrality {
  inDegree: Record<string, number>;
  outDegree: Record<string, number>;
  pagerank: Record<string, number>;
  pagerankNotes: IterationNotes;
}

export function directedCentrality(graph: AbstractGraph): DirectedCentrality {
  const index = outLinks(graph);
  const n = index.keys.length;
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    outDegree[i] = index.starts[i + 1]! - index.starts[i]!;
    for (let e = index.starts[i]!; e < index.starts[i + 1]!; e++) inDegree[index.neighbours[e]!]!++;
  }
  const pagerank = pagerankOf(index, { ...POWER_ITERATION_DEFAULTS, alpha: PAGERANK_DAMPING });
  return { inDegree: byNode(index, inDegree), outDegree: byNode(index, outDegree), pagerank: byNode(index, pagerank.values), pagerankNotes: iterationNotes(pagerank) };
}

/** Out-links as compressed rows, each of weight 1: node i links to neighbours[starts[i] .. starts[i+1]). */
function outLinks(graph: AbstractGraph): GraphIndex {
  const keys = graph.nodes();
  const position = new Map(keys.map((key, i) => [key, i]));
  const pairs: [number, number][] = [];
  graph.forEachEdge((_, attributes, source, target) => {
    const s = position.get(source)!;
    const t = position.get(target)!;
    pairs.push([s, t]);
    if (attributes.mutual === true) pairs.push([t, s]);
  });
  const starts = new Int32Array(keys.length + 1);
  for (const [s] of pairs) starts[s + 1]!++;
  for (let i = 0; i < keys.length; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, keys.length);
  const neighbours = new Int32Array(pairs.length);
  for (const [s, t] of pairs) neighbours[fill[s]!++] = t;
  return { keys, starts, neighbours, weights: new Float64Array(pairs.length).fill(1), edgeCount: pairs.length };
}
