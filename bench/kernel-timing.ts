// A kernel's cost as the kernel benchmarks report it: the least CPU time over some repeats (the
// machine is shared, and the least is the run others disturbed least), with the last result.
import { cpuMs } from '../pipeline/cpu-time';

export function leastCpuMs<T>(repeats: number, run: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < repeats; r++) {
    const start = cpuMs();
    result = run();
    best = Math.min(best, cpuMs() - start);
  }
  return { ms: best, result };
}
