// One run at a time per output folder: a lock file beside the folder, created exclusively and
// holding the owner's process id. A second run is told at once who holds it, rather than
// failing late on the first rename; the lock of a run that was killed is taken over.
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { OutputRefused } from './output-location';

/** Takes the lock at `lockPath` for the output `out`; resolves with a function that releases it (synchronously, so signal handlers can call it). */
export async function lockOutput(out: string, lockPath: string): Promise<() => void> {
  // Written aside and linked into place, so the lock never exists without its owner's id in it.
  const mine = `${lockPath}.${process.pid}`;
  try {
    await writeFile(mine, `${process.pid}\n`);
  } catch (error) {
    throw new OutputRefused(out, `cannot write beside it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return await takeLock(out, lockPath, mine);
  } finally {
    await unlink(mine).catch(() => {});
  }
}

async function takeLock(out: string, lockPath: string, mine: string): Promise<() => void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await createExclusively(mine, lockPath);
      return () => releaseLock(lockPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new OutputRefused(out, `cannot write beside it (${code ?? (error as Error).message})`);
    }
    const owner = await lockOwner(lockPath);
    if (owner !== undefined && isAlive(owner)) {
      throw new OutputRefused(out, `another citegraph run (process ${owner}) is writing it; wait for that run to finish (if none is running, delete ${lockPath})`);
    }
    // A killed run's lock; if two runs take it over at once, one of them finds the other's here.
    if (attempt > 0) throw new OutputRefused(out, `another citegraph run took over its lock ${lockPath} just now`);
    await unlink(lockPath).catch(() => {});
  }
}

/** The lock file, created only if it does not exist, with `mine`'s content. */
async function createExclusively(mine: string, lockPath: string): Promise<void> {
  try {
    await link(mine, lockPath);
  } catch (error) {
    // Some file systems (FAT, some network shares) have no hard links: create it in place.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
  }
}

async function lockOwner(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Removes the lock if it is still this process's. */
function releaseLock(lockPath: string): void {
  try {
    if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
