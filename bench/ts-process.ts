// How the benchmark starts a TypeScript script in a fresh Node process: `node --import tsx`, one
// process (the `tsx` command would put a second node in between, whose RSS is not the script's),
// or its prebuilt bundle.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/build-pipeline.mjs';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Arguments for process.execPath; run them with cwd = projectRoot, where `tsx` resolves. */
export function tsScriptArgs(script: string, args: readonly string[]): string[] {
  return ['--import', 'tsx', join(projectRoot, script), ...args];
}

/**
 * The same from the prebuilt bundle `npm run pipeline` runs (scripts/build-pipeline.mjs, built
 * first when a source changed): no tsx in the process, whose loader would also transform the
 * bundle again (~1 s and ~280 MiB here), so the figures are a real run's.
 */
export async function builtScriptArgs(script: string, args: readonly string[]): Promise<string[]> {
  return [fileURLToPath(await ensureBuilt(script)), ...args];
}
