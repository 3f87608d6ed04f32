// How much there is to read, before reading it: the files the run would walk (ingest/walk.ts)
// and their bytes, which is what the memory plan is estimated from.
import { stat } from 'node:fs/promises';
import { walkPaths } from './ingest/walk';

export async function inputSize(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await walkPaths(paths)) {
    if (entry.kind !== 'file') continue;
    files++;
    // A file that cannot be stat'ed now is the ingest's to report.
    bytes += (await stat(entry.path).catch(() => undefined))?.size ?? 0;
  }
  return { files, bytes };
}
