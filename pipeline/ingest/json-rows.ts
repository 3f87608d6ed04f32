// The elements of one JSON array read as table rows, one at a time. What they give is held
// until the array is done, since the layout verdicts (is this the table of papers? does any row
// have a title?) need all of it; that is records and rejects, never the elements' text.
import type { Captured } from './json-chars';
import { Collector } from './result';
import { isPlainObject } from './cells';
import { hasTitleKey, type RowReader } from './table-fields';

/** Keys shown in a layout reject are taken from this many rows. */
const KEYED_ROWS = 1000;

export class JsonRows {
  readonly out: Collector;
  rows = 0;
  /** Some row is an object with a title key. */
  titled = false;
  /** Some row is an object. */
  hasObject = false;
  /** The keys of the first rows, in first-seen order. */
  readonly keys = new Set<string>();
  /** The parsed elements, when the caller may need the array itself (a field of a single paper). */
  readonly values: unknown[] | undefined;
  /** Why the first element that cannot be read cannot: then `values` misses it. */
  invalid: string | undefined;

  constructor(
    file: string,
    keepValues: boolean,
    private readonly reader: RowReader,
  ) {
    this.out = new Collector(file, 'json');
    this.values = keepValues ? [] : undefined;
  }

  add(element: Captured): void {
    const k = ++this.rows;
    const { text, line, endLine } = element;
    const parsed = parseValue(element);
    if ('problem' in parsed) {
      this.invalid ??= parsed.problem;
      return this.out.reject(line, endLine, parsed.problem, text);
    }
    const row = parsed.value;
    this.values?.push(row);
    if (!isPlainObject(row)) return this.out.reject(line, endLine, `array element ${k} is not an object`, text);
    this.hasObject = true;
    if (k <= KEYED_ROWS) for (const key of Object.keys(row)) this.keys.add(key);
    this.titled ||= hasTitleKey(row);
    this.reader.emit(this.out, row, line, endLine, text);
  }

  /** A break in the array between elements: a reject among its rows, and the array is no field's value. */
  broken(line: number, endLine: number, reason: string, text: string): void {
    this.invalid ??= reason;
    this.out.reject(line, endLine, reason, text);
  }
}

/**
 * A captured value, parsed; or why it cannot be: the problem its capture found, or why it is not
 * JSON (V8's words, its position turned into a line of the file).
 */
export function parseValue({ text, line, problem }: Captured): { value: unknown } | { problem: string } {
  if (problem !== undefined) return { problem };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const located = message.replace(/ at position (\d+)[^]*$/, (_, at: string) => ` at line ${line + newlinesBefore(text, Number(at))}`);
    return { problem: `invalid JSON: ${located.replace(/\s+/g, ' ').slice(0, 200)}` };
  }
}

function newlinesBefore(text: string, at: number): number {
  let count = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) count++;
  return count;
}
