// The process's peak resident memory inside a window of time (a stage), not since it started.
// Linux keeps only the all-time high-water mark (maxRSS), so a small worker thread samples the
// RSS every few milliseconds, also while the main thread is busy in a long synchronous step, and
// keeps the highest sample of every open window in shared memory. A window during which maxRSS
// rose peaked exactly at the new maxRSS; otherwise at its highest sample.
import { Worker } from 'node:worker_threads';

const SAMPLE_MS = 5;
/** Windows open at once: one per stage, reused once closed. */
const SLOTS = 64;

// Plain JavaScript, so the thread starts without tsx's loader (a few milliseconds). Slot layout:
// peak[i] in KiB, 0 when closed; the sampler raises every open slot to the current RSS.
const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
setInterval(() => {
  const kib = Math.ceil(process.memoryUsage.rss() / 1024);
  for (let i = 0; i < peak.length; i++) {
    const seen = Atomics.load(peak, i);
    if (seen > 0 && kib > seen) Atomics.compareExchange(peak, i, seen, kib);
  }
}, ${SAMPLE_MS});
`;

const rssKib = () => Math.ceil(process.memoryUsage.rss() / 1024);
const maxRssKib = () => process.resourceUsage().maxRSS;

export interface MemoryWindow {
  /** The peak RSS since the window opened, in MiB; closes the window. */
  close(): number;
}

export class MemoryWatch {
  private readonly peak = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
  private readonly sampler: Worker;

  constructor() {
    this.sampler = new Worker(SAMPLER, { eval: true, workerData: this.peak.buffer });
    this.sampler.unref();
  }

  open(): MemoryWindow {
    const slot = this.peak.findIndex((kib) => kib === 0);
    const startMax = maxRssKib();
    // No free slot (more than SLOTS stages at once): the window still gets its end points and maxRSS.
    if (slot >= 0) Atomics.store(this.peak, slot, rssKib());
    return {
      close: () => {
        const sampled = slot >= 0 ? Atomics.exchange(this.peak, slot, 0) : 0;
        const endMax = maxRssKib();
        const kib = endMax > startMax ? endMax : Math.max(sampled, rssKib());
        return Math.round(kib / 1024);
      },
    };
  }

  stop(): void {
    void this.sampler.terminate();
  }
}
