// The memory plan applied before a run reads anything, the same for the CLI and the benchmark:
// the input's bytes → the estimate → refuse, restart this process with a larger heap, or go on,
// collecting garbage sooner where the input is large enough for that to save memory.
import { getHeapStatistics } from 'node:v8';
import { inputSize } from './input-size';
import { describeTooLarge, estimateNeed, formatMib, memoryBudgetMib, planMemory } from './memory-plan';
import { isRelaunched, relaunchWithHeap } from './relaunch';
import { collectGarbageSooner, collectsSooner } from './gc-policy';

export type MemoryGate =
  | { kind: 'go' }
  /** Refused: the message says why, in the user's terms. */
  | { kind: 'refused'; message: string }
  /** This process was started again with a larger heap, which ran the work: its exit status. */
  | { kind: 'restarted'; exit: number | NodeJS.Signals };

/** `memoryGib`: the --memory option, when stated. `say` is told of a restart before it happens. */
export async function gateMemory(paths: readonly string[], memoryGib: number | undefined, say: (line: string) => void): Promise<MemoryGate> {
  const input = await inputSize(paths);
  if (collectsSooner(input.bytes)) collectGarbageSooner();
  const plan = planMemory(estimateNeed(input.bytes), memoryBudgetMib(memoryGib), getHeapStatistics().heap_size_limit / 2 ** 20);
  if (plan.kind === 'too-large') return { kind: 'refused', message: describeTooLarge(plan, input.files, memoryGib !== undefined) };
  if (plan.kind === 'fits' || isRelaunched()) return { kind: 'go' };
  say(`about ${formatMib(plan.need.peakMib)} expected for this input: restarting with a ${formatMib(plan.heapMib)} heap limit`);
  return { kind: 'restarted', exit: await relaunchWithHeap(plan.heapMib) };
}
