// A JSON table: an array of paper objects, or an object holding one under a key such as
// "papers" or "data", or a single paper object. Each object's line is where it starts in the text.
import { arrayElementOffsets, objectValueOffset } from './json-offsets';
import { Collector, type ParseResult } from './result';
import { hasTitleColumn, hasTitleKey, isPlainObject, normaliseKey, rowToRecord } from './table-fields';
import { lineCounter } from './text';

const WRAPPER_KEYS = ['papers', 'data', 'items', 'results', 'records', 'entries', 'rows'];
const KEYS_SHOWN = 30;

export function parseJsonTable(text: string, file: string): ParseResult {
  const out = new Collector(file, 'json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorOffset(message, text);
    out.reject(at === undefined ? 0 : lineCounter(text)(at), `invalid JSON: ${message.slice(0, 200)}`, text.slice(at ?? 0, (at ?? 0) + 1000));
    return out;
  }
  const open = Math.max(0, text.search(/\S/));
  const table = locateRows(value, text, open);
  if ('problem' in table) {
    out.reject(0, table.problem, text.slice(open, open + 1000));
    return out;
  }
  const { rows, starts, close } = table;
  if (rows.length > 0 && !rows.some((r) => isPlainObject(r) && hasTitleKey(r))) {
    out.reject(0, `unknown table layout: no title field; keys: ${keysOf(rows)}`, text.slice(open, open + 1000));
    return out;
  }
  const lineOf = lineCounter(text);
  rows.forEach((row, k) => {
    const at = starts[k] ?? open;
    const line = lineOf(at);
    // The element's own text: up to the next element, without the comma between them.
    const raw = text.slice(at, Math.min(starts[k + 1] ?? close, at + 1000)).replace(/[\s,]+$/, '');
    if (!isPlainObject(row)) return out.reject(line, `array element ${k + 1} is not an object`, raw);
    const record = rowToRecord(row, out.source(line));
    if (record) out.records.push(record);
    else out.reject(line, 'row without a title', raw);
  });
  return out;
}

type Located = { rows: unknown[]; starts: number[]; close: number } | { problem: string };

function locateRows(value: unknown, text: string, open: number): Located {
  if (Array.isArray(value)) return { rows: value, ...arrayElementOffsets(text, open) };
  if (!isPlainObject(value)) return { problem: `JSON holds ${value === null ? 'null' : `a ${typeof value}`}, not a table of papers` };
  const keys = Object.keys(value);
  const wrapper = WRAPPER_KEYS.map((w) => keys.find((k) => normaliseKey(k) === w && Array.isArray(value[k]))).find((k) => k !== undefined);
  // Without a wrapper key, an object with a title is one paper (its authors may be an array of objects).
  if (wrapper === undefined && hasTitleColumn(keys)) return { rows: [value], starts: [open], close: text.length };
  const tableKey = wrapper ?? soleArrayOfObjects(value);
  if (tableKey === undefined) return { problem: `unknown JSON layout: no array of papers; keys: ${listKeys(keys)}` };
  const at = objectValueOffset(text, open, tableKey) ?? open;
  return { rows: value[tableKey] as unknown[], ...arrayElementOffsets(text, at) };
}

function soleArrayOfObjects(value: Readonly<Record<string, unknown>>): string | undefined {
  const candidates = Object.keys(value).filter((k) => {
    const v = value[k];
    return Array.isArray(v) && v.some(isPlainObject);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The keys the objects do have, in first-seen order, for a reader to see what the file holds. */
function keysOf(rows: readonly unknown[]): string {
  const keys = new Set<string>();
  for (const row of rows.slice(0, 1000)) if (isPlainObject(row)) for (const k of Object.keys(row)) keys.add(k);
  return listKeys([...keys]);
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, KEYS_SHOWN).join(', ');
  return keys.length > KEYS_SHOWN ? `${shown}, … (${keys.length} in all)` : shown || '(none)';
}

/** V8 names a position ("… in JSON at position 25"), or the end of the input. */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const m = /at position (\d+)/.exec(message);
  if (m) return Math.min(Number(m[1]), text.length);
  return /end of (JSON )?input/i.test(message) ? text.length : undefined;
}
