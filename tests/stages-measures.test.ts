import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { MemoryWatch } from '../pipeline/memory-watch';
import { type StageEvent, StageClock } from '../pipeline/stages';

const MIB = 2 ** 20;

/** A thread that fills `mib` MiB, holds them until told, then ends (its memory goes back to the system). */
function holder(mib: number) {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const held = Buffer.alloc(${mib} * 2 ** 20, 1);
     parentPort.postMessage(held.length);
     parentPort.once('message', () => process.exit(0));`,
    { eval: true },
  );
  const filled = new Promise((resolve) => worker.once('message', resolve));
  const release = () => new Promise((resolve) => { worker.once('exit', resolve); worker.postMessage('go'); });
  return { filled, release };
}

/**
 * Busy for `ms` of wall time and of the process's CPU time, whichever comes later: CPU time alone
 * would depend on the machine's load, and the process's other threads (the garbage collector's,
 * the test runner's) add to it, so it can reach `ms` in half the wall time on two cores.
 */
const spin = (ms: number) => {
  const start = process.cpuUsage();
  const wallStart = performance.now();
  const used = () => {
    const now = process.cpuUsage(start);
    return (now.user + now.system) / 1000;
  };
  while (used() < ms || performance.now() - wallStart < ms);
};

describe('per-stage memory', () => {
  it("gives a window the peak reached inside it, not the process's maximum so far", async () => {
    const watch = new MemoryWatch();
    try {
      const before = process.memoryUsage.rss() / MIB;
      const big = watch.open();
      const held = holder(400);
      await held.filled;
      const bigPeak = big.close();
      await held.release();
      const small = watch.open();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const smallPeak = small.close();
      expect(bigPeak).toBeGreaterThan(before + 350);
      expect(smallPeak).toBeLessThan(bigPeak - 300);
    } finally {
      watch.stop();
    }
  });

  it('catches a peak below the maximum so far while the main thread is too busy to look', async () => {
    const watch = new MemoryWatch();
    try {
      const high = holder(500); // the process's maximum so far: above what the window will see
      await high.filled;
      await high.release();
      const window = watch.open();
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const brief = new Worker(
        `const { workerData } = require('node:worker_threads');
         const held = Buffer.alloc(250 * 2 ** 20, 1);
         Atomics.wait(new Int32Array(workerData), 0, 0, 200);
         process.exit(held.length > 0 ? 0 : 1);`,
        { eval: true, workerData: flag.buffer },
      );
      const ended = new Promise((resolve) => brief.once('exit', resolve));
      spin(600); // busy through the brief thread's whole life: only the sampler sees it
      const peak = window.close();
      await ended;
      expect(peak).toBeGreaterThan(process.memoryUsage.rss() / MIB + 200);
    } finally {
      watch.stop();
    }
  });
});

describe('StageClock', () => {
  it('reports wall, CPU and peak memory per stage, in the declared order whatever order they end in', async () => {
    const events: StageEvent[] = [];
    const clock = new StageClock(['a', 'b'], (e) => events.push(e));
    try {
      const late = clock.run('a', async () => { await new Promise((resolve) => setTimeout(resolve, 30)); spin(40); }, () => 'a done');
      await clock.run('b', () => 2, (n) => `${n} things`);
      await late;
    } finally {
      clock.stop();
    }
    expect(events.map((e) => [e.stage, e.detail])).toEqual([['a', 'a done'], ['b', '2 things']]);
    expect(Object.keys(clock.measures)).toEqual(['a', 'b']);
    // Its wait and its work both count (timers may fire a few ms early: not 70 to the ms).
    expect(clock.measures.a!.wallMs).toBeGreaterThanOrEqual(55);
    expect(clock.measures.a!.cpuMs).toBeGreaterThanOrEqual(30);
    for (const e of events) expect(e.peakRssMib).toBeGreaterThan(10);
  });
});
