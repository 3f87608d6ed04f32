// Paths to the list of files to read. Folders are walked recursively (hidden entries skipped),
// every file is listed once however many paths reach it (real paths are tracked, which is also
// what stops a symlink loop), and the list is sorted by path so runs are deterministic.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './read-file';
import { compareStrings } from '../compare';

export type WalkEntry =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'problem'; display: string; reason: string };

/**
 * A path as reports show it, with forward slashes: relative to the working folder when inside
 * it (so reports do not depend on where the checkout lives), absolute otherwise (a climb of
 * "../../" is harder to read than the path itself).
 */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  const shown = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside;
  return shown.split(sep).join('/');
}

export async function walkPaths(paths: readonly string[]): Promise<WalkEntry[]> {
  const walker = new Walker();
  // Roots in sorted order, so which of two paths to one file is listed does not depend on argument order.
  const roots = [...new Set(paths.map((p) => resolve(p)))].sort(compareStrings);
  for (const root of roots) await walker.root(root);
  return walker.entries.sort((a, b) => compareStrings(a.display, b.display));
}

class Walker {
  readonly entries: WalkEntry[] = [];
  private readonly files = new Set<string>();
  /** Real folder path → files found under it, so a folder reached twice is walked once. */
  private readonly folders = new Map<string, number>();

  async root(path: string): Promise<void> {
    const kind = await this.kindOf(path);
    if (kind === 'folder' && (await this.folder(path, [])) === 0) this.problem(path, 'folder holds no files');
    else if (kind === 'file') await this.file(path);
  }

  /** Files found under the folder, counting ones already listed through another path. */
  private async folder(path: string, ancestors: readonly string[]): Promise<number> {
    const real = await this.realPath(path);
    if (real === undefined) return 0;
    if (ancestors.includes(real)) {
      this.problem(path, `symlink loop: leads back to ${displayPath(real)}`);
      return 0;
    }
    const known = this.folders.get(real);
    if (known !== undefined) return known;
    this.folders.set(real, 0);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      this.problem(path, describeFsError(error));
      return 0;
    }
    let found = 0;
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = join(path, name);
      const kind = await this.kindOf(child);
      if (kind === 'folder') found += await this.folder(child, [...ancestors, real]);
      else if (kind === 'file') found += await this.file(child);
    }
    this.folders.set(real, found);
    return found;
  }

  private async file(path: string): Promise<number> {
    const real = await this.realPath(path);
    if (real !== undefined && !this.files.has(real)) {
      this.files.add(real);
      this.entries.push({ kind: 'file', path, display: displayPath(path) });
    }
    return 1;
  }

  /** Follows symlinks; a path that cannot be followed is reported here. */
  private async kindOf(path: string): Promise<'file' | 'folder' | undefined> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) return 'folder';
      if (info.isFile()) return 'file';
      this.problem(path, 'not a regular file or folder (a device, pipe or socket), skipped');
    } catch (error) {
      const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && (await lstat(path).catch(() => undefined));
      this.problem(path, dangling ? 'broken symlink: its target does not exist' : describeFsError(error));
    }
    return undefined;
  }

  private async realPath(path: string): Promise<string | undefined> {
    try {
      return await realpath(path);
    } catch (error) {
      this.problem(path, describeFsError(error));
      return undefined;
    }
  }

  private problem(path: string, reason: string): void {
    this.entries.push({ kind: 'problem', display: displayPath(path), reason });
  }
}
