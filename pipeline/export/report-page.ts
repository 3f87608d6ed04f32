// --report NAME: the view, built and with the bundle inlined, in a folder of the output beside
// the CSVs. It opens from file:// as it is (double-click index.html, or e-mail the folder).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { inlineBundle } from './inline-bundle';

const VITE_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
/** Names the output folder already uses. */
const TAKEN = new Set(['graphs']);

/** Why `name` cannot be the report's folder, or undefined when it can: one plain folder name inside the output. */
export function reportNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name)) return `--report must be a plain folder name inside the output folder (letters, digits, . _ -; got "${name}")`;
  if (TAKEN.has(name) || /\.(csv|json)$/i.test(name)) return `--report cannot be "${name}": the output folder uses that name`;
  return undefined;
}

/** Builds the page into `dir/name` (Vite, the project's config) and inlines the bundle into its index.html. */
export async function writeReportPage(dir: string, name: string, bundleJson: string): Promise<void> {
  const { build } = await import('vite');
  const outDir = join(dir, name);
  await build({ configFile: VITE_CONFIG, publicDir: false, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const page = join(outDir, 'index.html');
  await writeFile(page, inlineBundle(await readFile(page, 'utf8'), bundleJson));
}
