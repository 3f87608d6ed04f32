// Files: the output folder, buffered synchronous writes (a page at a time, never the corpus as
// one string), JSON tables and WoS exports that roll over to a new file every so many records,
// and listing pages that fill up across topics until they reach their drawn size.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './rng';

/** Something the user asked for that cannot be done; the CLI prints it and exits 2. */
export class UsageError extends Error {}

const FLUSH_AT = 1 << 20;
/** Papers per listing page. */
const MIN_PAGE = 20;
const MAX_PAGE = 60;

export class BufferedFile {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export function writeFile(path: string, text: string): void {
  const file = new BufferedFile(path);
  file.write(text);
  file.close();
}

export interface OutputDirs {
  /** What the pipeline reads. */
  corpus: string;
  /** The planted answers, beside (not inside) the corpus. */
  truth: string;
  manifest: string;
}

/** DIR/corpus/{pages,tables,wos}, DIR/truth, DIR/manifest.json. A non-empty DIR needs `force`. */
export function prepareOutputDir(dir: string, force: boolean): OutputDirs {
  const dirs = { corpus: join(dir, 'corpus'), truth: join(dir, 'truth'), manifest: join(dir, 'manifest.json') };
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder`);
    if (readdirSync(dir).length > 0) {
      if (!force) throw new UsageError(`--out ${dir} is not empty; pass --force to replace a corpus generated there`);
      // Only what an earlier run wrote, so no stale page of a bigger corpus survives.
      for (const path of Object.values(dirs)) rmSync(path, { recursive: true, force: true });
    }
  }
  mkdirSync(join(dirs.corpus, 'pages'), { recursive: true });
  mkdirSync(join(dirs.corpus, 'tables'), { recursive: true });
  mkdirSync(join(dirs.corpus, 'wos'), { recursive: true });
  mkdirSync(dirs.truth, { recursive: true });
  return dirs;
}

export type PageKind = 'profile' | 'listing' | 'bare';

/** What opens a file of records, goes between two records, and closes the file. */
export interface RecordFileShape {
  head: string;
  between: string;
  tail: string;
}

const JSON_TABLE: RecordFileShape = { head: '[\n  ', between: ',\n  ', tail: '\n]\n' };

/** Numbered files of records that roll over to the next every so many records. */
export class RecordFiles {
  files = 0;
  records = 0;
  private file: BufferedFile | undefined;
  private inFile = 0;

  constructor(
    private readonly path: (n: number) => string,
    private readonly perFile: number,
    private readonly shape: RecordFileShape,
  ) {}

  write(text: string): void {
    if (this.file && this.inFile >= this.perFile) this.close();
    if (!this.file) {
      this.file = new BufferedFile(this.path(++this.files));
      this.file.write(this.shape.head);
    } else this.file.write(this.shape.between);
    this.file.write(text);
    this.inFile++;
    this.records++;
  }

  close(): void {
    this.file?.write(this.shape.tail);
    this.file?.close();
    this.file = undefined;
    this.inFile = 0;
  }
}

/** Numbered files per kind: corpus/pages/listing-00001.txt, corpus/tables/papers-0001.json, corpus/wos/savedrecs-0001.txt. */
export class CorpusFiles {
  readonly pages: Record<PageKind, number> = { profile: 0, listing: 0, bare: 0 };
  readonly pageRecords: Record<PageKind, number> = { profile: 0, listing: 0, bare: 0 };
  readonly tables: RecordFiles;
  readonly exports: RecordFiles;

  constructor(
    private readonly corpusDir: string,
    rowsPerTable: number,
    /** Records per WoS export file, and its frame. */
    wos: { perFile: number; shape: RecordFileShape },
  ) {
    const numbered = (folder: string, name: string, ext: string) => (n: number) => join(corpusDir, folder, `${name}-${String(n).padStart(4, '0')}.${ext}`);
    this.tables = new RecordFiles(numbered('tables', 'papers', 'json'), rowsPerTable, JSON_TABLE);
    this.exports = new RecordFiles(numbered('wos', 'savedrecs', 'txt'), wos.perFile, wos.shape);
  }

  writePage(kind: PageKind, text: string, records: number): void {
    const n = ++this.pages[kind];
    writeFile(join(this.corpusDir, 'pages', `${kind}-${String(n).padStart(5, '0')}.txt`), `${text}\n`);
    this.pageRecords[kind] += records;
  }

  close(): void {
    this.tables.close();
    this.exports.close();
  }
}

/**
 * Collects entries for one page kind and writes pages of a drawn size (20–60). The last full page
 * is held back, so that the leftover at the end joins it rather than making a page of three.
 */
export class PageFiller<T> {
  private entries: T[] = [];
  private held: T[] = [];
  private target: number;

  constructor(
    private readonly kind: PageKind,
    private readonly render: (entries: readonly T[]) => string,
    private readonly files: CorpusFiles,
    private readonly rng: Rng,
  ) {
    this.target = this.drawTarget();
  }

  add(entry: T): void {
    this.entries.push(entry);
    if (this.entries.length < this.target) return;
    this.write(this.held);
    this.held = this.entries;
    this.entries = [];
    this.target = this.drawTarget();
  }

  /** The held page and the leftover: one page if they fit in 60, else two halves. */
  finish(): void {
    const rest = [...this.held, ...this.entries];
    const cut = rest.length <= MAX_PAGE ? rest.length : Math.ceil(rest.length / 2);
    this.write(rest.slice(0, cut));
    this.write(rest.slice(cut));
    this.held = [];
    this.entries = [];
  }

  private write(entries: T[]): void {
    if (entries.length > 0) this.files.writePage(this.kind, this.render(entries), entries.length);
  }

  private drawTarget(): number {
    return this.rng.int(MIN_PAGE, MAX_PAGE);
  }
}

/** A CSV field, quoted when it must be (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
