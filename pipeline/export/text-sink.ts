// A file written piece by piece: pieces gather into about a megabyte before each write, so a
// writer emits its text as it goes and no file is ever held whole in memory.
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class TextSink {
  private readonly fd: number;
  private pending: string[] = [];
  private length = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.length = 0;
  }
}

/** Writes the pieces a writer yields into `path`. */
export function writePieces(path: string, pieces: Iterable<string>): void {
  const sink = new TextSink(path);
  try {
    for (const piece of pieces) sink.write(piece);
  } finally {
    sink.close();
  }
}

/** Rows formatted `size` at a time: one piece per chunk, for formatters that work on many rows at once. */
export function* inChunks<T>(rows: Iterable<T>, format: (chunk: T[]) => string, size = 2_000): Generator<string> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield format(chunk);
      chunk = [];
    }
  }
  if (chunk.length) yield format(chunk);
}
