// How eagerly V8 collects garbage in a run: a process-wide choice, made before any work by the
// memory gate (memory-gate.ts, for the CLI and the bench) from the input's size. V8 lets a heap grow up to 4× its live size between full
// collections when memory is plentiful, so most of a run's peak RSS was garbage: at 10,000
// generated papers the live heap was 291 MiB at its largest while the process peaked at 1.1 GiB.
// A fixed growing factor of 1.5 (and V8's default young generation rather than 64 MiB semi-spaces)
// brought the peaks at 1,000 / 10,000 / 100,000 papers from 500 MiB / 1.1 GiB / 4.3 GiB to
// 355 MiB / 0.8 GiB / 3.6 GiB for about 5% more wall time at 10,000 and 10% at 100,000 (more full
// collections); at 300,000 papers, where the heap is mostly live data, it changes neither. Memory
// is what refuses a large corpus on a user's machine; time only makes it wait. Below a few
// megabytes of input the policy saves nothing and costs time (collectsSooner).
import { setFlagsFromString } from 'node:v8';

/** The heap may grow to (1 + this / 100) × what the last full collection left. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Applies the growing factor to this process's heaps: the main thread's from its next collection
 * on, and those of worker threads started later. V8 reads this flag at each full collection, so
 * setting it after start-up takes effect (tests/gc-policy.test.ts holds V8 to that).
 */
export function collectGarbageSooner(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Whether a run on this many bytes of input collects garbage sooner. Measured with the CLI on
 * generated corpora (`/usr/bin/time`, two or three runs each way, outputs byte-identical): at
 * 1,000 papers (2.4 MB) the policy left the peak where it was (350–375 MiB both ways) and cost 6%
 * of the wall time (6.4–6.7 s against 6.9–7.1 s); at 3,000 papers (5.8 MB) it saved about 100 MiB
 * (470 against 560–585 MiB) for 8%; at 10,000 (23 MB) 0.3 GiB.
 */
export const collectsSooner = (inputBytes: number): boolean => inputBytes >= 4e6;
