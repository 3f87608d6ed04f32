// A JSON table: an array of paper objects, or an object holding one under a key such as
// "papers" or "data" (at the top or one level down: {"data": {"papers": […]}}), or a single paper
// object; several of these one after another (JSON Lines) are read in turn. The text is read as
// it arrives: arrays element by element (each parsed alone, so a broken element costs itself
// only), and each record's lines are its element's. Comments and anti-XSSI prefixes between
// values are skipped with a warning (json-preamble.ts).
//
// Where the structure breaks, reading resumes at the first line that starts as what follows
// would: the next element of the array (same column, same bracket), the array's closing bracket,
// or the next top-level value (a JSON Lines line); json-chars.ts finds these even inside a value
// that swallowed them. A missing comma between elements costs a warning only. What cannot be
// resumed (compact JSON has no line starts to go by) stays read, and one reject covers the rest.
import type { Warning } from '../model';
import { type Anchor, type Captured, JsonChars, matchesAnchor, nextChar, type Wait } from './json-chars';
import { skipNonJson } from './json-preamble';
import { JsonRows, parseValue } from './json-rows';
import type { ReadLimits } from './record-limit';
import { Collector, type ParseResult, type TextReader } from './result';
import { normaliseKey } from './cells';
import { isFieldKey, RowReader, tableLayout } from './table-fields';

const WRAPPER_KEYS = ['papers', 'data', 'items', 'results', 'records', 'entries', 'rows'];
const KEYS_SHOWN = 30;
/** What may start the next top-level value (a JSON Lines line) after a broken one. */
const TOP_OPENS = '{[';

/** Where the structure breaks: `message` is the whole reason. */
class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A member of a top-level object: an array (read as rows), an object one level down (read as members), or any other value, parsed (or why not). */
type Member = { rows: JsonRows } | { members: Map<string, Member> } | { value: unknown } | { problem: string };

/** One top-level value's first and last line, and its first characters for excerpts. */
interface Span {
  line: number;
  endLine: number;
  head: string;
}

/** Where an array's reading goes on: its next element, its closing bracket, the next top-level value, or the text's end. */
type Next = 'element' | 'closer' | 'top' | 'end';
const NEXT_AT: readonly Next[] = ['element', 'closer', 'top'];

export class JsonTableReader implements TextReader {
  private readonly out: Collector;
  private readonly chars: JsonChars;
  private readonly reading: Wait<void>;
  /** Reads every row of the file, so that what is said once per file is. */
  private readonly reader = new RowReader();

  constructor(
    private readonly file: string,
    limits: ReadLimits,
  ) {
    this.out = new Collector(file, 'json');
    this.chars = new JsonChars(limits);
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
    let first = true;
    for (let c = yield* nextChar(chars); c !== undefined; c = yield* nextChar(chars)) {
      const skipped = yield* skipNonJson(chars, first);
      if (skipped) {
        if (skipped.closed) this.out.warn(skipped.line, skipped.endLine, '', skipped.text, `${skipped.what} is not JSON: skipped`);
        else this.out.reject(skipped.line, skipped.endLine, 'invalid JSON: a "/*" comment is not closed; the rest of the file is not read', skipped.text);
        continue;
      }
      first = false;
      // A value that starts its line marks where the next one would start, should this one break.
      const top: Anchor = { column: chars.atIndent ? chars.indent : 0, opens: TOP_OPENS };
      const line = chars.line;
      const emitted = this.out.records.length + this.out.rejects.length;
      // Its first characters, for excerpts.
      chars.record();
      try {
        if (c === '[') {
          const rows = new JsonRows(this.file, false, this.reader);
          yield* this.topValue(this.arrayRows(rows, top), (span, complete) => this.emitRows(rows, span, complete));
        } else if (c === '{') {
          const members = new Map<string, Member>();
          yield* this.topValue(this.objectMembers(members, top, false), (span, complete) => this.emitObject(members, span, complete));
        } else if (isValueStart(c)) this.topScalar(yield* this.element('value', [top]));
        else throw this.unexpected(c, 'a JSON value');
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        // A value that gave nothing is in the reject whole; otherwise from where it broke.
        const whole = this.out.records.length + this.out.rejects.length === emitted;
        yield* this.recover(error, top, whole ? line : error.line, whole);
      }
    }
  }

  /**
   * After a break at the top level: one reject from `from` up to the next line that starts a
   * top-level value, or to the end; its excerpt from the value's start when it is `whole`.
   */
  private *recover(error: JsonSyntaxError, top: Anchor, from: number, whole: boolean): Wait<void> {
    const { chars } = this;
    const valueHead = chars.recording();
    if (!whole) chars.record();
    const resumed = yield* chars.skipToLine((indent, c) => (matchesAnchor(top, indent, c) ? true : undefined));
    const then = resumed ? `reading resumes at line ${chars.line}` : 'the rest of the file is not read';
    this.out.reject(from, Math.max(from, chars.lastTextLine), `${error.message}; ${then}`, chars.recording() || valueHead);
  }

  /**
   * A top-level array or object: `read` takes it from its "[" or "{" on; `emit` says what it
   * held, also when broken JSON cut it short (`complete` false).
   */
  private *topValue(read: Wait<void>, emit: (span: Span, complete: boolean) => void): Wait<void> {
    const start = this.open();
    try {
      yield* read;
    } catch (error) {
      emit(this.span(start), false);
      throw error;
    }
    emit(this.span(start), true);
  }

  /** Consumes the "[" or "{" of a top-level value: its start line. */
  private open(): number {
    const line = this.chars.line;
    this.chars.take();
    return line;
  }

  private span(line: number): Span {
    return { line, endLine: this.chars.line, head: this.chars.recording() };
  }

  /** After "[": elements and commas up to "]", read as rows. `top` is where the next top-level value would start. */
  private *arrayRows(rows: JsonRows, top: Anchor): Wait<void> {
    const { chars } = this;
    // The line of "[" has been read into: its indentation is where a closing "]" would stand.
    const closer: Anchor = { column: chars.indent, opens: ']', orLess: true };
    if ((yield* nextChar(chars)) === ']') return chars.take();
    let siblings: Anchor | undefined;
    for (;;) {
      const what = `array element ${rows.rows + 1}`;
      yield* nextChar(chars);
      const [startsLine, column, opener, before] = [chars.atIndent, chars.indent, chars.peek()!, chars.lastTextLine];
      if (startsLine) siblings = { column, opens: opener };
      const anchors = [siblings, closer, top];
      let element = yield* this.element(what, anchors);
      // An element where a top-level value would start, and neither "," nor "]" after it: it is
      // the next top-level value (a JSON Lines line), and the array ended, unclosed, before it.
      if (element.problem === undefined && startsLine && matchesAnchor(top, column, opener) && !(yield* this.continuesArray())) {
        const between = '\n'.repeat(chars.line - element.endLine) + ' '.repeat(chars.indent);
        chars.unread(' '.repeat(column) + element.text + between, element.line, before);
        throw new JsonSyntaxError(`invalid JSON: the array is not closed before line ${element.line}`, before);
      }
      let next: Next | undefined;
      if (element.cut === 'break') next = yield* this.resumeAt(anchors);
      else if (element.cut !== undefined) next = NEXT_AT[element.cut]!;
      if (next === undefined) {
        rows.add(element);
        next = yield* this.afterElement(rows, anchors);
      } else {
        this.readOn(next, element.problem!, element.line);
        rows.add({ ...element, endLine: Math.max(element.line, chars.lastTextLine), problem: `${element.problem}; reading resumes at line ${chars.line}` });
      }
      if (next === 'closer') return chars.take();
      if (next === 'top') throw new JsonSyntaxError(`invalid JSON: the array is not closed after ${what}`, chars.lastTextLine);
      if (next === 'end') throw this.unexpected(undefined, `"," or "]" after ${what}`);
    }
  }

  /**
   * After a break at `line` that reading got past: when it goes on in the array, the caller
   * rejects what was skipped; when it does not, the top level does, once, for all it could not read.
   */
  private readOn(next: Next, problem: string, line: number): void {
    if (next === 'top' || next === 'end') throw new JsonSyntaxError(problem, line);
  }

  /** What follows an element: a comma (the next element), "]", or a break to read past. */
  private *afterElement(rows: JsonRows, [siblings, closer, top]: readonly (Anchor | undefined)[]): Wait<Next> {
    const { chars } = this;
    const c = yield* nextChar(chars);
    if (c === ',') {
      chars.take();
      if ((yield* nextChar(chars)) !== ']') return 'element';
      rows.out.warn(chars.line, chars.line, '', ',', `a "," after array element ${rows.rows} closes no element: skipped`);
      return 'closer';
    }
    if (c === ']') return 'closer';
    if (c !== undefined && isValueStart(c)) {
      // Without a comma, a line that starts a top-level value ends the array.
      if (yield* this.atTopWithoutComma(top!)) return 'top';
      rows.out.warn(chars.line, chars.line, '', c, `a "," is missing before array element ${rows.rows + 1}: read as if it were there`);
      return 'element';
    }
    if (c === undefined) return 'end';
    const line = chars.line;
    const expected = `invalid JSON: expected "," or "]" after array element ${rows.rows} at line ${line}, found ${JSON.stringify(c)}`;
    chars.record();
    const next = yield* this.resumeAt([siblings, closer, top]);
    this.readOn(next, expected, line);
    rows.broken(line, Math.max(line, chars.lastTextLine), `${expected}; reading resumes at line ${chars.line}`, chars.recording());
    return next;
  }

  /** Is the next character "," or "]"? */
  private *continuesArray(): Wait<boolean> {
    const c = yield* nextChar(this.chars);
    return c === ',' || c === ']';
  }

  /** Does the next character, where a comma should be, start a line as a top-level value would? */
  private *atTopWithoutComma(top: Anchor): Wait<boolean> {
    const c = yield* nextChar(this.chars);
    return c !== undefined && isValueStart(c) && this.chars.atIndent && matchesAnchor(top, this.chars.indent, c);
  }

  /** Skips to the next line an anchor matches: what reading goes on with there. */
  private *resumeAt(anchors: readonly (Anchor | undefined)[]): Wait<Next> {
    const found = yield* this.chars.skipToLine((indent, c) => {
      const i = anchors.findIndex((a) => a !== undefined && matchesAnchor(a, indent, c));
      return i === -1 ? undefined : i;
    });
    return found === undefined ? 'end' : NEXT_AT[found]!;
  }

  /**
   * After "{": members and commas up to "}". Arrays are read as rows; objects one level down
   * (when not `nested` already) as members; other values parsed. An array's elements are kept
   * for a paper's fields when its key is one a mapping reads. An object under such a key
   * (`fieldObject`: OpenAlex's abstract_inverted_index) is a field, never a table: its arrays
   * are parsed whole, which is much cheaper than element by element.
   */
  private *objectMembers(members: Map<string, Member>, top: Anchor, nested: boolean, fieldObject = false): Wait<void> {
    const { chars } = this;
    if ((yield* nextChar(chars)) === '}') return chars.take();
    for (;;) {
      let c = yield* nextChar(chars);
      if (c !== '"') throw this.unexpected(c, 'a double-quoted key');
      const parsedKey = parseValue(yield* this.element('a key', [top]));
      if ('problem' in parsedKey) throw new JsonSyntaxError(parsedKey.problem, chars.line);
      const key = parsedKey.value as string;
      c = yield* nextChar(chars);
      if (c !== ':') throw this.unexpected(c, `":" after the key "${key}"`);
      chars.take();
      c = yield* nextChar(chars);
      // A line that starts a top-level value is no member's value: this object is broken.
      if (c !== undefined && chars.atIndent && matchesAnchor(top, chars.indent, c)) throw this.unexpected(c, `the value of "${key}"`);
      if (c === '[' && !fieldObject) {
        chars.take();
        const rows = new JsonRows(this.file, isFieldKey(key), this.reader);
        members.set(key, { rows });
        yield* this.arrayRows(rows, top);
      } else if (c === '{' && !nested) {
        chars.take();
        const inner = new Map<string, Member>();
        members.set(key, { members: inner });
        yield* this.objectMembers(inner, top, true, isFieldKey(key));
      } else {
        const value = yield* this.element(`the value of "${key}"`, [top]);
        if (value.cut !== undefined) throw new JsonSyntaxError(value.problem!, value.line);
        members.set(key, parseValue(value));
      }
      c = yield* nextChar(chars);
      if (c !== ',' && c !== '}') throw this.unexpected(c, `"," or "}" after the value of "${key}"`);
      chars.take();
      if (c === '}') return;
    }
  }

  /**
   * One value, whole. Anything but structure starts one, so a bare word where a value belongs
   * is read as a value (and rejected by JSON.parse alone) rather than breaking the structure.
   */
  private *element(what: string, anchors: readonly (Anchor | undefined)[]): Wait<Captured> {
    const c = yield* nextChar(this.chars);
    if (c === undefined || ',:]}'.includes(c)) throw this.unexpected(c, what);
    const value = yield* this.chars.value(what, anchors);
    if (!value.complete && value.cut === undefined) throw new JsonSyntaxError(value.problem!, value.line);
    return value;
  }

  private unexpected(c: string | undefined, expected: string): JsonSyntaxError {
    const found = c === undefined ? 'the end of the file' : JSON.stringify(c);
    return new JsonSyntaxError(`invalid JSON: expected ${expected} at line ${this.chars.line}, found ${found}`, this.chars.line);
  }

  /** A top-level string, number or literal is no table; one that is not JSON is a break, read past like any other. */
  private topScalar(captured: Captured): void {
    const parsed = parseValue(captured);
    if ('problem' in parsed) throw new JsonSyntaxError(parsed.problem, captured.line);
    this.out.reject(captured.line, captured.endLine, `JSON holds ${parsed.value === null ? 'null' : `a ${typeof parsed.value}`}, not a table of papers`, captured.text);
  }

  /**
   * The rows' records and rejects, unless none has a title: then the array is one reject naming
   * the keys it does have. A value cut short by broken JSON (`complete` false) keeps its rows if
   * they are papers, and gives nothing otherwise: the reject that follows covers it.
   */
  private emitRows(rows: JsonRows, span: Span, complete: boolean): void {
    if (rows.rows > 0 && !rows.titled) {
      if (complete) this.out.reject(span.line, span.endLine, `unknown table layout: no title field; keys: ${listKeys([...rows.keys])}`, span.head);
      return;
    }
    rows.read();
    // Loops, not push(...xs): a big file can hold more rows than a call takes arguments.
    for (const r of rows.out.records) this.out.records.push(r);
    for (const r of rows.out.rejects) this.out.rejects.push(r);
    for (const w of rows.out.warnings) this.out.warnings.push(w);
    for (const d of rows.out.dialects) this.out.addDialect(d);
  }

  /**
   * The table a top-level object holds: the array under a wrapper key (at the top, then one
   * level down), else the object itself when it has a title, else the sole array of objects at
   * the top, else an object one level down that is a paper (Crossref's {"message": {…}}), else
   * the sole array of objects one level down. A paper cut short by broken JSON is not emitted:
   * the reject covers it.
   */
  private emitObject(members: ReadonlyMap<string, Member>, span: Span, complete: boolean): void {
    const nested = [...members.values()].flatMap((m) => ('members' in m ? [m.members] : []));
    const wrapped = wrapperRows(members);
    if (!wrapped && tableLayout(members.keys()) !== undefined) {
      if (complete) this.emitPaper(members, span);
      return;
    }
    const table = wrapped ?? firstOf(nested, wrapperRows) ?? soleArrayOfObjects(members);
    const paper = table ? undefined : nested.find((m) => tableLayout(m.keys()) !== undefined);
    if (paper) {
      if (complete) this.emitPaper(paper, span);
      return;
    }
    const rows = table ?? firstOf(nested, soleArrayOfObjects);
    if (rows) this.emitRows(rows, span, complete);
    else if (complete) this.out.reject(span.line, span.endLine, `unknown JSON layout: no array of papers; keys: ${listKeys([...members.keys()])}`, span.head);
  }

  /** The object is one paper: a record, or a reject when it has no title or a member cannot be read. */
  private emitPaper(members: ReadonlyMap<string, Member>, span: Span): void {
    const fields = fieldsOf(members);
    if ('problem' in fields) return this.out.reject(span.line, span.endLine, fields.problem, span.head);
    // Its arrays' warnings (a missing comma) are about this record.
    for (const w of arrayWarnings(members)) this.out.warnings.push(w);
    this.reader.emit(this.out, fields.value, span.line, span.endLine, span.head);
  }
}

function wrapperRows(members: ReadonlyMap<string, Member>): JsonRows | undefined {
  for (const wrapper of WRAPPER_KEYS) {
    for (const [key, member] of members) if ('rows' in member && normaliseKey(key) === wrapper) return member.rows;
  }
  return undefined;
}

function soleArrayOfObjects(members: ReadonlyMap<string, Member>): JsonRows | undefined {
  const arrays = [...members.values()].flatMap((m) => ('rows' in m && m.rows.hasObject ? [m.rows] : []));
  return arrays.length === 1 ? arrays[0] : undefined;
}

function firstOf<T, R>(items: readonly T[], find: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The members as a paper's fields, or why one cannot be read. */
function fieldsOf(members: ReadonlyMap<string, Member>): { value: Record<string, unknown> } | { problem: string } {
  const fields: [string, unknown][] = [];
  for (const [key, member] of members) {
    const field = fieldValue(member);
    if ('problem' in field) return field;
    fields.push([key, field.value]);
  }
  return { value: Object.fromEntries(fields) };
}

function arrayWarnings(members: ReadonlyMap<string, Member>): Warning[] {
  return [...members.values()].flatMap((m) => ('rows' in m ? m.rows.out.warnings : 'members' in m ? arrayWarnings(m.members) : []));
}

/** A member as a field of a single paper, or why it cannot be read. */
function fieldValue(member: Member): { value: unknown } | { problem: string } {
  if ('members' in member) return fieldsOf(member.members);
  if (!('rows' in member)) return member;
  // Arrays under keys that are no paper field were not kept: rowToRecord would not read them.
  return member.rows.invalid === undefined ? { value: member.rows.values ?? [] } : { problem: member.rows.invalid };
}

/** What may start a top-level value; other text there is not JSON at all. */
function isValueStart(c: string): boolean {
  return /^[[{"\-0-9tfn]$/.test(c);
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, KEYS_SHOWN).join(', ');
  return keys.length > KEYS_SHOWN ? `${shown}, … (${keys.length} in all)` : shown || '(none)';
}
