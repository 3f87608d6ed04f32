// Replace an output folder as a whole: everything is written into a temporary sibling folder,
// which then takes the old folder's place. A run that fails or is killed while writing leaves
// the previous output untouched. Linux cannot rename a folder over a non-empty one, so the old
// folder is first moved aside to `.NAME.previous`; if a run dies between the two renames, the
// next run puts it back before doing anything else.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function replaceDirAtomically(outDir: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const previous = join(parent, `.${name}.previous`);
  await mkdir(parent, { recursive: true });
  await restoreInterruptedSwap(outDir, previous);
  await removeStaleTemporaries(parent, name);

  if (existsSync(outDir) && !(await stat(outDir)).isDirectory()) {
    throw new Error(`output: ${outDir} exists and is not a folder`);
  }
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  try {
    await fill(tmp);
    // The repository keeps an empty output/ through this file; the new folder must keep it too.
    if (existsSync(join(outDir, '.gitkeep'))) await writeFile(join(tmp, '.gitkeep'), '');
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(tmp, outDir);
  await rm(previous, { recursive: true, force: true });
}

async function restoreInterruptedSwap(outDir: string, previous: string): Promise<void> {
  if (!existsSync(previous)) return;
  if (existsSync(outDir)) await rm(previous, { recursive: true, force: true });
  else await rename(previous, outDir);
}

/** Temporary folders of runs that were killed; a live run's folder is left alone. */
async function removeStaleTemporaries(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.tmp-`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
