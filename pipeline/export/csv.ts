// CSV files written as a stream of row chunks (memory stays flat on large corpora), with
// papaparse doing the quoting. Text cells that a spreadsheet would run as a formula (leading
// = + - @ tab or CR) get a leading apostrophe, as OWASP recommends; numbers are left alone.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';

export type Cell = string | number | boolean | undefined | null;

// papaparse's own default pattern uses `.*$`, which misses a formula followed by a newline.
const FORMULA_START = /^[=+\-@\t\r]/;
const CHUNK_ROWS = 2_000;

export async function writeCsv(path: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {}); // observed below; keeps an early error from being unhandled
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let count = 0;
  let chunk: Cell[][] = [];
  await write(Papa.unparse([columns as string[]], { newline: '\n' }) + '\n');
  for (const row of rows) {
    chunk.push(row as Cell[]);
    if (chunk.length === CHUNK_ROWS) {
      await write(unparseRows(chunk));
      count += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length) await write(unparseRows(chunk));
  count += chunk.length;
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return count;
}

function unparseRows(rows: Cell[][]): string {
  return Papa.unparse(rows, { newline: '\n', escapeFormulae: FORMULA_START }) + '\n';
}

/** Several values in one cell. */
export function joinCell(values: readonly (string | number)[]): string {
  return values.join('; ');
}
