// Whether a run fits in memory, decided before anything is read, from the size of its input files:
// peak memory grows with the input close to linearly (bench/, README: Performance). A run that
// cannot fit is refused with the figures; one that fits but needs more than V8's default heap
// (about 4 GiB here) is given a heap limit from the memory there is, so it never ends in V8's
// out-of-memory crash. The plan changes no result: only whether and where the run goes.
import { totalmem } from 'node:os';

const MIB = 2 ** 20;

/**
 * Peak resident memory ≈ floorMib + mibPerInputMb × input megabytes, fitted to generated corpora
 * (`npm run gen:corpus`, seed 42, every input shape mixed) on this project's machine, 2026-12-01:
 * 531 MiB, 1.1, 4.2 and 9.1 GiB at 10³ (2.0 MB), 10⁴ (20 MB), 10⁵ (201 MB) and 3·10⁵ papers
 * (611 MB); the line runs above each (the 10⁵ point sets the floor). The floor is the modules,
 * the worker threads and the graphs' fixed costs. Since garbage is collected sooner
 * (gc-policy.ts) the same corpora peak at 355 MiB, 0.8–0.9, 3.4 and 9.4 GiB, still under the
 * line. The line is kept: the 3·10⁵ point, which sets its slope, did not come down.
 */
export const MEMORY_MODEL = {
  floorMib: 1500,
  mibPerInputMb: 14,
  /** The estimate is a fit, not a bound: a run is planned for this much more. */
  margin: 1.15,
  /** Kept for the system and other programs when the budget is the whole machine. */
  reserveMib: 1024,
};

export interface MemoryNeed {
  inputBytes: number;
  /** Expected peak RSS, margin included. */
  peakMib: number;
}

export function estimateNeed(inputBytes: number, model = MEMORY_MODEL): MemoryNeed {
  const peakMib = (model.floorMib + (model.mibPerInputMb * inputBytes) / 1e6) * model.margin;
  return { inputBytes, peakMib: Math.ceil(peakMib) };
}

/** What the run may use: the machine's memory or its container's limit, less a reserve; or what --memory says. */
export function memoryBudgetMib(memoryGib: number | undefined): number {
  if (memoryGib !== undefined) return Math.floor(memoryGib * 1024);
  // 0, undefined or 2⁶⁴ − 1 when no container limit is set.
  const limit = process.constrainedMemory?.() ?? 0;
  const machine = limit > 0 && limit < totalmem() ? limit : totalmem();
  return Math.floor(machine / MIB) - MEMORY_MODEL.reserveMib;
}

export type MemoryPlan =
  | { kind: 'fits'; need: MemoryNeed }
  /** Restart with V8's heap limit at `heapMib`, the budget: the default would be too small for this input. */
  | { kind: 'raise-heap'; need: MemoryNeed; heapMib: number }
  | { kind: 'too-large'; need: MemoryNeed; budgetMib: number };

/**
 * A heap limit is a ceiling, not a reservation: V8 takes memory only as the live data grow. So a
 * run that needs more than the default gets the whole budget as its limit, not the estimate: an
 * estimate a little short would otherwise end the run in V8's out-of-memory crash, which the plan
 * is there to prevent. `heapLimitMib` is the limit this process runs with.
 */
export function planMemory(need: MemoryNeed, budgetMib: number, heapLimitMib: number): MemoryPlan {
  if (need.peakMib > budgetMib) return { kind: 'too-large', need, budgetMib };
  if (need.peakMib <= heapLimitMib) return { kind: 'fits', need };
  return { kind: 'raise-heap', need, heapMib: budgetMib };
}

/** 51 → "51 MiB", 15872 → "15.5 GiB". */
export const formatMib = (mib: number): string => (mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${Math.round(mib)} MiB`);

/** Why the run was refused, in the user's terms. */
export function describeTooLarge(plan: Extract<MemoryPlan, { kind: 'too-large' }>, files: number, stated: boolean): string {
  const { need, budgetMib } = plan;
  const input = formatMib(Math.ceil(need.inputBytes / MIB));
  const budget = stated ? `--memory allows ${formatMib(budgetMib)}` : `this machine has ${formatMib(budgetMib)} to give (its memory less ${formatMib(MEMORY_MODEL.reserveMib)})`;
  return (
    `the input (${input} in ${files.toLocaleString('en')} files) needs about ${formatMib(need.peakMib)} of memory, and ${budget}. ` +
    'Split the input, or run on a machine with more memory (--memory states how much to use).'
  );
}
