// Normalised text in chunks → its lines, each with its 0-based index, exactly as text.split('\n')
// would give them, however the chunks are cut. Only the unfinished last line is held.
import { Buffer } from 'node:buffer';

export interface LineConsumer {
  line(text: string, index: number): void;
  end(): void;
}

export class LineSplitter {
  private partial = '';
  private index = 0;

  constructor(private readonly consumer: LineConsumer) {}

  push(chunk: string): void {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      this.consumer.line(detach(this.partial === '' ? piece : this.partial + piece), this.index++);
      this.partial = '';
      from = nl + 1;
    }
    this.partial += chunk.slice(from);
  }

  end(): void {
    this.consumer.line(detach(this.partial), this.index);
    this.consumer.end();
  }
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A copy of a line that does not keep its chunk alive. A slice would: the records would pin
 * every chunk they came from, and a chunk holding one character beyond Latin-1 takes two bytes
 * a character, so the records of a 200 MB page cost 400 MB. A copy takes one byte a character
 * whenever the line itself allows it.
 */
function detach(line: string): string {
  return BEYOND_LATIN1.test(line) ? Buffer.from(line, 'utf16le').toString('utf16le') : Buffer.from(line, 'latin1').toString('latin1');
}
