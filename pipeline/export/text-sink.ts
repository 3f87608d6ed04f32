// A file written piece by piece: pieces gather into about a megabyte before each write, so a
// writer emits its text as it goes and no file is ever held whole in memory. They gather by
// concatenation (V8 keeps it a rope until the write flattens it once): joining an array of
// small pieces cost a fifth of writing a large GEXF file.
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class TextSink {
  private readonly fd: number;
  private pending = '';

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending) writeSync(this.fd, this.pending);
    this.pending = '';
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
