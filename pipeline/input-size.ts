// How much there is to read, before reading it: the files the run would walk (ingest/walk.ts)
// and their bytes, which is what the memory plan is estimated from.
import { walkPaths } from './ingest/walk';

export async function inputSize(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await walkPaths(paths)) {
    if (entry.kind !== 'file') continue;
    files++;
    bytes += entry.bytes;
  }
  return { files, bytes };
}
