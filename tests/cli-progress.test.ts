import { afterEach, describe, expect, it, vi } from 'vitest';
import { stderrProgress } from '../pipeline/progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

afterEach(() => vi.useRealTimers());

describe('stage progress on stderr', () => {
  it('writes a line with counts and an ETA every few seconds to a log', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { stream, written } = fakeStream(false);
    const report = stderrProgress(stream);
    report('topics', 0, 100_000, 'papers');
    vi.advanceTimersByTime(1_000);
    report('topics', 10_000, 100_000, 'papers'); // too soon for a log line
    vi.advanceTimersByTime(5_000);
    report('topics', 50_000, 100_000, 'papers');
    report('topics', 100_000, 100_000, 'papers');
    expect(written).toEqual(['  topics: 50,000 / 100,000 papers · about 6 s left\n']);
  });

  it('rewrites one line on a terminal and clears it when the stage is done', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { stream, written } = fakeStream(true);
    const report = stderrProgress(stream);
    report('ingest', 0, 10, 'files');
    vi.advanceTimersByTime(300);
    report('ingest', 5, 10, 'files');
    vi.advanceTimersByTime(300);
    report('ingest', 10, 10, 'files');
    expect(written[0]).toMatch(/^\r {2}ingest: 5 \/ 10 files · about 1 s left/);
    expect(written[1]).toMatch(/\r\x1b\[K$/);
  });
});
