// CSV files written from a stream of rows (memory stays flat on large corpora). A large file is
// quoted and written on a worker thread, chunk by chunk, while this thread builds the next rows:
// papaparse and the writes were a third of the export stage.
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { startWorker, WORKER_START_MS, type OffloadOptions } from '../worker-thread';
import type { Cell } from '../cells';
import { csvHeader, csvRows } from './csv-format';

const CHUNK_ROWS = 2_000;
/** Quoting and writing a row of a report takes about this long here: 20,000 rows are a worker's start. */
const MS_PER_ROW = 0.0125;
/** Chunks posted but not yet written: bounds the memory a slow disk can make pile up. */
const MAX_IN_FLIGHT = 24;

type CsvMessage = { path: string; columns: readonly string[] } | { rows: Cell[][] } | { end: true };
type CsvReply = { written: number } | { done: number };

/**
 * Writes `rows` under `columns`; resolves with the row count once the file is complete. Rows are
 * read ahead until their estimated cost reaches `inlineBelow` (WORKER_START_MS): a file that
 * stays below is written here, a longer one streamed to a worker.
 */
export async function writeCsv(path: string, columns: readonly string[], rows: Iterable<readonly Cell[]>, run: Pick<OffloadOptions, 'inlineBelow'> = {}): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const inlineRows = Math.min(Number.MAX_SAFE_INTEGER, Math.ceil((run.inlineBelow ?? WORKER_START_MS) / MS_PER_ROW));
  const head = nextChunk(iterator, inlineRows);
  if (head.length < inlineRows) {
    await writeFile(path, csvHeader(columns) + csvRows(head));
    return head.length;
  }
  return writeInWorker(path, columns, head, iterator);
}

async function writeInWorker(path: string, columns: readonly string[], head: Cell[][], rest: Iterator<readonly Cell[]>): Promise<number> {
  const worker = startWorker(import.meta.url, 'serveCsvWriter', 'stream');
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


/** The worker's side: turns row chunks into CSV text and appends it to one file, acknowledging each chunk. */
export function serveCsvWriter(): void {
  const port = parentPort!;
  let fd = -1;
  let count = 0;
  port.on('message', (message: CsvMessage) => {
    if ('path' in message) {
      fd = openSync(message.path, 'w');
      writeSync(fd, csvHeader(message.columns));
    } else if ('rows' in message) {
      writeSync(fd, csvRows(message.rows));
      count += message.rows.length;
      port.postMessage({ written: count } satisfies CsvReply);
    } else {
      closeSync(fd);
      port.postMessage({ done: count } satisfies CsvReply);
    }
  });
}
