// CSV text from rows, with papaparse doing the quoting. Text cells that a spreadsheet would run as
// a formula (leading = + - @ tab or CR) get a leading apostrophe, as OWASP recommends; numbers
// are left alone. No cell holds a control character but tab and line ends (safe-chars.ts).
import Papa from 'papaparse';
import type { Cell } from '../cells';
import { safeChars } from './safe-chars';

// papaparse's own default pattern uses `.*$`, which misses a formula followed by a newline.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvHeader(columns: readonly string[]): string {
  return Papa.unparse([columns as string[]], { newline: '\n' }) + '\n';
}

export function csvRows(rows: readonly (readonly Cell[])[]): string {
  // Made safe after quoting: a Control Picture needs no quotes, and never starts a formula.
  return rows.length === 0 ? '' : safeChars(Papa.unparse(rows as Cell[][], { newline: '\n', escapeFormulae: FORMULA_START })) + '\n';
}
