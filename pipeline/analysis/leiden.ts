// One Leiden run (networkanalysis-ts, the VOSviewer authors' port): modularity through CPM with
// node weights set to total edge weight and resolution γ / 2m, as their own RunNetworkClustering
// does. Unlike Louvain, every community it returns is connected.
import JavaRandom from 'java-random';
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import type { GraphIndex } from './graph-index';
import type { Rng } from './rng';

/** Leiden's iterations per run (networkanalysis' own default) and randomness in the refinement. */
const ITERATIONS = 10;
const RANDOMNESS = 0.01;

/** The index as networkanalysis' Network: built once per graph, shared by every run. */
export function leidenNetwork(index: GraphIndex): Network {
  const n = index.keys.length;
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let p = index.starts[i]!; p < index.starts[i + 1]!; p++) {
      const j = index.neighbours[p]!;
      if (i < j) {
        from.push(i);
        to.push(j);
        weight.push(index.weights[p]!);
      }
    }
  }
  return new Network({ nNodes: n, setNodeWeightsToTotalEdgeWeights: true, edges: [from, to], edgeWeights: weight, sortedEdges: false, checkIntegrity: false });
}

export function leidenMembership(network: Network, resolution: number, rng: Rng): Int32Array {
  const leiden = new LeidenAlgorithm();
  const cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
  leiden.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(cpmResolution, ITERATIONS, RANDOMNESS, new JavaRandom(Math.floor(rng() * 2 ** 31)));
  const clustering = new Clustering({ nNodes: network.getNNodes() });
  leiden.improveClustering(network, clustering);
  return Int32Array.from(clustering.getClusters());
}
