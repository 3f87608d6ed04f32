// JSON text that arrives in chunks, read by a parser written as generators: a generator that
// needs more text yields, and resumes when the next chunk (or the end) is there. Values are
// captured whole (their text, for JSON.parse) by a scan that tracks strings and nesting, so one
// element is held at a time, never the file, and no more of it than the record limit.
//
// The scan also finds where a value is broken beyond doubt, so that a reader can go on after it:
// a string cannot run past the end of its line (JSON has no raw line breaks in strings), and a
// bracket cannot be closed by the other kind. Where a line inside the value starts the way the
// value's next sibling would (an anchor: a given column and first character), it is noted; if the
// value turns out broken, it is cut there and the rest is read again.
import { limitText, overLimit, type ReadLimits } from './record-limit';
import { EXCERPT_SOURCE, TextHead } from './text';

/** A parser step that may wait for more text before it returns a T. */
export type Wait<T> = Generator<void, T, void>;

export interface Captured {
  /** The value's text; only its first characters when it is over the limit. */
  text: string;
  /** 1-based lines of its first and last character. */
  line: number;
  endLine: number;
  /** False when the text ended inside the value. */
  complete: boolean;
  /** Why the value cannot be read, when the scan found out: it breaks, or it is over the limit. */
  problem?: string;
  /**
   * How reading goes on after a value with a problem: from the start of a line inside it that
   * matched `anchors[cut]` (the chars are there now, and `problem` says so), or, for 'break', just
   * past the break, from where the caller finds its own way on.
   */
  cut?: number | 'break';
}

/** A line where a value may start after a broken one: its first character is one of `opens`, at `column` (or at most there, with `orLess`). */
export interface Anchor {
  column: number;
  opens: string;
  orLess?: boolean;
}

export function matchesAnchor(anchor: Anchor, indent: number, c: string): boolean {
  return anchor.opens.includes(c) && (anchor.orLess ? indent <= anchor.column : indent === anchor.column);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const isIndent = (c: number) => c === 0x20 || c === 0x09;
const isOpen = (c: number) => c === 0x5b || c === 0x7b;

export class JsonChars {
  private chunk = '';
  private pos = 0;
  ended = false;
  /** 1-based line of the next character. */
  line = 1;
  /** 1-based line of the last character read that is not white space. */
  lastTextLine = 1;
  /** Spaces and tabs read so far on this line… */
  indent = 0;
  /** …while nothing else has been: the next character is the line's first. */
  atIndent = true;
  private captured: string[] | undefined;
  private capturedLength = 0;
  /** The first characters from a point on, for an excerpt, and how many have been read since. */
  private recorded: TextHead | undefined;
  private recordedLength = 0;

  constructor(private readonly limits: ReadLimits) {}

  /** Text the parser has not read yet (after a lookahead) stays in front of the new chunk. */
  feed(chunk: string): void {
    this.chunk = this.pos < this.chunk.length ? this.chunk.slice(this.pos) + chunk : chunk;
    this.pos = 0;
  }

  finish(): void {
    this.feed('');
    this.ended = true;
  }

  /** The next character of this chunk, if it has one. */
  peek(): string | undefined {
    return this.chunk[this.pos];
  }

  /** Up to `count` characters from the next one on, as far as this chunk goes; see ensure(). */
  ahead(count: number): string {
    return this.chunk.slice(this.pos, this.pos + count);
  }

  /** Waits until `count` characters are there to look at, or the text has ended. */
  *ensure(count: number): Wait<void> {
    while (!this.ended && this.chunk.length - this.pos < count) yield;
  }

  take(count = 1): void {
    this.advance(Math.min(this.pos + count, this.chunk.length));
  }

  skipSpace(): void {
    let i = this.pos;
    while (i < this.chunk.length && isSpace(this.chunk.charCodeAt(i))) i++;
    this.advance(i);
  }

  skipChunk(): void {
    this.advance(this.chunk.length);
  }

  /** Up to the end of this line (not its line break). */
  *skipLine(): Wait<void> {
    for (;;) {
      const nl = this.chunk.indexOf('\n', this.pos);
      if (nl !== -1) return this.advance(nl);
      this.skipChunk();
      if (this.ended) return;
      yield;
    }
  }

  /** Past the next `marker`; false when the text ends first. */
  *skipPast(marker: string): Wait<boolean> {
    for (;;) {
      const at = this.chunk.indexOf(marker, this.pos);
      if (at !== -1) {
        this.advance(at + marker.length);
        return true;
      }
      if (this.ended) {
        this.skipChunk();
        return false;
      }
      // A marker cut by the chunk's end is found once the next chunk is there.
      this.advance(Math.max(this.pos, this.chunk.length - marker.length + 1));
      yield;
    }
  }

  /**
   * Skips to the first character of the next line that `match` accepts (given the line's
   * indentation and that character), or of this line if nothing but indentation has been read on
   * it; what `match` gave, or undefined at the end of the text.
   */
  *skipToLine<T>(match: (indent: number, c: string) => T | undefined): Wait<T | undefined> {
    for (;;) {
      if (this.atIndent) {
        let i = this.pos;
        while (i < this.chunk.length && isIndent(this.chunk.charCodeAt(i))) i++;
        this.advance(i);
        const c = this.peek();
        if (c === undefined) {
          if (this.ended) return undefined;
          yield;
          continue;
        }
        const found = c === '\n' ? undefined : match(this.indent, c);
        if (found !== undefined) return found;
      }
      const nl = this.chunk.indexOf('\n', this.pos);
      if (nl !== -1) this.advance(nl + 1);
      else {
        this.skipChunk();
        if (this.ended) return undefined;
        yield;
      }
    }
  }

  /** Keeps the first characters read from here on; see recording(). */
  record(): void {
    this.recorded = new TextHead();
    this.recordedLength = 0;
  }

  recording(): string {
    return this.recorded?.text ?? '';
  }

  /**
   * Reads one value, starting at the next character (which must be there). `what` names it in
   * problems; `anchors` are the lines where it may be cut should it break.
   */
  *value(what: string, anchors: readonly (Anchor | undefined)[] = []): Wait<Captured> {
    const line = this.line;
    const limit = this.limits.maxRecordChars;
    const scan = new ValueScan(this.chunk.charCodeAt(this.pos), anchors);
    this.captured = [];
    this.capturedLength = 0;
    /** Once the value is over the limit and cannot be cut: its head, and its length counted on. */
    let dropped: { head: string; length: number } | undefined;
    let end: number;
    for (;;) {
      const from = this.pos;
      end = scan.run(this.chunk, from, this.capturedLength - from);
      const to = end === -1 ? this.chunk.length : end;
      if (dropped) dropped.length += to - from;
      this.advance(to);
      if (!dropped && this.capturedLength > limit) {
        if (scan.anchorAt !== undefined && scan.anchorAt < limit) return this.cut(what, line, scan, this.unending(what));
        dropped = { head: this.captured!.join('').slice(0, EXCERPT_SOURCE), length: this.capturedLength };
        this.captured = undefined;
        scan.stopAnchors();
      }
      if (end !== -1 || this.ended) break;
      yield;
    }
    // A number or a literal ends with the text; anything else still open is cut short.
    const complete = end !== -1 || scan.isScalar;
    const broken = scan.broken === undefined ? undefined : `invalid JSON: ${scan.broken} on line ${this.line} in ${what}`;
    const breakCut = broken ? { cut: 'break' as const } : {};
    if (dropped) return { text: dropped.head, line, endLine: this.line, complete, problem: this.tooBig(what, dropped.length), ...breakCut };
    const over = this.capturedLength > limit;
    const ends = complete ? undefined : `invalid JSON: the file ends inside ${what} (an unclosed bracket or string)`;
    if ((over || broken || ends) && scan.anchorAt !== undefined && scan.anchorAt < limit) return this.cut(what, line, scan, over ? this.unending(what) : broken);
    const text = this.captured!.join('');
    this.captured = undefined;
    const captured: Captured = { text, line, endLine: this.line, complete };
    if (over) return { ...captured, text: text.slice(0, EXCERPT_SOURCE), problem: this.tooBig(what, text.length), ...breakCut };
    if (broken) return { ...captured, problem: broken, cut: 'break' };
    return ends ? { ...captured, problem: ends } : captured;
  }

  private tooBig(what: string, length: number): string {
    return `${what} is over the limit: ${overLimit(length, this.limits)}`;
  }

  /** A value over the limit that a line inside it suggests is broken: the size is not given, as it was not read to its end. */
  private unending(what: string): string {
    return `invalid JSON: ${what} does not end within ${limitText(this.limits)}`;
  }

  /** The value read so far, cut at the anchor line the scan noted; the text from that line on is read again (the chars are at its start). */
  private cut(what: string, line: number, scan: ValueScan, problem: string | undefined): Captured {
    const text = this.captured!.join('');
    this.captured = undefined;
    const kept = text.slice(0, scan.anchorAt);
    const resume = line + newlines(kept);
    const endLine = line + newlines(kept.trimEnd());
    this.unread(text.slice(scan.anchorAt), resume, endLine);
    // Without a break, the value was cut because it never closed.
    const why = problem ?? `invalid JSON: ${what} is not closed before line ${resume}`;
    return { text: kept, line, endLine, complete: true, problem: why, cut: scan.anchorIndex! };
  }

  /** `text`, which starts at the beginning of line `line`, is read again before the rest; `lastTextLine` is the last line with text before it. */
  unread(text: string, line: number, lastTextLine: number): void {
    // What is read again is no longer in the recording.
    this.recordedLength -= text.length;
    if (this.recorded && this.recordedLength < this.recorded.text.length) this.recorded.text = this.recorded.text.slice(0, Math.max(0, this.recordedLength));
    this.chunk = text + this.chunk.slice(this.pos);
    this.pos = 0;
    this.line = line;
    this.lastTextLine = lastTextLine;
    this.indent = 0;
    this.atIndent = true;
  }

  private advance(to: number): void {
    const piece = this.chunk.slice(this.pos, to);
    const textEnd = piece.trimEnd().length;
    const startLine = this.line;
    let beforeTextEnd = 0;
    let lastBreak = -1;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', nl + 1)) {
      if (nl < textEnd) beforeTextEnd++;
      this.line++;
      lastBreak = nl;
    }
    if (textEnd > 0) this.lastTextLine = startLine + beforeTextEnd;
    if (lastBreak !== -1) {
      this.indent = 0;
      this.atIndent = true;
    }
    if (this.atIndent) {
      let i = lastBreak + 1;
      while (i < piece.length && isIndent(piece.charCodeAt(i))) i++;
      this.indent += i - (lastBreak + 1);
      this.atIndent = i === piece.length;
    }
    if (this.captured) {
      this.captured.push(piece);
      this.capturedLength += piece.length;
    }
    this.recorded?.add(piece);
    this.recordedLength += piece.length;
    this.pos = to;
  }
}

function newlines(text: string): number {
  let count = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
  return count;
}

/** The next non-space character, not consumed; undefined at the end of the text. */
export function* nextChar(chars: JsonChars): Wait<string | undefined> {
  for (;;) {
    chars.skipSpace();
    const c = chars.peek();
    if (c !== undefined || chars.ended) return c;
    yield;
  }
}

/** What can end or change the state of a scan, in a string, a number or literal, and a container (with or without line starts). */
const IN_STRING = /["\\\n]/g;
const IN_SCALAR = /[ \t\n\r,\]}]/g;
const IN_CONTAINER = /["[\]{}]/g;
const IN_CONTAINER_LINES = /["[\]{}\n]/g;
/** Nesting deeper than this is counted, not checked for matching brackets. */
const TRACKED_DEPTH = 4096;

/**
 * Finds where one value ends, or where it is broken: strings, nesting and (while anchors are
 * looked for) line starts are all it tracks; JSON.parse validates. It jumps from one character
 * that matters to the next, as most of a value is string content.
 */
class ValueScan {
  private depth = 0;
  private readonly opened: number[] = [];
  private inString = false;
  /** A backslash ended the last text: the next character is escaped. */
  private escaped = false;
  readonly isScalar: boolean;
  private readonly isString: boolean;
  /** Set once the value is broken: what broke it. */
  broken: string | undefined;
  /** The offset (from the value's start) of the first line that matches an anchor, and which. */
  anchorAt: number | undefined;
  anchorIndex: number | undefined;
  private anchors: readonly (Anchor | undefined)[];
  /** A line's indentation being counted across a chunk's end: so far, and where the line starts. */
  private lineStart: { indent: number; offset: number } | undefined;

  constructor(first: number, anchors: readonly (Anchor | undefined)[]) {
    this.isString = first === QUOTE;
    this.isScalar = !this.isString && !isOpen(first);
    this.anchors = anchors;
  }

  stopAnchors(): void {
    this.anchors = [];
    this.lineStart = undefined;
  }

  /**
   * The index just past the value in `text` (or past what broke it), reading from `from`; -1
   * when it goes on past the text. `base` turns an index of `text` into an offset in the value.
   */
  run(text: string, from: number, base: number): number {
    let i = from;
    if (this.lineStart) i = this.lineFrom(text, i, this.lineStart.indent, this.lineStart.offset);
    if (this.escaped && i < text.length) {
      this.escaped = false;
      if (text.charCodeAt(i) === NEWLINE) return this.breaks('a string runs past the end of its line', i);
      i++;
    }
    for (;;) {
      const pattern = this.inString ? IN_STRING : this.isScalar ? IN_SCALAR : this.anchors.length > 0 ? IN_CONTAINER_LINES : IN_CONTAINER;
      pattern.lastIndex = i;
      const found = pattern.exec(text);
      if (!found) return -1;
      i = found.index;
      const c = text.charCodeAt(i);
      if (this.isScalar) return i;
      if (c === NEWLINE) {
        if (this.inString) return this.breaks('a string runs past the end of its line', i);
        i = this.lineFrom(text, i + 1, 0, base + i + 1);
        continue;
      }
      if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) === NEWLINE) return this.breaks('a string runs past the end of its line', i + 1);
        this.escaped = i + 1 === text.length;
        i += 2;
        continue;
      }
      if (c === QUOTE) {
        this.inString = !this.inString;
        if (this.isString && !this.inString) return i + 1;
      } else if (isOpen(c)) {
        if (this.depth++ < TRACKED_DEPTH) this.opened.push(c);
      } else {
        const open = this.depth-- <= TRACKED_DEPTH ? this.opened.pop() : undefined;
        if (open !== undefined && open !== c - 2) return this.breaks(`"${String.fromCharCode(c)}" closes a "${String.fromCharCode(open)}"`, i + 1);
        if (this.depth === 0) return i + 1;
      }
      i++;
    }
  }

  private breaks(why: string, at: number): number {
    this.broken = why;
    return at;
  }

  /**
   * A line starts at `i` (its indentation so far `indent`, its offset in the value `offset`):
   * past its indentation, its first character is checked against the anchors. The index to read on from.
   */
  private lineFrom(text: string, i: number, indent: number, offset: number): number {
    let k = i;
    while (k < text.length && isIndent(text.charCodeAt(k))) k++;
    const width = indent + k - i;
    if (k === text.length) {
      this.lineStart = { indent: width, offset };
      return k;
    }
    this.lineStart = undefined;
    const c = text[k]!;
    for (let index = 0; index < this.anchors.length; index++) {
      const anchor = this.anchors[index];
      if (anchor === undefined || !matchesAnchor(anchor, width, c)) continue;
      this.anchorAt = offset;
      this.anchorIndex = index;
      this.stopAnchors();
      break;
    }
    return k;
  }
}
