// Where a run may write, decided before anything is read: citegraph replaces its output folder
// whole, so a wrong --out (the input folder, its parent, the home folder, someone's documents)
// would cost the user their files. Such places are refused with one line saying why.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { readOutputMarker, type OutputMarker } from '../output-marker';

/** The output location cannot or must not be written; nothing was read or written (exit code 2). */
export class OutputRefused extends Error {
  constructor(out: string, reason: string) {
    super(`--out ${out}: ${reason}`);
  }
}

/**
 * The folder `out` names, symlinks resolved (a symlinked output folder is written where the link
 * points, and the link keeps pointing at the new output), unless it is or holds something the
 * run must not replace.
 */
export async function resolveOutputPath(out: string, inputs: readonly string[]): Promise<string> {
  const asked = resolve(out);
  const link = await lstat(asked).catch(() => undefined);
  let real: string;
  try {
    real = await realPathOf(asked);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (link?.isSymbolicLink()) throw new OutputRefused(out, 'is a symlink whose target does not exist');
    throw new OutputRefused(out, code === 'ENOTDIR' ? 'its parent is a file, not a folder' : `cannot be resolved to a folder (${code})`);
  }
  if (real === parse(real).root) throw new OutputRefused(out, 'is the root folder');
  const guarded: [string, string][] = [
    [await realPathOf(process.cwd()), 'the current folder'],
    [await realPathOf(homedir()), 'your home folder'],
  ];
  const inputPaths: [string, string][] = [];
  for (const input of inputs) {
    // An input that cannot be resolved is a reject of ingest's; it holds nothing to protect.
    const path = await realPathOf(resolve(input)).catch(() => undefined);
    if (path !== undefined) inputPaths.push([path, `the input ${input}`]);
  }
  for (const [path, what] of [...guarded, ...inputPaths]) {
    if (real === path) throw new OutputRefused(out, `is ${what}`);
    if (isInside(path, real)) throw new OutputRefused(out, `contains ${what}, which replacing it would delete`);
  }
  for (const [path, what] of inputPaths) {
    if (isInside(real, path)) throw new OutputRefused(out, `is inside ${what}: the output would be read as input`);
  }
  return real;
}

/**
 * What the folder at `path` holds now: nothing, or a previous citegraph output (its marker). A
 * folder that holds files and is no citegraph output, a file, or a mount point is refused.
 */
export async function inspectOutputFolder(out: string, path: string): Promise<{ exists: false } | { exists: true; marker: OutputMarker | undefined }> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new OutputRefused(out, `cannot be read (${error.code ?? error.message})`);
  });
  if (!info) return { exists: false };
  if (!info.isDirectory()) throw new OutputRefused(out, 'exists and is not a folder');
  // A folder that is not on its parent's device is a mount point, which cannot be renamed away.
  if ((await stat(dirname(path))).dev !== info.dev) {
    throw new OutputRefused(out, `is a mount point, and citegraph replaces its output folder whole: use a folder inside it, e.g. ${join(out, 'citegraph')}`);
  }
  const marker = await readOutputMarker(path);
  if (!marker) {
    // Hidden files alone (.gitkeep, .DS_Store) do not make a folder someone's work; they are kept.
    const visible = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    if (visible.length > 0) {
      const shown = visible.slice(0, 3).join(', ') + (visible.length > 3 ? `, … (${visible.length} entries)` : '');
      throw new OutputRefused(out, `holds files that citegraph did not write (${shown}); choose an empty or new folder`);
    }
  }
  return { exists: true, marker };
}

/** The real path of `path`; for a path that does not exist yet, its nearest existing ancestor's real path plus the rest. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling symlink has no real path to give.
    if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) throw error;
    const parent = dirname(path);
    if (parent === path) throw error;
    return join(await realPathOf(parent), basename(path));
  }
}

function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
