// CSV files written from a stream of rows (memory stays flat on large corpora). A file of more
// than one chunk of rows is quoted and written on a worker thread, chunk by chunk, while this
// thread builds the next rows: papaparse and the writes were a third of the export stage.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { startWorker } from '../worker-thread';
import { type Cell, csvHeader, csvRows } from './csv-format';

export type { Cell } from './csv-format';

const CHUNK_ROWS = 2_000;
/** Chunks posted but not yet written: bounds the memory a slow disk can make pile up. */
const MAX_IN_FLIGHT = 24;

export type CsvMessage = { path: string; columns: readonly string[] } | { rows: Cell[][] } | { end: true };
export type CsvReply = { written: number } | { done: number };

/** Writes `rows` under `columns`; resolves with the row count once the file is complete. */
export async function writeCsv(path: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const first = nextChunk(iterator);
  if (first.length < CHUNK_ROWS) {
    await writeFile(path, csvHeader(columns) + csvRows(first));
    return first.length;
  }
  return writeInWorker(path, columns, first, iterator);
}

async function writeInWorker(path: string, columns: readonly string[], first: Cell[][], rest: Iterator<readonly Cell[]>): Promise<number> {
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
    for (let chunk = first; chunk.length > 0; chunk = nextChunk(rest)) {
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

function nextChunk(iterator: Iterator<readonly Cell[]>): Cell[][] {
  const chunk: Cell[][] = [];
  while (chunk.length < CHUNK_ROWS) {
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
