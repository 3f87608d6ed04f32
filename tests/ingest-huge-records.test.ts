// A record far over --max-record-mb costs its reject, not the process's memory: a 100 MB CSV line
// and a 100 MB JSON string are read past in a few chunks' worth of memory (read whole they
// peaked at 725 MB and 428 MB). Run in a child process so the peak is ingest's alone.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';

const MB = 1e6;
const tmp = scratchDir('huge');

/** `before`, then `mb` MB of "x", then `after`, written as a stream. */
async function writeWithHugeRecord(name: string, before: string, mb: number, after: string): Promise<string> {
  const path = join(tmp, name);
  const out = createWriteStream(path);
  const block = 'x'.repeat(MB);
  for (const piece of [before, ...Array<string>(mb).fill(block), after]) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

async function ingestInChild(path: string) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/fixtures/ingest/ingest-peak.ts', path], { maxBuffer: 10 * MB });
  return JSON.parse(stdout) as { records: number; rejects: number; peakBytes: number };
}

describe('a 100 MB record', () => {
  it('in a CSV line or a JSON string is one reject, read past in bounded memory', async () => {
    const csv = await writeWithHugeRecord('line.csv', 'title,abstract\nA,', 100, '\nB,b\n');
    const json = await writeWithHugeRecord('string.json', '[\n  {"title": "A", "abstract": "', 100, '"},\n  {"title": "B"}\n]\n');
    for (const path of [csv, json]) {
      const run = await ingestInChild(path);
      expect([run.records, run.rejects]).toEqual([1, 1]);
      // Measured: 163 MB and 141 MB.
      expect(run.peakBytes).toBeLessThan(300 * MB);
    }
  }, 120_000);
});
