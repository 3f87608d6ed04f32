// CSV text from rows, with papaparse doing the quoting. Text cells that a spreadsheet would run as
// a formula (leading = + - @ tab or CR) get a leading apostrophe, as OWASP recommends; numbers
// are left alone.
import Papa from 'papaparse';

export type Cell = string | number | boolean | undefined | null;

// papaparse's own default pattern uses `.*$`, which misses a formula followed by a newline.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvHeader(columns: readonly string[]): string {
  return Papa.unparse([columns as string[]], { newline: '\n' }) + '\n';
}

export function csvRows(rows: readonly (readonly Cell[])[]): string {
  return rows.length === 0 ? '' : Papa.unparse(rows as Cell[][], { newline: '\n', escapeFormulae: FORMULA_START }) + '\n';
}
