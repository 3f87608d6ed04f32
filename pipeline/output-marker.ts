// A citegraph output folder is recognised by the run.json citegraph wrote into it, never by its
// name: a folder called "output" may be anyone's. The marker also lists the files the run wrote,
// so the next run replaces those and nothing else. Ingest uses it too, to never read an output
// folder as input.
import { readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export const MARKER_FILE = 'run.json';
export const TOOL_NAME = 'citegraph';
/** A run.json bigger than this is not one of ours (ours lists inputs; 10⁶ files is ~200 MB). */
const MAX_MARKER_BYTES = 512 * 1024 * 1024;

export interface OutputMarker {
  /**
   * Paths (relative, "/"-separated) of everything the run wrote, run.json included; undefined
   * for the output of a version that did not list them.
   */
  outputs: string[] | undefined;
}

/** The marker of the output folder `dir`, or undefined when `dir` is not a citegraph output. */
export async function readOutputMarker(dir: string | Buffer): Promise<OutputMarker | undefined> {
  const path = typeof dir === 'string' ? join(dir, MARKER_FILE) : Buffer.concat([dir, Buffer.from(`${sep}${MARKER_FILE}`)]);
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_MARKER_BYTES) return undefined;
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { tool?: { name?: unknown }; outputs?: unknown };
    if (manifest?.tool?.name !== TOOL_NAME) return undefined;
    const outputs = manifest.outputs;
    return { outputs: Array.isArray(outputs) && outputs.every((o) => typeof o === 'string') ? (outputs as string[]) : undefined };
  } catch {
    return undefined; // missing, unreadable or not JSON: not a marker
  }
}
