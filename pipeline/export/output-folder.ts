// The output folder, replaced as a whole and never at the cost of a file citegraph did not write.
//
// Before anything is read, the location is checked (output-location.ts), the folder is locked
// against a second run (output-lock.ts), what an earlier, killed run left is put right, and a
// temporary sibling `.NAME.tmp-PID` is made: the run writes there. Commit then swaps it in:
//   1. entries of the old folder that citegraph did not write (not listed in its run.json: a
//      .gitkeep, the user's notes) are moved into the new folder, after a journal of them;
//   2. the old folder is renamed to `.NAME.previous` (Linux cannot rename over a full folder);
//   3. the new folder takes its name, and the previous one, holding only citegraph's files, goes.
// Any failure undoes the steps taken, so the previous output stays whole; a run killed between
// steps is put right by the next run, which restores `.NAME.previous`, returns journalled
// entries and removes the dead run's temporary folder.
import { existsSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import { type OutputMarker, readOutputMarker } from '../output-marker';
import { lockOutput } from './output-lock';
import { inspectOutputFolder, OutputRefused, resolveOutputPath } from './output-location';

/** In a temporary folder from its creation until it holds a run.json. */
const PARTIAL = '.citegraph-partial';
/** In a temporary folder while entries citegraph did not write are moved into it. */
const CARRIED = '.citegraph-carried.json';

interface OpenOptions {
  /** The run's input paths: the output may not be, hold or sit inside one of them. */
  inputs: readonly string[];
  /** Told what was put right or kept ("restored the previous output …"). */
  onNote?: (note: string) => void;
}

export class OutputFolder {
  private state: 'open' | 'committing' | 'closed' = 'open';

  private constructor(
    /** As the user gave it, for messages. */
    readonly out: string,
    /** Where the output goes, symlinks resolved. */
    readonly path: string,
    /** The folder the run writes into. */
    readonly tmp: string,
    /** The previous output's marker; undefined when there was no previous output. */
    private readonly previous: OutputMarker | undefined,
    readonly hadPrevious: boolean,
    private readonly releaseLock: () => void,
    private readonly onNote: (note: string) => void,
  ) {}

  /** Checks and claims the output location; throws OutputRefused (nothing read or written) when it must not or cannot be used. */
  static async open(out: string, { inputs, onNote = () => {} }: OpenOptions): Promise<OutputFolder> {
    const path = await resolveOutputPath(out, inputs);
    // Looked at before anything is touched, and again once a killed run's leftovers are put right.
    await inspectOutputFolder(out, path);
    const parent = dirname(path);
    const name = basename(path);
    try {
      await mkdir(parent, { recursive: true });
    } catch (error) {
      throw new OutputRefused(out, `its parent folder cannot be created (${errorCode(error)})`);
    }
    const release = await lockOutput(out, join(parent, `.${name}.lock`));
    let folder: OutputFolder | undefined;
    try {
      await recoverInterruptedRuns(out, path, onNote);
      const found = await inspectOutputFolder(out, path);
      const tmp = join(parent, `.${name}.tmp-${process.pid}`);
      folder = new OutputFolder(out, path, tmp, found.exists ? found.marker : undefined, found.exists, release, onNote);
      // Watched before the folder exists: a signal from here on removes whatever was made.
      watchSignals(folder);
      try {
        await mkdir(tmp);
        await writeFile(join(tmp, PARTIAL), '');
      } catch (error) {
        throw new OutputRefused(out, `cannot write in ${parent} (${errorCode(error)})`);
      }
      return folder;
    } catch (error) {
      if (folder) folder.abandon();
      else release();
      throw error;
    }
  }

  /** Every file written so far, as "/"-separated paths relative to the folder, sorted. */
  async written(): Promise<string[]> {
    return (await listFiles(this.tmp)).filter((f) => f !== PARTIAL && f !== CARRIED);
  }

  /** Swaps the written folder in; on failure the previous output is left as it was, and the error says so. */
  async commit(): Promise<void> {
    if (this.state !== 'open') throw new Error(`output: ${this.out} is already ${this.state}`);
    this.state = 'committing';
    try {
      // From here run.json marks the folder as citegraph's.
      await rm(join(this.tmp, PARTIAL), { force: true });
      const carried = this.hadPrevious ? await foreignEntries(this.path, this.previous, this.tmp) : [];
      const clashes = carried.filter((rel) => existsSync(join(this.tmp, rel)));
      if (clashes.length > 0) {
        throw new Error(`${this.out} holds ${clashes.join(', ')}, which citegraph did not write and this run would replace; move it away and run again`);
      }
      if (carried.length > 0) await writeFile(join(this.tmp, CARRIED), JSON.stringify(carried));
      await this.swap(carried);
      if (carried.length > 0) this.onNote(`kept in ${this.out}: ${describeEntries(carried)} (not written by citegraph)`);
    } catch (error) {
      // A swap that could not be undone leaves the temporary folder holding what must not be lost.
      if (error instanceof SwapIncomplete) this.close();
      else {
        this.state = 'open';
        this.abandon();
      }
      throw error;
    }
    this.close();
  }

  /** Removes the temporary folder and the lock; synchronous, so a signal handler can call it. */
  abandon(): void {
    if (this.state !== 'open') return;
    rmSync(this.tmp, { recursive: true, force: true });
    this.close();
  }

  get committing(): boolean {
    return this.state === 'committing';
  }

  private close(): void {
    this.state = 'closed';
    this.releaseLock();
    unwatchSignals(this);
  }

  private async swap(carried: readonly string[]): Promise<void> {
    const previous = join(dirname(this.path), `.${basename(this.path)}.previous`);
    const moved: string[] = [];
    let asidePrevious = false;
    try {
      for (const rel of carried) {
        await mkdir(dirname(join(this.tmp, rel)), { recursive: true });
        await rename(join(this.path, rel), join(this.tmp, rel));
        moved.push(rel);
      }
      if (this.hadPrevious) {
        await rename(this.path, previous);
        asidePrevious = true;
      }
      await rename(this.tmp, this.path);
    } catch (error) {
      try {
        if (asidePrevious) await rename(previous, this.path);
        for (const rel of moved) await rename(join(this.tmp, rel), join(this.path, rel));
      } catch (undoError) {
        throw new SwapIncomplete(
          `could not replace ${this.out} (${errorCode(error)}), nor undo the attempt (${errorCode(undoError)}): ` +
            `the previous output is at ${asidePrevious ? previous : this.path}, the new one and any of your files it held at ${this.tmp}`,
        );
      }
      throw new Error(`could not replace ${this.out} (${errorCode(error)})`);
    }
    await rm(previous, { recursive: true, force: true }).catch((error) => this.onNote(`could not remove ${previous} (${errorCode(error)}); the next run removes it`));
    await rm(join(this.path, CARRIED), { force: true });
  }
}

/** The swap failed half-way and could not be undone: nothing more is touched, the message says where everything is. */
class SwapIncomplete extends Error {}

/**
 * Puts right what a killed run left: the previous output waiting as `.NAME.previous`, entries of
 * the user's that it had moved into its temporary folder, and the temporary folder itself. The
 * caller holds the lock, so no live run owns any of these.
 */
async function recoverInterruptedRuns(out: string, path: string, onNote: (note: string) => void): Promise<void> {
  const parent = dirname(path);
  const name = basename(path);
  const previous = join(parent, `.${name}.previous`);
  if (existsSync(previous)) {
    if (!(await readOutputMarker(previous))) throw new OutputRefused(out, `${previous} is in the way and is not a citegraph output: move it away`);
    if (existsSync(path)) await rm(previous, { recursive: true, force: true }); // the killed run had swapped its output in
    else {
      await rename(previous, path);
      onNote(`restored the previous output in ${out}: an earlier run was stopped while replacing it`);
    }
  }
  await rm(join(path, CARRIED), { force: true });
  for (const entry of (await readdir(parent)).sort()) {
    if (!entry.startsWith(`.${name}.tmp-`)) continue;
    const tmp = join(parent, entry);
    if (!(await isTemporaryOutput(tmp))) continue;
    const kept = await returnCarried(tmp, path);
    if (kept.length > 0) {
      onNote(`${tmp} still holds ${describeEntries(kept)} from ${out}, which could not be put back: move them yourself`);
      continue;
    }
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A folder citegraph made to write into: marked partial, holding a run.json of ours, or empty. */
async function isTemporaryOutput(dir: string): Promise<boolean> {
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return false;
  return existsSync(join(dir, PARTIAL)) || (await readOutputMarker(dir)) !== undefined || (await readdir(dir)).length === 0;
}

/** Moves journalled entries of the user's back from a dead run's folder; returns those that could not be. */
async function returnCarried(tmp: string, path: string): Promise<string[]> {
  const journal = await readFile(join(tmp, CARRIED), 'utf8').catch(() => undefined);
  if (journal === undefined) return [];
  const kept: string[] = [];
  for (const rel of JSON.parse(journal) as string[]) {
    const from = join(tmp, rel);
    if (!existsSync(from)) continue; // not moved yet when the run died
    try {
      if (existsSync(join(path, rel))) throw new Error('EEXIST');
      await mkdir(dirname(join(path, rel)), { recursive: true });
      await rename(from, join(path, rel));
    } catch {
      kept.push(rel);
    }
  }
  return kept;
}

/**
 * Entries of the output folder at `path` that citegraph did not write: not listed in its marker
 * (for an older marker without the list, not among what this run wrote into `tmp`), and not a
 * folder holding listed files (those are looked into). Paths relative, "/"-separated.
 */
async function foreignEntries(path: string, marker: OutputMarker | undefined, tmp: string): Promise<string[]> {
  const ours = new Set(marker?.outputs ?? (await listFiles(tmp)));
  const ourFolders = new Set<string>();
  for (const file of ours) for (let d = posix.dirname(file); d !== '.'; d = posix.dirname(d)) ourFolders.add(d);
  const foreign: string[] = [];
  const walk = async (rel: string) => {
    for (const entry of (await readdir(join(path, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (ours.has(child)) continue;
      if (entry.isDirectory() && ourFolders.has(child)) await walk(child);
      else foreign.push(child);
    }
  };
  await walk('');
  return foreign;
}

/** Files under `dir`, as sorted "/"-separated relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (rel: string) => {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else files.push(child);
    }
  };
  await walk('');
  return files.sort();
}

function describeEntries(entries: readonly string[]): string {
  return entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}

// Ctrl-C or a kill while a run writes: the temporary folder and the lock go with the process. A
// signal during a commit waits for the commit (milliseconds of renames) to finish or undo.
const watched = new Set<OutputFolder>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let pendingSignal: NodeJS.Signals | undefined;

function onSignal(signal: NodeJS.Signals): void {
  if ([...watched].some((f) => f.committing)) {
    pendingSignal = signal;
    return;
  }
  exitOn(signal);
}

function exitOn(signal: NodeJS.Signals): void {
  for (const folder of [...watched]) folder.abandon();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal); // the default action now: the exit status says which signal
}

function watchSignals(folder: OutputFolder): void {
  if (watched.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  watched.add(folder);
}

function unwatchSignals(folder: OutputFolder): void {
  watched.delete(folder);
  if (pendingSignal && ![...watched].some((f) => f.committing)) exitOn(pendingSignal);
  if (watched.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}
