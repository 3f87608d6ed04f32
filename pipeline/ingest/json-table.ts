// A JSON table: an array of paper objects, or an object holding one under a key such as
// "papers" or "data", or a single paper object; several of these one after another (JSON Lines)
// are read in turn. The text is read as it arrives: arrays element by element (each parsed
// alone, so a broken element costs itself only), and each record's lines are its element's.
//
// The structure around the elements must be sound: where it breaks, what was read stays and one
// reject covers the rest of the file.
import { type Captured, JsonChars, nextChar, type Wait } from './json-chars';
import { JsonRows, parseValue } from './json-rows';
import { Collector, type ParseResult, type TextReader } from './result';
import { emitRow, hasTitleColumn, isFieldKey, normaliseKey } from './table-fields';

const WRAPPER_KEYS = ['papers', 'data', 'items', 'results', 'records', 'entries', 'rows'];
const KEYS_SHOWN = 30;

/** Where the structure breaks. */
class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A member of a top-level object: an array (read as rows), or any other value, parsed (or why not). */
type Member = { rows: JsonRows } | { value: unknown } | { invalid: string };

/** One top-level value's first and last line, and its first characters for excerpts. */
interface Span {
  line: number;
  endLine: number;
  head: string;
}

export class JsonTableReader implements TextReader {
  private readonly out: Collector;
  private readonly chars = new JsonChars();
  private readonly reading: Wait<void>;

  constructor(private readonly file: string) {
    this.out = new Collector(file, 'json');
    this.reading = this.values();
    this.reading.next();
  }

  push(chunk: string): void {
    this.chars.feed(chunk);
    this.reading.next();
  }

  end(): ParseResult {
    this.chars.finish();
    this.reading.next();
    return this.out;
  }

  private *values(): Wait<void> {
    const { chars } = this;
    try {
      for (let c = yield* nextChar(chars); c !== undefined; c = yield* nextChar(chars)) {
        if (c === '[') {
          const rows = new JsonRows(this.file, false);
          yield* this.topValue(this.arrayRows(rows), (span, complete) => this.emitRows(rows, span, complete));
        } else if (c === '{') {
          const members = new Map<string, Member>();
          yield* this.topValue(this.objectMembers(members), (span, complete) => this.emitObject(members, span, complete));
        } else if (isValueStart(c)) this.topScalar(yield* this.element('value'));
        else throw this.unexpected(c, 'a JSON value');
      }
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      chars.record();
      while (!chars.ended) {
        chars.skipChunk();
        yield;
      }
      this.out.reject(error.line, Math.max(error.line, chars.lastTextLine), `invalid JSON: ${error.message}; the rest of the file is not read`, chars.recording());
    }
  }

  /**
   * A top-level array or object: `read` takes it from its "[" or "{" on; `emit` says what it
   * held, also when broken JSON cut it short (`complete` false).
   */
  private *topValue(read: Wait<void>, emit: (span: Span, complete: boolean) => void): Wait<void> {
    const start = this.open();
    let complete = false;
    try {
      yield* read;
      complete = true;
    } finally {
      emit(this.span(start), complete);
    }
  }

  /** Consumes the "[" or "{" of a top-level value: its start line, with its text recorded for excerpts. */
  private open(): number {
    this.chars.record();
    const line = this.chars.line;
    this.chars.take();
    return line;
  }

  private span(line: number): Span {
    return { line, endLine: this.chars.line, head: this.chars.recording() };
  }

  /** After "[": elements and commas up to "]", read as rows. */
  private *arrayRows(rows: JsonRows): Wait<void> {
    if ((yield* nextChar(this.chars)) === ']') return this.chars.take();
    for (;;) {
      rows.add(yield* this.element(`array element ${rows.rows + 1}`));
      const c = yield* nextChar(this.chars);
      if (c !== ',' && c !== ']') throw this.unexpected(c, `"," or "]" after array element ${rows.rows}`);
      this.chars.take();
      if (c === ']') return;
    }
  }

  /** After "{": members and commas up to "}". Arrays are read as rows; other values parsed. */
  private *objectMembers(members: Map<string, Member>): Wait<void> {
    if ((yield* nextChar(this.chars)) === '}') return this.chars.take();
    for (;;) {
      let c = yield* nextChar(this.chars);
      if (c !== '"') throw this.unexpected(c, 'a double-quoted key');
      const keyText = yield* this.element('a key');
      const parsedKey = parseValue(keyText);
      if ('invalid' in parsedKey) throw new JsonSyntaxError(parsedKey.invalid, keyText.line);
      const key = parsedKey.value as string;
      c = yield* nextChar(this.chars);
      if (c !== ':') throw this.unexpected(c, `":" after the key "${key}"`);
      this.chars.take();
      if ((yield* nextChar(this.chars)) === '[') {
        this.chars.take();
        const rows = new JsonRows(this.file, isFieldKey(key));
        members.set(key, { rows });
        yield* this.arrayRows(rows);
      } else members.set(key, parseValue(yield* this.element(`the value of "${key}"`)));
      c = yield* nextChar(this.chars);
      if (c !== ',' && c !== '}') throw this.unexpected(c, `"," or "}" after the value of "${key}"`);
      this.chars.take();
      if (c === '}') return;
    }
  }

  /**
   * One value, whole. Anything but structure starts one, so a bare word where a value belongs
   * is read as a value (and rejected by JSON.parse alone) rather than breaking the structure.
   */
  private *element(what: string): Wait<Captured> {
    const c = yield* nextChar(this.chars);
    if (c === undefined || ',:]}'.includes(c)) throw this.unexpected(c, what);
    const value = yield* this.chars.value();
    if (!value.complete) throw new JsonSyntaxError(`the file ends inside ${what} (an unclosed bracket or string)`, value.line);
    return value;
  }

  private unexpected(c: string | undefined, expected: string): JsonSyntaxError {
    const found = c === undefined ? 'the end of the file' : JSON.stringify(c);
    return new JsonSyntaxError(`expected ${expected} at line ${this.chars.line}, found ${found}`, this.chars.line);
  }

  private topScalar(captured: Captured): void {
    const parsed = parseValue(captured);
    let reason: string;
    if ('invalid' in parsed) reason = `invalid JSON: ${parsed.invalid}`;
    else reason = `JSON holds ${parsed.value === null ? 'null' : `a ${typeof parsed.value}`}, not a table of papers`;
    this.out.reject(captured.line, captured.endLine, reason, captured.text);
  }

  /**
   * The rows' records and rejects, unless none has a title: then the array is one reject naming
   * the keys it does have. A value cut short by broken JSON keeps its rows with no verdict.
   */
  private emitRows(rows: JsonRows, span: Span, verdict: boolean): void {
    if (verdict && rows.rows > 0 && !rows.titled) {
      this.out.reject(span.line, span.endLine, `unknown table layout: no title field; keys: ${listKeys([...rows.keys])}`, span.head);
      return;
    }
    // Loops, not push(...xs): a big file can hold more rows than a call takes arguments.
    for (const r of rows.out.records) this.out.records.push(r);
    for (const r of rows.out.rejects) this.out.rejects.push(r);
    for (const w of rows.out.warnings) this.out.warnings.push(w);
  }

  /** The table a top-level object holds: under a wrapper key, the sole array of objects, or the object itself. */
  private emitObject(members: ReadonlyMap<string, Member>, span: Span, verdict: boolean): void {
    const keys = [...members.keys()];
    const rowsOf = (k: string) => {
      const member = members.get(k);
      return member && 'rows' in member ? member.rows : undefined;
    };
    const wrapper = WRAPPER_KEYS.map((w) => keys.find((k) => normaliseKey(k) === w && rowsOf(k))).find((k) => k !== undefined);
    // Without a wrapper key, an object with a title is one paper (its authors may be an array of objects).
    if (wrapper === undefined && hasTitleColumn(keys)) return this.emitPaper(members, span);
    const arraysOfObjects = keys.filter((k) => rowsOf(k)?.hasObject);
    const tableKey = wrapper ?? (arraysOfObjects.length === 1 ? arraysOfObjects[0] : undefined);
    const table = tableKey === undefined ? undefined : rowsOf(tableKey);
    if (table) this.emitRows(table, span, verdict);
    else if (verdict) this.out.reject(span.line, span.endLine, `unknown JSON layout: no array of papers; keys: ${listKeys(keys)}`, span.head);
  }

  /** The object is one paper: a record, or a reject when it has no title or a member is not JSON. */
  private emitPaper(members: ReadonlyMap<string, Member>, span: Span): void {
    const fields: [string, unknown][] = [];
    for (const [key, member] of members) {
      const field = fieldValue(member);
      if ('invalid' in field) return this.out.reject(span.line, span.endLine, `invalid JSON: ${field.invalid}`, span.head);
      fields.push([key, field.value]);
    }
    emitRow(this.out, Object.fromEntries(fields), span.line, span.endLine, span.head);
  }
}

/** A member as a field of a single paper, or why it is not JSON. */
function fieldValue(member: Member): { value: unknown } | { invalid: string } {
  if (!('rows' in member)) return member;
  // Arrays under keys that are no paper field were not kept: rowToRecord would not read them.
  return member.rows.invalid === undefined ? { value: member.rows.values ?? [] } : { invalid: member.rows.invalid };
}

/** What may start a top-level value; other text there is not JSON at all. */
function isValueStart(c: string): boolean {
  return /^[[{"\-0-9tfn]$/.test(c);
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, KEYS_SHOWN).join(', ');
  return keys.length > KEYS_SHOWN ? `${shown}, … (${keys.length} in all)` : shown || '(none)';
}
