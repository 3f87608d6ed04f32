// Normalised text in chunks → its lines, each with its 0-based index, exactly as text.split('\n')
// would give them, however the chunks are cut. Only the unfinished last line is held, and of a
// line longer than the limit only its first maxLineChars characters: its consumer is told its
// length instead of being handed it whole.
import { Buffer } from 'node:buffer';

export interface LineConsumer {
  line(text: string, index: number): void;
  end(): void;
}

export interface BoundedLineConsumer extends LineConsumer {
  /** A line over the limit: `head` is its first maxLineChars characters, `length` its full length. */
  longLine(head: string, length: number, index: number): void;
}

export class LineSplitter {
  private partial = '';
  /** The full length of the current line once it is over the limit (then `partial` is its head). */
  private longLength: number | undefined;
  private index = 0;

  constructor(
    private readonly consumer: BoundedLineConsumer,
    private readonly maxLineChars: number,
  ) {}

  push(chunk: string): void {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      this.add(chunk, from, nl);
      this.finishLine();
      from = nl + 1;
    }
    this.add(chunk, from, chunk.length);
  }

  end(): void {
    this.finishLine();
    this.consumer.end();
  }

  /** chunk[from, to) joins the current line; beyond the limit it is only counted. */
  private add(chunk: string, from: number, to: number): void {
    if (this.longLength !== undefined) {
      this.longLength += to - from;
      return;
    }
    const room = this.maxLineChars - this.partial.length;
    if (to - from <= room) {
      this.partial = this.partial === '' ? chunk.slice(from, to) : this.partial + chunk.slice(from, to);
      return;
    }
    this.longLength = this.partial.length + (to - from);
    this.partial += chunk.slice(from, from + room);
  }

  private finishLine(): void {
    const text = detach(this.partial);
    const length = this.longLength;
    this.partial = '';
    this.longLength = undefined;
    if (length === undefined) this.consumer.line(text, this.index++);
    else this.consumer.longLine(text, length, this.index++);
  }
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A copy of a line that does not keep its chunk alive. A slice would: the records would pin
 * every chunk they came from, and a chunk holding one character beyond Latin-1 takes two bytes
 * a character, so the records of a 200 MB page cost 400 MB. A copy takes one byte a character
 * whenever the line itself allows it.
 */
export function detach(line: string): string {
  return BEYOND_LATIN1.test(line) ? Buffer.from(line, 'utf16le').toString('utf16le') : Buffer.from(line, 'latin1').toString('latin1');
}
