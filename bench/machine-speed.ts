// How fast this machine was when the bench ran, so that figures taken on different days can be
// compared: the project's virtual machine ran the same build at 1,000 papers in 6.6 s one day and
// 13.5 s another, and this kernel took 195 to 455 ms within one hour at a load average below 2
// (with no steal time counted: the host's own contention is invisible inside the machine). Two
// figures, taken before the runs and after them: the load average (other programs sharing the
// cores), and the CPU time of a fixed kernel like the pipeline's own work (breadth-first searches
// over a seeded random graph in typed arrays, and a sort of its degrees). The kernel is frozen
// here, apart from the pipeline's code, so that speeding the pipeline up never moves the
// yardstick; a test holds its result to one checksum.
import { loadavg } from 'node:os';
import { leastCpuMs } from './kernel-timing';

const NODES = 20_000;
const EDGES = 100_000;
const SOURCES = 2_000;

/** A seeded linear congruential generator (Numerical Recipes' constants): the same graph everywhere. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
}

/**
 * The kernel: a random graph of NODES nodes and EDGES links in compressed rows, a BFS from each of
 * SOURCES sources summing the distances it finds, and a sort of a copy of the degrees. Returns a
 * checksum of what it computed.
 */
export function referenceKernel(): number {
  const next = lcg(42);
  const ends = new Int32Array(2 * EDGES);
  const degree = new Int32Array(NODES);
  for (let e = 0; e < EDGES; e++) {
    const a = next() % NODES;
    const b = next() % NODES;
    ends[2 * e] = a;
    ends[2 * e + 1] = b;
    degree[a]!++;
    degree[b]!++;
  }
  const starts = new Int32Array(NODES + 1);
  for (let v = 0; v < NODES; v++) starts[v + 1] = starts[v]! + degree[v]!;
  const fill = starts.slice(0, NODES);
  const neighbours = new Int32Array(2 * EDGES);
  for (let e = 0; e < EDGES; e++) {
    const a = ends[2 * e]!;
    const b = ends[2 * e + 1]!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  const distance = new Int32Array(NODES);
  const queue = new Int32Array(NODES);
  let checksum = 0;
  for (let k = 0; k < SOURCES; k++) {
    distance.fill(-1);
    const source = next() % NODES;
    distance[source] = 0;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = starts[v]!; e < starts[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          checksum = (checksum + distance[w]!) % 1_000_000_007;
          queue[tail++] = w;
        }
      }
    }
  }
  const sorted = Float64Array.from(degree).sort();
  return (checksum + sorted[NODES >> 1]! + sorted[NODES - 1]!) % 1_000_000_007;
}

export interface MachineSpeed {
  /** Least CPU time of referenceKernel over three runs, ms: lower is a faster machine. */
  referenceMs: number;
  /** The one-minute load average as the kernel ran, to two decimals. */
  load: number;
}

export function measureMachineSpeed(): MachineSpeed {
  return { referenceMs: Math.round(leastCpuMs(3, referenceKernel).ms), load: Math.round(loadavg()[0]! * 100) / 100 };
}
