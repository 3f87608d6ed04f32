// Builds the view with the project's vite.config.ts into a folder of the caller's (never dist/,
// and without output/ as public folder), so the built page, not the dev server, is what is timed.
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from './ts-process';

export async function buildViz(outDir: string): Promise<void> {
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
