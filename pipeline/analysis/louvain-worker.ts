// Louvain's runs on a worker thread (see detectCommunitiesConcurrently), on a copy of the graph
// rebuilt from its node keys and edge list. Both go in in the original order, so every node
// sees its neighbours in the same order and each seeded run gives the partition it gives on the
// original graph.
import { UndirectedGraph } from 'graphology';
import { serveWorker } from '../worker-thread';
import { type LouvainInput, louvainMembership } from './louvain-run';
import { seededRng } from './rng';

serveWorker((input: LouvainInput): Int32Array[] => {
  const { keys } = input;
  const graph = new UndirectedGraph();
  for (const key of keys) graph.addNode(key);
  for (let e = 0; e < input.source.length; e++) graph.addEdge(keys[input.source[e]!]!, keys[input.target[e]!]!, { weight: input.weight[e]! });
  return Array.from({ length: input.runs }, (_, run) => louvainMembership(graph, keys, 'weight', input.resolution, seededRng(input.seed, run)));
});
