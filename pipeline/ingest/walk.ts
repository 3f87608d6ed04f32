// Paths to the list of files to read. Folders are walked recursively (hidden entries skipped),
// every file is listed once however many paths reach it (real paths are tracked, which is also
// what stops a symlink loop), and the list is sorted by path so runs are deterministic.
// Names are read as bytes: a file name that is not valid UTF-8 (an old Latin-1 archive) is read
// through its byte path and shown with U+FFFD, rather than lost as "no such file". A citegraph
// output folder inside an input folder is not read: its CSVs would come back as papers.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readOutputMarker } from '../output-marker';
import { describeFsError } from './read-file';
import { compareStrings } from '../compare';
import { textBytes } from './gzip';

/** A path as the file system takes it: a string, or bytes where a name is not UTF-8. */
export type FsPath = string | Buffer;

export type WalkEntry =
  /** `bytes`: its size when walked (a gzip file's once decompressed), which the memory plan and the parse worker's threshold read. */
  | { kind: 'file'; path: FsPath; display: string; bytes: number }
  | { kind: 'problem'; display: string; reason: string }
  /** Read on, but worth a line in warnings.csv. */
  | { kind: 'note'; display: string; reason: string };

/**
 * A path as reports show it, with forward slashes: relative to the working folder when inside
 * it (so reports do not depend on where the checkout lives), absolute otherwise (a climb of
 * "../../" is harder to read than the path itself).
 */
export function displayPath(path: FsPath): string {
  const text = typeof path === 'string' ? path : path.toString('utf8');
  const inside = relative(process.cwd(), text);
  const shown = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? resolve(text) : inside;
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
    else if (typeof kind === 'number') await this.file(path, kind);
  }

  /** Files found under the folder, counting ones already listed through another path. */
  private async folder(path: FsPath, ancestors: readonly string[]): Promise<number> {
    const real = await this.realPath(path);
    if (real === undefined) return 0;
    if (ancestors.includes(real)) {
      this.problem(path, `symlink loop: leads back to ${displayPath(Buffer.from(real, 'latin1'))}`);
      return 0;
    }
    const known = this.folders.get(real);
    if (known !== undefined) return known;
    this.folders.set(real, 0);
    if (await readOutputMarker(path)) {
      this.note(path, 'a citegraph output folder: not read as input (give its files by name to read them)');
      return 1; // not empty: the folder is accounted for by this note
    }
    let names: Buffer[];
    try {
      names = (await readdir(path, { encoding: 'buffer' })).sort(Buffer.compare);
    } catch (error) {
      this.problem(path, describeFsError(error));
      return 0;
    }
    const visible = names.filter((name) => name[0] !== 0x2e); // hidden: ".name"
    // A root without files is a reject (the caller's); an empty folder inside one is worth a note.
    if (visible.length === 0 && ancestors.length > 0) this.note(path, 'empty folder: nothing to read');
    let found = 0;
    for (const name of visible) {
      const child = childPath(path, name);
      const kind = await this.kindOf(child);
      if (kind === 'folder') found += await this.folder(child, [...ancestors, real]);
      else if (typeof kind === 'number') found += await this.file(child, kind);
    }
    this.folders.set(real, found);
    return found;
  }

  private async file(path: FsPath, bytes: number): Promise<number> {
    const real = await this.realPath(path);
    if (real !== undefined && !this.files.has(real)) {
      this.files.add(real);
      this.entries.push({ kind: 'file', path, display: displayPath(path), bytes: await textBytes(path, bytes) });
      if (typeof path !== 'string') this.note(path, 'file name is not valid UTF-8: read, and shown here with U+FFFD');
    }
    return 1;
  }

  /** A folder, or a file's size; follows symlinks, and a path that cannot be followed is reported here. */
  private async kindOf(path: FsPath): Promise<'folder' | number | undefined> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) return 'folder';
      if (info.isFile()) return info.size;
      this.problem(path, 'not a regular file or folder (a device, pipe or socket), skipped');
    } catch (error) {
      const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && (await lstat(path).catch(() => undefined));
      this.problem(path, dangling ? 'broken symlink: its target does not exist' : describeFsError(error));
    }
    return undefined;
  }

  /** The real path, as a latin1 string of its bytes (lossless, for keys); undefined, reported, when it cannot be followed. */
  private async realPath(path: FsPath): Promise<string | undefined> {
    try {
      return (await realpath(path, { encoding: 'buffer' })).toString('latin1');
    } catch (error) {
      this.problem(path, describeFsError(error));
      return undefined;
    }
  }

  private problem(path: FsPath, reason: string): void {
    this.entries.push({ kind: 'problem', display: displayPath(path), reason });
  }

  private note(path: FsPath, reason: string): void {
    this.entries.push({ kind: 'note', display: displayPath(path), reason });
  }
}

/** `parent/name`: a string while every name so far is valid UTF-8, bytes from the first that is not. */
function childPath(parent: FsPath, name: Buffer): FsPath {
  const text = name.toString('utf8');
  if (typeof parent === 'string' && Buffer.from(text, 'utf8').equals(name)) return parent.endsWith(sep) ? parent + text : parent + sep + text;
  const head = typeof parent === 'string' ? Buffer.from(parent, 'utf8') : parent;
  return Buffer.concat([head, Buffer.from(head[head.length - 1] === sep.charCodeAt(0) ? '' : sep), name]);
}
