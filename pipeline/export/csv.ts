// CSV files written from a stream of rows (memory stays flat on large corpora). A large file is
// quoted and written on a worker thread, chunk by chunk, while this thread builds the next rows:
// papaparse and the writes were a third of the export stage.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { startWorker } from '../worker-thread';
import { type Cell, csvHeader, csvRows } from './csv-format';

export type { Cell } from './csv-format';

const CHUNK_ROWS = 2_000;
/** Up to this many rows a file is written here: a worker (≈ 0.25 s to start) would not pay. */
const INLINE_MAX_ROWS = 20_000;
/** Chunks posted but not yet written: bounds the memory a slow disk can make pile up. */
const MAX_IN_FLIGHT = 24;

export type CsvMessage = { path: string; columns: readonly string[] } | { rows: Cell[][] } | { end: true };
export type CsvReply = { written: number } | { done: number };

/** Writes `rows` under `columns`; resolves with the row count once the file is complete. */
export async function writeCsv(path: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const head = nextChunk(iterator, INLINE_MAX_ROWS);
  if (head.length < INLINE_MAX_ROWS) {
    await writeFile(path, csvHeader(columns) + csvRows(head));
    return head.length;
  }
  return writeInWorker(path, columns, head, iterator);
}

async function writeInWorker(path: string, columns: readonly string[], head: Cell[][], rest: Iterator<readonly Cell[]>): Promise<number> {
  const worker = startWorker(new URL('./csv-worker.ts', import.meta.url));
  let posted = 0;
  let written = 0;
  let wake: (() => void) | undefined;
  const finished = new Promise<number>((resolve, reject) => {
    worker.on('message', (reply: CsvReply) => {
      if ('done' in reply) return resolve(reply.done);
      written = reply.written;
      wake?.();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`writing ${path}: the CSV worker exited with code ${code}`)));
  });
  finished.catch(() => wake?.()); // a failed worker must not leave the loop below waiting
  try {
    worker.postMessage({ path, columns } satisfies CsvMessage);
    const chunks = (function* () {
      for (let at = 0; at < head.length; at += CHUNK_ROWS) yield head.slice(at, at + CHUNK_ROWS);
      for (let chunk = nextChunk(rest, CHUNK_ROWS); chunk.length > 0; chunk = nextChunk(rest, CHUNK_ROWS)) yield chunk;
    })();
    for (const chunk of chunks) {
      worker.postMessage({ rows: chunk } satisfies CsvMessage);
      posted += chunk.length;
      while (posted - written > MAX_IN_FLIGHT * CHUNK_ROWS) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), finished]);
      }
    }
    worker.postMessage({ end: true } satisfies CsvMessage);
    return await finished;
  } finally {
    await worker.terminate();
  }
}

function nextChunk(iterator: Iterator<readonly Cell[]>, size: number): Cell[][] {
  const chunk: Cell[][] = [];
  while (chunk.length < size) {
    const next = iterator.next();
    if (next.done) break;
    chunk.push(next.value as Cell[]);
  }
  return chunk;
}

/** Several values in one cell. */
export function joinCell(values: readonly (string | number)[]): string {
  return values.join('; ');
}
