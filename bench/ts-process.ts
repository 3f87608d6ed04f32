// How the benchmark starts a TypeScript script in a fresh Node process: `node --import tsx`, one
// process (the `tsx` command would put a second node in between, whose RSS is not the script's).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Arguments for process.execPath; run them with cwd = projectRoot, where `tsx` resolves. */
export function tsScriptArgs(script: string, args: readonly string[]): string[] {
  // The same young-generation size as `npm run pipeline` (package.json), so figures match a real run.
  return ['--max-semi-space-size=64', '--import', 'tsx', join(projectRoot, script), ...args];
}
