// The bench runs a size as the CLI would run its corpus: past the heap this process has, the
// memory plan restarts it with a larger limit, and the restarted process measures the run and
// reports the generation the first one did. A tiny heap stands in for a large corpus.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ChildMessage } from '../bench/results';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);

describe('a bench size under the memory plan', () => {
  it('restarts with the heap limit the corpus needs, runs to the end and keeps the generation time', async () => {
    const work = scratchDir('bench-memory');
    const { stdout, stderr } = await run(
      process.execPath,
      ['--max-old-space-size=64', '--import', 'tsx', 'bench/bench-one.ts', '--papers', '40', '--seed', '7', '--engine', 'memory', '--work', work, '--algorithm', 'louvain'],
      { cwd: process.cwd(), maxBuffer: 1 << 26 },
    );
    expect(stderr).toMatch(/\[40 papers, louvain\] about [\d.]+ [MG]iB expected for this input: restarting with a [\d.]+ [MG]iB heap limit\n/);
    const messages = stdout.trim().split('\n').map((line) => JSON.parse(line) as ChildMessage);
    const measures = messages.flatMap((m) => ('measures' in m ? [m.measures] : []));
    expect(measures).toHaveLength(1);
    expect(measures[0]!.counts.papers).toBe(40);
    expect(measures[0]!.generationSeconds).toEqual(expect.any(Number));
    expect(messages.filter((m) => 'stage' in m).map((m) => ('stage' in m ? m.stage.stage : ''))).toContain('export');
  }, 120_000);
});
