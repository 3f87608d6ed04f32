// PageRank and eigenvector centrality on the GraphIndex the analysis already holds: graphology-
// metrics' own iterations (same start, update and normalisation; the tests hold them to its
// results) on typed arrays, since its functions first build a neighbourhood index by walking the
// graphology graph (6.5 of their 7 s on a 10⁶-edge graph).
//
// The stopping rule is not graphology-metrics' (networkx's) L1 step < n·10⁻⁶: that bound grows
// with the graph, and at 10⁵ nodes it stopped PageRank 16% per node away from its fixed point.
// Here the L1 change of one step must fall below an absolute tolerance (10⁻¹⁰ by default).
import type { GraphIndex } from './graph-index';
import type { IterationNotes } from './types';

export interface PowerIterationOptions {
  maxIterations: number;
  /** Stop once the L1 norm of one step's change is below this. */
  tolerance: number;
}

export const POWER_ITERATION_DEFAULTS: PowerIterationOptions = { maxIterations: 1000, tolerance: 1e-10 };
export const PAGERANK_DAMPING = 0.85;

export interface PowerIteration extends IterationNotes {
  values: Float64Array;
}

/** What run.json says of an iteration. */
export function iterationNotes({ iterations, residual, converged }: PowerIteration): IterationNotes {
  return { iterations, residual, converged };
}

/**
 * Weighted PageRank (damping `alpha`), summing to 1. Each step shrinks the distance to the fixed
 * point by `alpha` at least (in L1), so the error left is at most residual · alpha / (1 − alpha).
 */
export function pagerankOf(index: GraphIndex, options: PowerIterationOptions & { alpha: number }): PowerIteration {
  const { starts, neighbours, weights } = index;
  const n = index.keys.length;
  const { alpha } = options;
  const p = 1 / n;
  const normalised = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let degree = 0;
    for (let e = starts[i]!; e < starts[i + 1]!; e++) degree += weights[e]!;
    if (degree === 0) dangling.push(i);
    for (let e = starts[i]!; e < starts[i + 1]!; e++) normalised[e] = weights[e]! / degree;
  }
  return iterate(options, new Float64Array(n).fill(p), (last, x) => {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    x.fill(alpha * dangleSum * p + (1 - alpha) * p);
    for (let i = 0; i < n; i++) {
      // The row's end read once, as in multiplyShifted.
      const share = alpha * last[i]!;
      for (let e = starts[i]!, end = starts[i + 1]!; e < end; e++) x[neighbours[e]!]! += share * normalised[e]!;
    }
  });
}

/**
 * Weighted eigenvector centrality, unit Euclidean norm: the eigenvector of the largest eigenvalue
 * (graphology-metrics iterates x ← (I + A)x, which has the same eigenvectors and converges on
 * bipartite graphs too). Exactly 0 outside the component(s) of the largest spectral radius,
 * isolated nodes included, where the iteration would leave values such as 10⁻⁶⁸; all 0 without
 * edges.
 */
export function eigenvectorOf(index: GraphIndex, component: Int32Array, options: PowerIterationOptions): PowerIteration {
  const n = index.keys.length;
  const result = iterate(options, new Float64Array(n).fill(1 / n), (last, x) => {
    multiplyShifted(index, last, x);
    const norm = safeHypot(x);
    for (let i = 0; i < n; i++) x[i]! /= norm;
  });
  keepDominantComponents(index, component, result.values);
  return result;
}

/**
 * x = (I + A)·last. The row's value and end are read once: V8 cannot tell that x shares no
 * memory with last or starts, so it would read them again after every store (a quarter to a third
 * of the eigenvector's CPU, bench/analysis-kernels.ts; the same products in the same order).
 */
function multiplyShifted({ starts, neighbours, weights }: GraphIndex, last: Float64Array, x: Float64Array): void {
  x.set(last);
  for (let i = 0; i < last.length; i++) {
    const value = last[i]!;
    for (let e = starts[i]!, end = starts[i + 1]!; e < end; e++) x[neighbours[e]!]! += value * weights[e]!;
  }
}

// Components whose growth under I + A is within this of the largest have the same spectral
// radius (two copies of one team, say): the eigenvector is spread over all of them.
const SAME_RADIUS = 1e-9;

/**
 * Zeroes, in the converged vector, every component but those of the largest spectral radius,
 * then restores the unit norm. A component's growth ‖(I + A)x_C‖ / ‖x_C‖ is at most 1 + ρ_C and
 * equals it once x_C is converged, so no smaller component can pass for the largest.
 */
function keepDominantComponents(index: GraphIndex, component: Int32Array, x: Float64Array): void {
  const count = component.reduce((max, c) => Math.max(max, c + 1), 0);
  const image = new Float64Array(x.length);
  multiplyShifted(index, x, image);
  const before = new Float64Array(count);
  const after = new Float64Array(count);
  const hasEdge = new Uint8Array(count);
  for (let i = 0; i < x.length; i++) {
    const c = component[i]!;
    before[c]! += x[i]! * x[i]!;
    after[c]! += image[i]! * image[i]!;
    if (index.starts[i + 1]! > index.starts[i]!) hasEdge[c] = 1;
  }
  const growth = Array.from(before, (b, c) => (hasEdge[c] && b > 0 ? Math.sqrt(after[c]! / b) : 0));
  const largest = growth.reduce((max, g) => Math.max(max, g), 0);
  const kept = growth.map((g) => largest > 0 && g >= largest * (1 - SAME_RADIUS));
  for (let i = 0; i < x.length; i++) if (!kept[component[i]!]) x[i] = 0;
  const norm = safeHypot(x);
  if (norm > 0) for (let i = 0; i < x.length; i++) x[i]! /= norm;
}

/** `step(last, x)` writes the next iterate into x, until the L1 change is below the tolerance. */
function iterate(options: PowerIterationOptions, start: Float64Array, step: (last: Float64Array, x: Float64Array) => void): PowerIteration {
  let x: Float64Array = start;
  let spare: Float64Array = new Float64Array(start.length);
  let residual = Infinity;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    [x, spare] = [spare, x];
    step(spare, x);
    residual = 0;
    for (let i = 0; i < x.length; i++) residual += Math.abs(x[i]! - spare[i]!);
    if (residual < options.tolerance) return { values: x, iterations: iteration, residual, converged: true };
  }
  return { values: x, iterations: options.maxIterations, residual, converged: false };
}

/** Euclidean norm without overflow (graphology-metrics' safeVariadicHypot); 1 on numerical failure. */
function safeHypot(x: Float64Array): number {
  let max = 0;
  let s = 0;
  for (const value of x) {
    const v = Math.abs(value);
    if (v > max) {
      s *= (max / v) * (max / v);
      max = v;
    }
    s += v === 0 && max === 0 ? 0 : (v / max) * (v / max);
  }
  return max === Infinity ? 1 : max * Math.sqrt(s);
}
