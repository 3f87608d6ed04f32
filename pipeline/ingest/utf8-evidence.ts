// What a file's bytes say about being UTF-8: how many well-formed multi-byte sequences they hold,
// how many bytes fit no sequence, and on which lines both are. Single-byte text (Latin-1,
// Windows-1252) almost never forms a multi-byte sequence by chance; UTF-8 damaged here and there
// has far more good sequences than bad bytes. Sequences are cut as the WHATWG decoder (the one
// TextDecoder runs) cuts them, so a bad byte here is one that decoding turns into U+FFFD.
// Lines are counted as TextNormaliser counts them: LF, CR and CRLF each end one.
import { isUtf8 } from 'node:buffer';

/** Lines listed one by one, per kind; past that they are only counted, so a 200 MB file costs no more. */
export const LINES_LISTED = 1000;
/** Bytes kept around the first notable byte of a line, for its excerpt. */
const CONTEXT_BYTES = 120;
/** Bytes named per line. */
const BYTES_NAMED = 8;

/** A line with notable bytes: where, the bytes around them (to decode for an excerpt), and the first few of them. */
export interface ByteLine {
  line: number;
  context: Buffer;
  bytes: number[];
}

/** Lines of one kind: the first LINES_LISTED, and how many there are in all. */
export class LineList {
  readonly listed: ByteLine[] = [];
  count = 0;
  private last = 0;

  /** `at` is the notable byte's index in `chunk`, `lineStart` where its line starts in it. */
  add(line: number, bytes: ArrayLike<number>, chunk: Buffer, at: number, lineStart: number): void {
    if (line === this.last) {
      const entry = this.listed[this.listed.length - 1];
      if (entry && entry.line === line) for (let k = 0; k < bytes.length && entry.bytes.length < BYTES_NAMED; k++) entry.bytes.push(bytes[k]!);
      return;
    }
    this.last = line;
    if (this.count++ >= LINES_LISTED) return;
    const from = Math.max(lineStart, at - CONTEXT_BYTES);
    const to = Math.min(lineEnd(chunk, at), at + CONTEXT_BYTES);
    // A copy: a view would keep the whole 64 KiB chunk alive.
    this.listed.push({ line, context: Buffer.from(chunk.subarray(from, to)), bytes: Array.from(bytes).slice(0, BYTES_NAMED) });
  }
}

function lineEnd(chunk: Buffer, from: number): number {
  const lf = chunk.indexOf(0x0a, from);
  const cr = chunk.indexOf(0x0d, from);
  if (lf === -1) return cr === -1 ? chunk.length : cr;
  return cr === -1 ? lf : Math.min(lf, cr);
}

export class Utf8Evidence {
  /** Well-formed sequences of two to four bytes. */
  wellFormed = 0;
  /** Bytes that fit no sequence (each run of them one U+FFFD when decoded). */
  invalid = 0;
  readonly invalidLines = new LineList();
  /** Listed only when asked for: finding them takes the byte-by-byte reading on every chunk. */
  readonly multiByteLines = new LineList();
  private line = 1;
  private afterCR = false;
  /** The sequence being read: its bytes so far, how many follow its lead byte, and the range the next one must fall in. */
  private readonly pending = new Uint8Array(4);
  private pendingLength = 0;
  private needed = 0;
  private lower = 0x80;
  private upper = 0xbf;

  constructor(private readonly listMultiByteLines = false) {}

  push(chunk: Buffer): void {
    let from = 0;
    if (this.needed > 0) {
      // Finish the sequence the last chunk cut.
      from = Math.min(chunk.length, this.needed + 1 - this.pendingLength);
      this.scan(chunk, 0, from);
    }
    if (this.needed > 0 || this.listMultiByteLines) return this.scan(chunk, from, chunk.length);
    // Valid UTF-8, the common case, is checked natively; only a chunk with bad bytes is read byte by byte.
    const tail = incompleteTail(chunk);
    const body = chunk.subarray(from, tail);
    if (!isUtf8(body)) return this.scan(chunk, from, chunk.length);
    this.countLines(body);
    this.wellFormed += leadBytes(body);
    this.scan(chunk, tail, chunk.length);
  }

  /** A sequence cut short by the end of the file is bad too. */
  end(): void {
    if (this.needed === 0) return;
    const cut = Buffer.from(this.pending.subarray(0, this.pendingLength));
    this.bad(cut, cut, 0, 0);
    this.needed = 0;
  }

  /** Byte by byte, as the WHATWG decoder reads: chunk[from, to). */
  private scan(chunk: Buffer, from: number, to: number): void {
    let lineStart = from;
    for (let i = from; i < to; i++) {
      let b = chunk[i]!;
      if (this.needed === 0) {
        // Runs of plain ASCII, most of any text, are passed over in a tight loop.
        if (b >= 0x20 && b < 0x80) {
          while (i + 1 < to && (b = chunk[i + 1]!) >= 0x20 && b < 0x80) i++;
          this.afterCR = false;
          continue;
        }
        if (b < 0x80) {
          if (b === 0x0a) {
            if (!this.afterCR) this.line++;
            lineStart = i + 1;
          } else if (b === 0x0d) {
            this.line++;
            lineStart = i + 1;
          }
          this.afterCR = b === 0x0d;
        } else {
          this.afterCR = false;
          if (!this.start(b)) this.bad(Uint8Array.of(b), chunk, i, lineStart);
        }
        continue;
      }
      if (b < this.lower || b > this.upper) {
        // The sequence so far is one bad run; this byte is read again as a start.
        this.bad(this.pending.subarray(0, this.pendingLength), chunk, i, lineStart);
        this.needed = 0;
        i--;
        continue;
      }
      this.pending[this.pendingLength++] = b;
      this.lower = 0x80;
      this.upper = 0xbf;
      if (this.pendingLength === this.needed + 1) {
        this.wellFormed++;
        if (this.listMultiByteLines) this.multiByteLines.add(this.line, this.pending.subarray(0, this.pendingLength), chunk, i, lineStart);
        this.needed = 0;
      }
    }
  }

  /** Starts a multi-byte sequence at lead byte `b`; false when `b` cannot lead one. */
  private start(b: number): boolean {
    if (b >= 0xc2 && b <= 0xdf) this.needed = 1;
    else if (b >= 0xe0 && b <= 0xef) this.needed = 2;
    else if (b >= 0xf0 && b <= 0xf4) this.needed = 3;
    else return false;
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    this.lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    this.upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    this.pending[0] = b;
    this.pendingLength = 1;
    return true;
  }

  private bad(bytes: Uint8Array, chunk: Buffer, at: number, lineStart: number): void {
    this.invalid += bytes.length;
    this.invalidLines.add(this.line, bytes, chunk, at, lineStart);
  }

  private countLines(chunk: Buffer): void {
    let ends = 0;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) ends++;
    // A CR ends a line unless an LF follows it (that LF was counted). A CR that ended the last
    // piece was counted there, so an LF opening this one is not.
    for (let i = chunk.indexOf(0x0d); i !== -1; i = chunk.indexOf(0x0d, i + 1)) if (chunk[i + 1] !== 0x0a) ends++;
    if (this.afterCR && chunk[0] === 0x0a) ends--;
    if (chunk.length > 0) this.afterCR = chunk[chunk.length - 1] === 0x0d;
    this.line += ends;
  }
}

/** Where a multi-byte sequence that the chunk's end cuts short starts; the chunk's length when none is cut. */
function incompleteTail(chunk: Buffer): number {
  for (let k = 1; k <= 3 && k <= chunk.length; k++) {
    const b = chunk[chunk.length - k]!;
    if (b >= 0x80 && b < 0xc0) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > k ? chunk.length - k : chunk.length;
  }
  return chunk.length;
}

/** Lead bytes (0b11xxxxxx) in valid UTF-8: its multi-byte sequences. Four bytes a step, since this runs on every chunk. */
function leadBytes(bytes: Uint8Array): number {
  let count = 0;
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  if (bytes.length < head + 4) {
    for (const b of bytes) if (b >= 0xc0) count++;
    return count;
  }
  let i = 0;
  for (; i < head; i++) if (bytes[i]! >= 0xc0) count++;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >> 2);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((w & 0x80808080) === 0) continue;
    // Bit 7 of each byte set where that byte's top two bits are both set.
    const leads = (w & (w << 1) & 0x80808080) >>> 7;
    count += (leads & 1) + ((leads >>> 8) & 1) + ((leads >>> 16) & 1) + (leads >>> 24);
  }
  for (i += words.length * 4; i < bytes.length; i++) if (bytes[i]! >= 0xc0) count++;
  return count;
}
