// Builds the view with the project's vite.config.ts into a folder of the caller's (never dist/,
// and without output/ as public folder): the browser tests and the benchmark both drive the
// built page, not the dev server.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildViz(outDir: string): Promise<void> {
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
