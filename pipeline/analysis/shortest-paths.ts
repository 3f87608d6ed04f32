// Brandes' accumulation (2001) over unweighted shortest paths from a set of source nodes, on a
// GraphIndex with typed arrays only: O(n) memory and O(m) time per source. With every node as a
// source it is exact betweenness; with k random sources it is Brandes & Pich's (2007) estimate.
// The same BFS also yields distances, so harmonic closeness comes with no extra traversal.
//
// Predecessor lists are not stored: in the backward pass a node's successors are found again as
// its neighbours one hop further from the source, which keeps memory at a few arrays of n.
import type { GraphIndex } from './graph-index';

export interface PathSums {
  /** Σ over the sources s of the dependency δ_s(v) (δ_v(v) = 0). */
  dependency: Float64Array;
  /** Σ over the sources of δ_s(v)², for the estimate's standard error. */
  dependencySquared: Float64Array;
  /** Σ over the sources s ≠ v of 1/d(s, v); unreachable sources add 0. */
  inverseDistance: Float64Array;
  /** Σ over the sources s ≠ v of 1/d(s, v)², for the estimate's standard error. */
  inverseDistanceSquared: Float64Array;
  /** For each source s: Σ over v ≠ s of 1/d(s, v), its exact harmonic sum. 0 for other nodes. */
  sourceInverseDistance: Float64Array;
}

export function emptyPathSums(n: number): PathSums {
  return {
    dependency: new Float64Array(n),
    dependencySquared: new Float64Array(n),
    inverseDistance: new Float64Array(n),
    inverseDistanceSquared: new Float64Array(n),
    sourceInverseDistance: new Float64Array(n),
  };
}

/** Adds the BFS and Brandes accumulation from each of `sources` into `sums`. */
export function addPathSums(index: Pick<GraphIndex, 'starts' | 'neighbours'>, sources: ArrayLike<number>, sums: PathSums): void {
  const { starts, neighbours } = index;
  const n = starts.length - 1;
  const { dependency, dependencySquared, inverseDistance, inverseDistanceSquared, sourceInverseDistance } = sums;

  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n); // σ_s(v), number of shortest s–v paths; float: it overflows int32
  // (1 + δ_s(w)) / σ_s(w); always written before it is read (successors are deeper, so come first)
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n); // BFS order: the queue, then read backwards as Brandes' stack

  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    let head = 0;
    let tail = 0;
    let harmonic = 0;
    order[tail++] = s;
    distance[s] = 0;
    paths[s] = 1;

    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const pathsV = paths[v]!;
      for (let e = starts[v]!, end = starts[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          order[tail++] = w;
          inverseDistance[w]! += 1 / next;
          inverseDistanceSquared[w]! += 1 / (next * next);
          harmonic += 1 / next;
        }
        if (distance[w] === next) paths[w]! += pathsV;
      }
    }
    sourceInverseDistance[s] = harmonic;

    // Backward pass, deepest first: δ(v) = σ(v) Σ over successors w of (1 + δ(w)) / σ(w). Pulling
    // from successors writes to one node only, which runs ~10% faster than pushing to predecessors.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i]!;
      const below = distance[v]! + 1;
      let sum = 0;
      for (let e = starts[v]!, end = starts[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (distance[w] === below) sum += coefficient[w]!;
      }
      const dependencyV = paths[v]! * sum;
      dependency[v]! += dependencyV;
      dependencySquared[v]! += dependencyV * dependencyV;
      coefficient[v] = (1 + dependencyV) / paths[v]!;
    }

    // Reset only what this BFS touched: a source in a small component costs little.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      distance[v] = -1;
      paths[v] = 0;
    }
  }
}
