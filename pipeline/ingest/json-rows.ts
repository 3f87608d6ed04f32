// The elements of one JSON array read as table rows, one at a time. What they give is held
// until the array is done, since the layout verdicts (is this the table of papers? does any row
// have a title?) need all of it; that is records and rejects, never the elements' text. An array
// whose values are kept anyway (it may be a field of a single paper, such as OpenAlex's
// authorships) is only read as rows if it turns out to be the table: most never are.
import { isPlainObject, type Row } from './cells';
import type { Captured } from './json-chars';
import { Collector } from './result';
import { hasTitleKey, type RowReader } from './table-fields';
import { EXCERPT_SOURCE } from './text';

/** What an element of a kept array gives, once the array is read as rows: a row, or a reject. */
type Later = { row: Row; line: number; endLine: number; head: string } | { reject: string; line: number; endLine: number; head: string };

/** Keys shown in a layout reject are taken from this many rows. */
const KEYED_ROWS = 1000;

export class JsonRows {
  readonly out: Collector;
  rows = 0;
  private someTitled = false;
  /** Some row is an object. */
  hasObject = false;
  /** The keys of the first rows, in first-seen order. */
  readonly keys = new Set<string>();
  /** The parsed elements, when the caller may need the array itself (a field of a single paper). */
  readonly values: unknown[] | undefined;
  /** Why the first element that cannot be read cannot: then `values` misses it. */
  invalid: string | undefined;
  /** A kept array's rows and rejects, not read yet; only what an excerpt needs of their text. */
  private readonly later: Later[] | undefined;

  constructor(
    file: string,
    keepValues: boolean,
    private readonly reader: RowReader,
  ) {
    this.out = new Collector(file, 'json');
    this.values = keepValues ? [] : undefined;
    this.later = keepValues ? [] : undefined;
  }

  /** Some row is an object with a title key. */
  get titled(): boolean {
    this.someTitled ||= this.later?.some((l) => 'row' in l && hasTitleKey(l.row)) ?? false;
    return this.someTitled;
  }

  /** Reads the rows of a kept array: it is the table after all. */
  read(): void {
    for (const l of this.later?.splice(0) ?? []) {
      if ('row' in l) this.reader.emit(this.out, l.row, l.line, l.endLine, l.head);
      else this.out.reject(l.line, l.endLine, l.reject, l.head);
    }
  }

  add(element: Captured): void {
    const k = ++this.rows;
    const { text, line, endLine } = element;
    const parsed = parseValue(element);
    if ('problem' in parsed) {
      this.invalid ??= parsed.problem;
      return this.reject(line, endLine, parsed.problem, text);
    }
    const row = parsed.value;
    this.values?.push(row);
    if (!isPlainObject(row)) return this.reject(line, endLine, `array element ${k} is not an object`, text);
    this.hasObject = true;
    if (k <= KEYED_ROWS) for (const key of Object.keys(row)) this.keys.add(key);
    if (this.later) return void this.later.push({ row, line, endLine, head: text.slice(0, EXCERPT_SOURCE) });
    this.someTitled ||= hasTitleKey(row);
    this.reader.emit(this.out, row, line, endLine, text);
  }

  /** A break in the array between elements: a reject among its rows, and the array is no field's value. */
  broken(line: number, endLine: number, reason: string, text: string): void {
    this.invalid ??= reason;
    this.reject(line, endLine, reason, text);
  }

  private reject(line: number, endLine: number, reason: string, text: string): void {
    if (this.later) this.later.push({ reject: reason, line, endLine, head: text.slice(0, EXCERPT_SOURCE) });
    else this.out.reject(line, endLine, reason, text);
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
