// The memory plan made before a run reads anything: refuse what cannot fit, raise V8's heap limit
// for what needs it. Memory figures are injected (a small budget, a small heap), never a real
// million-paper corpus.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inputSize } from '../pipeline/input-size';
import { describeTooLarge, estimateNeed, MEMORY_MODEL, memoryBudgetMib, planMemory } from '../pipeline/memory-plan';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);
const tmp = () => scratchDir('memory');

/** The CLI in a fresh Node process, with `nodeArgs` before the script (e.g. a heap limit). */
async function cli(args: string[], nodeArgs: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, '--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the memory estimate', () => {
  it('grows with the input bytes, from a floor, with its margin', () => {
    const small = estimateNeed(0);
    const big = estimateNeed(1e9);
    expect(small.peakMib).toBe(Math.ceil(MEMORY_MODEL.floorMib * MEMORY_MODEL.margin));
    expect(big.peakMib - small.peakMib).toBeCloseTo(1000 * MEMORY_MODEL.mibPerInputMb * MEMORY_MODEL.margin, -1);
  });

  it('takes --memory as the budget when given, else the machine less a reserve', () => {
    expect(memoryBudgetMib(8)).toBe(8192);
    expect(memoryBudgetMib(undefined)).toBeGreaterThan(0);
  });

  it('counts the bytes of every file the run would read', async () => {
    const size = await inputSize(['tests/fixtures']);
    expect(size.files).toBeGreaterThan(10);
    expect(size.bytes).toBeGreaterThan(size.files);
  });
});

describe('the memory plan', () => {
  const need = estimateNeed(2e9); // far past 8 GiB
  it('refuses a too-large input with a clear message', () => {
    const plan = planMemory(need, 8 * 1024, 4096);
    expect(plan.kind).toBe('too-large');
    if (plan.kind !== 'too-large') return;
    const message = describeTooLarge(plan, 3769, false);
    expect(message).toMatch(/^the input \(1\.9 GiB in 3,769 files\) needs about \d+\.\d GiB of memory, and this machine has 8\.0 GiB to give/);
    expect(describeTooLarge(plan, 1, true)).toContain('--memory allows 8.0 GiB');
  });

  it('raises the heap limit to the budget when the default is below the expected peak', () => {
    const large = estimateNeed(5e8); // ≈ 9.5 GiB
    expect(planMemory(large, 24 * 1024, 4096)).toEqual({ kind: 'raise-heap', need: large, heapMib: 24 * 1024 });
    expect(planMemory(estimateNeed(1e6), 24 * 1024, 4096)).toEqual({ kind: 'fits', need: estimateNeed(1e6) });
  });
});

describe('the CLI under the memory plan', () => {
  it('refuses with exit code 3 before reading or writing anything when --memory is too small', async () => {
    const out = join(tmp(), 'out');
    const { code, stdout, stderr } = await cli(['seeds', '--out', out, '--memory', '0.05']);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^citegraph: the input \(\d+ MiB in 4 files\) needs about [\d.]+ [MG]iB of memory, and --memory allows 51 MiB\. Split the input/);
    expect(stderr).toContain('Nothing was read or written.');
    expect(existsSync(out)).toBe(false);
  });

  it('restarts itself with a larger heap when its own is below the estimate, and runs to the end', async () => {
    const out = join(tmp(), 'out');
    const { code, stdout, stderr } = await cli(['seeds', '--out', out], ['--max-old-space-size=64']);
    expect(stderr).toMatch(/^citegraph: about [\d.]+ [MG]iB expected for this input: restarting with a [\d.]+ [MG]iB heap limit\n/);
    expect(code).toBe(0);
    expect(stdout).toContain('papers:     140');
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).counts.papers).toBe(140);
  });
});
