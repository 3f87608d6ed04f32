// SIGKILL the pipeline at random points while it writes: output/ must be the previous complete
// output or the new complete output, never a mix; the next run cleans up after the killed one.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const input = 'seeds/000_39e9b5353dc8780f.txt'; // one file keeps each run short

function start(out: string, seed: number): ChildProcess {
  return spawn(tsx, ['pipeline/cli.ts', input, '--out', out, '--seed', String(seed)], { stdio: 'ignore' });
}

function finish(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Every file's content, but for the timings in run.json and the --out path. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  if (files['run.json']) {
    const manifest = JSON.parse(files['run.json']);
    files['run.json'] = JSON.stringify({ ...manifest, stages: null, options: { ...manifest.options, out: null } });
  }
  return files;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let previous: Record<string, string>;
let next: Record<string, string>;

beforeAll(async () => {
  const a = join(scratchDir('kill'), 'out');
  const b = join(scratchDir('kill'), 'out');
  expect(await finish(start(a, 1))).toBe(0);
  expect(await finish(start(b, 2))).toBe(0);
  previous = snapshot(a);
  next = snapshot(b);
  expect(next).not.toEqual(previous); // different seeds, different layouts: the two are told apart
}, 120_000);

describe('atomic output under SIGKILL', () => {
  it('leaves the previous or the new complete output, never a mix', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 400 }), async (delayMs) => {
        const parent = scratchDir('kill');
        const out = join(parent, 'out');
        expect(await finish(start(out, 1))).toBe(0);
        const child = start(out, 2);
        // Aim the kill at the writing phase: wait for the run's temporary folder to appear.
        const tmp = join(parent, `.out.tmp-${child.pid}`);
        const exited = finish(child);
        let done = false;
        void exited.then(() => (done = true));
        while (!done && !existsSync(tmp)) await sleep(2);
        await sleep(delayMs);
        child.kill('SIGKILL');
        await exited;

        if (existsSync(out)) {
          const now = snapshot(out);
          expect([previous, next]).toContainEqual(now);
        } else {
          // Killed between the two renames: the previous output waits beside it, whole.
          expect(snapshot(join(parent, '.out.previous'))).toEqual(previous);
        }
        // The next run restores or replaces it and removes the killed run's leftovers.
        expect(await finish(start(out, 2))).toBe(0);
        expect(snapshot(out)).toEqual(next);
        expect(readdirSync(parent)).toEqual(['out']);
      }),
      { numRuns: 5, seed: 20261122 },
    );
  }, 180_000);

  it('exits non-zero and keeps the previous output when the run fails', async () => {
    const parent = scratchDir('kill');
    const out = join(parent, 'out');
    expect(await finish(start(out, 1))).toBe(0);
    const failing = spawn(tsx, ['pipeline/cli.ts', input, '--out', out, '--thesaurus', join(parent, 'missing.txt')], { stdio: 'ignore' });
    expect(await finish(failing)).toBe(1);
    expect(snapshot(out)).toEqual(previous);
  });

  it('cleans up after Ctrl-C or a kill with SIGTERM: no temporary folder, no lock, the previous output whole', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const parent = scratchDir('kill');
      const out = join(parent, 'out');
      expect(await finish(start(out, 1))).toBe(0);
      // node itself, not the tsx wrapper, so the signal reaches the pipeline's own process.
      const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', input, '--out', out, '--seed', '2'], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      while (!existsSync(join(parent, `.out.tmp-${child.pid}`))) await sleep(2);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(parent)).toEqual(['out']);
      expect(snapshot(out)).toEqual(previous);
    }
  });
});
