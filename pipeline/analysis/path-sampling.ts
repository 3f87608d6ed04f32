// The BFS sums behind betweenness and closeness, as a task that may run on a worker thread: from
// every node (exact), or from sampled sources ("pivots") in rounds that double the sample until
// its two halves agree on the top nodes or the sources allowed run out. The halves are the
// sample's even and odd positions, two independent samples of half the size; when they agree on
// the top-k sets, the estimate from both, with twice the sources, is the more stable still.
import type { Task } from '../worker-thread';
import type { GraphIndex } from './graph-index';
import { closenessOf } from './path-estimates';
import { addPathSums, emptyPathSums, type PathSums } from './shortest-paths';
import type { TopAgreement, TopShares } from './types';

interface PathSamplingInput extends Pick<GraphIndex, 'starts' | 'neighbours'> {
  /** Every node (exact), or pivots in their seeded order, as many as the budget allows. */
  sources: Int32Array;
  /** Sources of the first round; each round after doubles them. */
  firstRound: number;
}

export interface PathSampling {
  sums: PathSums;
  /** Sources used: the first `used` of the input's. */
  used: number;
  /** Only when sampled: what ended it, and how far the halves agreed in its last round. */
  stoppedBy?: 'agreement' | 'budget';
  agreement?: TopAgreement;
}

/** The share of the top-10 and top-100 sets the halves must agree on, for both metrics, to stop. */
const AGREED: TopShares = { top10: 1, top100: 0.8 };

/**
 * Its cost grows with sources × edges; the rate is set so that 2·10⁷ source·edges, where a worker
 * was measured to start paying, meet WORKER_START_MS. Estimated at every source allowed: sampling
 * may stop sooner.
 */
export const pathSamplingTask: Task<PathSamplingInput, PathSampling> = {
  module: import.meta.url,
  name: 'pathSamplingTask',
  run: samplePaths,
  estimateMs: ({ sources, neighbours }) => sources.length * (neighbours.length / 2) * 1.25e-5,
};

function samplePaths(input: PathSamplingInput): PathSampling {
  const { sources, firstRound } = input;
  const n = input.starts.length - 1;
  if (sources.length === n) {
    const sums = emptyPathSums(n);
    addPathSums(input, sources, sums);
    return { sums, used: n };
  }
  const halves = [emptyPathSums(n), emptyPathSums(n)] as const;
  let used = 0;
  for (let round = Math.min(firstRound, sources.length); ; round = Math.min(2 * round, sources.length)) {
    for (const half of [0, 1] as const) addPathSums(input, everyOther(sources, used, round, half), halves[half]);
    used = round;
    const agreement = agreementOf(halves, sources.subarray(0, used), n);
    const agreed = (['top10', 'top100'] as const).every((top) => agreement.betweenness[top] >= AGREED[top] && agreement.closeness[top] >= AGREED[top]);
    if (agreed || used === sources.length) return { sums: added(halves), used, stoppedBy: agreed ? 'agreement' : 'budget', agreement };
  }
}

/** sources[from .. to) at the positions of one parity. */
function everyOther(sources: Int32Array, from: number, to: number, parity: 0 | 1): Int32Array {
  const first = from + ((from + parity) % 2);
  return Int32Array.from({ length: Math.max(0, Math.ceil((to - first) / 2)) }, (_, i) => sources[first + 2 * i]!);
}

function agreementOf(halves: readonly [PathSums, PathSums], used: Int32Array, n: number): TopAgreement {
  // Rankings only: each half's betweenness is its dependency sum times one constant.
  const betweenness = halves.map((h) => h.dependency);
  const closeness = halves.map((h, half) => closenessOf(h, n, everyOther(used, 0, used.length, half as 0 | 1)));
  const shares = ([a, b]: Float64Array[]): TopShares => ({ top10: sharedTop(a!, b!, 10), top100: sharedTop(a!, b!, 100) });
  return { betweenness: shares(betweenness), closeness: shares(closeness) };
}

/** Share of the k highest positive values of `a` and of `b` (ties by node) that are the same nodes; 1 when neither has any. */
function sharedTop(a: Float64Array, b: Float64Array, k: number): number {
  const [top, other] = [topNodes(a, k), new Set(topNodes(b, k))];
  const size = Math.max(top.length, other.size);
  return size === 0 ? 1 : top.filter((v) => other.has(v)).length / size;
}

export function topNodes(values: ArrayLike<number>, k: number): number[] {
  const positive: number[] = [];
  for (let v = 0; v < values.length; v++) if (values[v]! > 0) positive.push(v);
  return positive.sort((x, y) => values[y]! - values[x]! || x - y).slice(0, k);
}

function added([a, b]: readonly [PathSums, PathSums]): PathSums {
  const sum = (x: Float64Array, y: Float64Array) => x.map((value, i) => value + y[i]!);
  return {
    dependency: sum(a.dependency, b.dependency),
    dependencySquared: sum(a.dependencySquared, b.dependencySquared),
    inverseDistance: sum(a.inverseDistance, b.inverseDistance),
    inverseDistanceSquared: sum(a.inverseDistanceSquared, b.inverseDistanceSquared),
    sourceInverseDistance: sum(a.sourceInverseDistance, b.sourceInverseDistance),
  };
}
