// Temporary folders for one test file, removed when the file's tests end. Generated corpora and
// their outputs take hundreds of megabytes a run: left behind, a few runs fill the disk (CI failed
// with ENOSPC that way). Imported once per test file, so the hook below belongs to that file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh empty folder, `citegraph-<name>-XXXXXX` in the system's temporary folder. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `citegraph-${name}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
