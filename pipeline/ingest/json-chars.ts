// JSON text that arrives in chunks, read by a parser written as generators: a generator that
// needs more text yields, and resumes when the next chunk (or the end) is there. Values are
// captured whole (their text, for JSON.parse) by a scan that only tracks strings and nesting, so
// one element is held at a time, never the file.
import { TextHead } from './text';

/** A parser step that may wait for more text before it returns a T. */
export type Wait<T> = Generator<void, T, void>;

export interface Captured {
  text: string;
  /** 1-based lines of its first and last character. */
  line: number;
  endLine: number;
  /** False when the text ended before the value did. */
  complete: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const isOpen = (c: number) => c === 0x5b || c === 0x7b;

export class JsonChars {
  private chunk = '';
  private pos = 0;
  ended = false;
  /** 1-based line of the next character. */
  line = 1;
  /** 1-based line of the last character read that is not white space. */
  lastTextLine = 1;
  private captured: string[] | undefined;
  /** The first characters from a point on, for an excerpt. */
  private recorded: TextHead | undefined;

  feed(chunk: string): void {
    this.chunk = chunk;
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

  /** Keeps the first characters read from here on; see recording(). */
  record(): void {
    this.recorded = new TextHead();
  }

  recording(): string {
    return this.recorded?.text ?? '';
  }

  /** Reads one value, starting at the next character (which must be there). */
  *value(): Wait<Captured> {
    const line = this.line;
    const scan = new ValueScan(this.chunk.charCodeAt(this.pos));
    this.captured = [];
    for (;;) {
      const end = scan.run(this.chunk, this.pos);
      this.advance(end === -1 ? this.chunk.length : end);
      // A number or a literal ends with the text; anything else still open is cut short.
      if (end !== -1 || this.ended) {
        const text = this.captured.join('');
        this.captured = undefined;
        return { text, line, endLine: this.line, complete: end !== -1 || scan.isScalar };
      }
      yield;
    }
  }

  private advance(to: number): void {
    const piece = this.chunk.slice(this.pos, to);
    const textEnd = piece.trimEnd().length;
    const startLine = this.line;
    let beforeTextEnd = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', nl + 1)) {
      if (nl < textEnd) beforeTextEnd++;
      this.line++;
    }
    if (textEnd > 0) this.lastTextLine = startLine + beforeTextEnd;
    this.captured?.push(piece);
    this.recorded?.add(piece);
    this.pos = to;
  }
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

/** What can end or change the state of a scan, in a string, a number or literal, and a container. */
const IN_STRING = /["\\]/g;
const IN_SCALAR = /[ \t\n\r,\]}]/g;
const IN_CONTAINER = /["[\]{}]/g;

/**
 * Finds where one value ends: strings and nesting are all it tracks; JSON.parse validates. It
 * jumps from one character that matters to the next, as most of a value is string content.
 */
class ValueScan {
  private depth = 0;
  private inString = false;
  /** A backslash ended the last text: the next character is escaped. */
  private escaped = false;
  readonly isScalar: boolean;
  private readonly isString: boolean;

  constructor(first: number) {
    this.isString = first === QUOTE;
    this.isScalar = !this.isString && !isOpen(first);
  }

  /** The index just past the value in `text`, reading from `from`; -1 when it goes on past the text. */
  run(text: string, from: number): number {
    let i = from;
    if (this.escaped && i < text.length) {
      this.escaped = false;
      i++;
    }
    for (;;) {
      const pattern = this.inString ? IN_STRING : this.isScalar ? IN_SCALAR : IN_CONTAINER;
      pattern.lastIndex = i;
      const found = pattern.exec(text);
      if (!found) return -1;
      i = found.index;
      const c = text.charCodeAt(i);
      if (this.isScalar) return i;
      if (c === BACKSLASH) {
        this.escaped = i + 1 === text.length;
        i += 2;
        continue;
      }
      if (c === QUOTE) {
        this.inString = !this.inString;
        if (this.isString && !this.inString) return i + 1;
      } else if (isOpen(c)) this.depth++;
      else if (--this.depth === 0) return i + 1;
      i++;
    }
  }
}
