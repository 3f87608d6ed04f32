// Betweenness and harmonic closeness from the BFS sums (shortest-paths.ts), exact when every node
// was a source, else Brandes & Pich's (2007) estimates from k sampled sources, with their standard
// errors: per node, the spread of the k per-source values, finite-population corrected (the
// sources are drawn without replacement).
import type { PathSums } from './shortest-paths';

/**
 * Σ over sources of δ_s(v), scaled by n/k (k of the n nodes were sources), divided by
 * (n−1)(n−2): each unordered pair is counted from both of its ends, so this is the share of the
 * (n−1)(n−2)/2 pairs of other nodes whose shortest paths run through v.
 */
export function betweennessOf(sums: PathSums, n: number, k: number): Float64Array {
  const scale = betweennessScale(n, k);
  return sums.dependency.map((d) => d * scale);
}

/** Standard error of node v's sampled betweenness (0 with fewer than 2 sources: no spread to measure). */
export function betweennessError(sums: PathSums, n: number, k: number, v: number): number {
  return standardError(sums.dependency[v]!, sums.dependencySquared[v]!, k, n) * k * betweennessScale(n, k);
}

function betweennessScale(n: number, k: number): number {
  return n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
}

/**
 * Σ over the other nodes of 1/d, divided by n−1, for a source (its BFS reached everyone) or when
 * every node was one; for any other node, the mean of 1/d over the k sources, an unbiased estimate
 * of the mean over all other nodes.
 */
export function closenessOf(sums: PathSums, n: number, sources: ArrayLike<number>): Float64Array {
  if (n < 2) return new Float64Array(n);
  const k = sources.length;
  if (k === n) return sums.inverseDistance.map((h) => h / (n - 1));
  const closeness = sums.inverseDistance.map((h) => h / k);
  for (let i = 0; i < k; i++) closeness[sources[i]!] = sums.sourceInverseDistance[sources[i]!]! / (n - 1);
  return closeness;
}

/** Standard error of node v's sampled closeness; 0 for a source, whose value is exact. */
export function closenessError(sums: PathSums, n: number, k: number, v: number, isSource: boolean): number {
  return isSource ? 0 : standardError(sums.inverseDistance[v]!, sums.inverseDistanceSquared[v]!, k, n - 1);
}

/** Standard error of the mean of k values (Σ `sum`, Σ² `squares`) drawn without replacement from `population`. */
function standardError(sum: number, squares: number, k: number, population: number): number {
  if (k < 2 || k >= population) return 0;
  const mean = sum / k;
  const variance = Math.max(0, (squares - k * mean * mean) / (k - 1));
  return Math.sqrt((variance / k) * ((population - k) / (population - 1)));
}
