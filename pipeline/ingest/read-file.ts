// A file's bytes, streamed, to text. UTF-8 (with or without a BOM), UTF-16 with a BOM, and text
// that is not UTF-8 but reads as Latin-1 (or Windows-1252, its common superset) are decoded;
// empty files, binary files and anything else are refused with a reason a person understands.
// The text goes to a sink chunk by chunk, so no more than a chunk of the file is held here. The
// encoding is told from the first bytes, except that UTF-8 can fail late: then the sink is
// dropped and the file read again from the start as single-byte text.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface TextSink {
  push(text: string): void;
}

/** What reading a file found: its digest and size, and the encoding it was decoded with or the problem that stopped it. */
export type FileFacts = { sha256: string; bytes: number } & ({ encoding: string } | { problem: string });

/**
 * Small enough that a chunk's text dies young: a megabyte chunk's string lands in V8's
 * large-object space and lingers until a full collection (on a 200 MB file, ~100 MB more peak).
 */
const CHUNK_BYTES = 64 * 1024;
/** How far into a file the binary and Latin-1 tests look: enough to see any binary header. */
const SAMPLE = 65536;
/** Text has almost no control characters; binary data has many. */
const MAX_CONTROL_SHARE = 0.1;
/** Latin-1 text is mostly ASCII with some accented letters; more high bytes means another encoding. */
const MAX_HIGH_SHARE = 0.3;

/** The file read into sinks made by `newSink` (a second one when UTF-8 fails); a problem when it cannot be read at all. */
export async function readText(path: string | Buffer, newSink: () => TextSink): Promise<FileFacts | { unreadable: string }> {
  const first = new FirstPass(new BinaryGate(newSink()));
  try {
    await eachChunk(path, (chunk) => first.read(chunk));
    const facts = { sha256: first.hash.digest('hex'), bytes: first.bytes };
    const found = first.finish();
    if (!('singleByte' in found)) return { ...facts, ...found };
    const gate = new BinaryGate(newSink());
    await eachChunk(path, (chunk) => gate.push(decodeSingleByte(chunk, found.singleByte)));
    return { ...facts, ...gate.end(found.singleByte) };
  } catch (error) {
    return { unreadable: describeFsError(error) };
  }
}

async function eachChunk(path: string | Buffer, onChunk: (chunk: Buffer) => void): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) onChunk(chunk as Buffer);
}

/** "permission denied (EACCES)" and the like: the code tells a person what to fix. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return `cannot read: permission denied (${code})`;
    case 'ELOOP':
      return 'symlink loop (ELOOP)';
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

type Found = { encoding: string } | { problem: string } | { singleByte: SingleByte };

/** Every byte once: the digest, the size, NUL bytes; and the text as the BOM says, or as UTF-8. */
class FirstPass {
  readonly hash = createHash('sha256');
  bytes = 0;
  private readonly sample: Buffer[] = [];
  private decoder: TextDecoder | undefined;
  private nulBytes = false;
  private hasUtf8Bom = false;
  private utf8Failed = false;

  constructor(private readonly gate: BinaryGate) {}

  read(chunk: Buffer): void {
    this.hash.update(chunk);
    if (this.bytes < SAMPLE) this.sample.push(chunk.subarray(0, SAMPLE - this.bytes));
    // A regular file's first chunk is a full one, so it holds any byte-order mark.
    this.decoder ??= this.open(chunk);
    this.bytes += chunk.length;
    // UTF-16 text is full of NUL bytes; any other text has none.
    this.nulBytes ||= this.decoder.encoding === 'utf-8' && chunk.includes(0);
    if (this.decoding) this.decode(() => this.decoder!.decode(chunk, { stream: true }));
  }

  finish(): Found {
    if (this.bytes === 0) return { problem: 'empty file' };
    // Only UTF-8 is flushed (a sequence cut short there means it is not UTF-8); a dangling byte
    // or half a surrogate pair at the end of UTF-16 is dropped rather than read as U+FFFD.
    if (this.decoding && this.decoder!.encoding === 'utf-8') this.decode(() => this.decoder!.decode());
    if (this.nulBytes) return { problem: 'binary file, skipped (it holds NUL bytes)' };
    if (this.utf8Failed) {
      if (this.hasUtf8Bom) return { problem: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' };
      return singleByteEncoding(Buffer.concat(this.sample));
    }
    return this.gate.end(this.decoder!.encoding);
  }

  private open(chunk: Buffer): TextDecoder {
    // The decoders drop the byte-order mark themselves.
    if (chunk[0] === 0xff && chunk[1] === 0xfe) return new TextDecoder('utf-16le');
    if (chunk[0] === 0xfe && chunk[1] === 0xff) return new TextDecoder('utf-16be');
    this.hasUtf8Bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    return new TextDecoder('utf-8', { fatal: true });
  }

  /** Once the file is known to be binary or not UTF-8, the rest is only digested. */
  private get decoding(): boolean {
    return !this.nulBytes && !this.utf8Failed && this.gate.problem === undefined;
  }

  private decode(decode: () => string): void {
    let text: string;
    try {
      text = decode();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
      this.utf8Failed = true;
      return;
    }
    this.gate.push(text);
  }
}

type SingleByte = 'latin1' | 'windows-1252';

/** Not UTF-8: Latin-1 if it looks like text; Windows-1252 when it has that code page's quotes and dashes (bytes 0x80–0x9f). */
function singleByteEncoding(sample: Buffer): Found {
  let high = 0;
  let c1 = 0;
  for (const b of sample) {
    if (b >= 0x80) high++;
    if (b >= 0x80 && b < 0xa0) c1++;
  }
  if (high > MAX_HIGH_SHARE * sample.length) return { problem: 'not UTF-8, and does not look like Latin-1 text (too many non-ASCII bytes)' };
  return { singleByte: c1 === 0 ? 'latin1' : 'windows-1252' };
}

function decodeSingleByte(chunk: Buffer, encoding: SingleByte): string {
  const latin1 = chunk.toString('latin1');
  // Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1 controls, so map them here.
  return encoding === 'latin1' ? latin1 : latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Windows-1252 characters for bytes 0x80–0x9f; the five bytes it leaves undefined stay as they are. */
const WINDOWS_1252_C1 = Array.from('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');

/**
 * Decoded text can still be binary (UTF-16 data, control-character soup): the first SAMPLE
 * characters are held back and looked at before any of the text goes on to the sink.
 */
class BinaryGate {
  /** Set when the sample shows binary data; nothing reaches the sink then. */
  problem: string | undefined;
  private held: string[] = [];
  private heldLength = 0;
  private open = false;

  constructor(private readonly sink: TextSink) {}

  push(text: string): void {
    if (this.open) return this.sink.push(text);
    if (this.problem !== undefined) return;
    this.held.push(text);
    this.heldLength += text.length;
    if (this.heldLength >= SAMPLE) this.release();
  }

  end(encoding: string): { encoding: string } | { problem: string } {
    if (!this.open && this.problem === undefined) this.release();
    return this.problem === undefined ? { encoding } : { problem: this.problem };
  }

  private release(): void {
    const text = this.held.join('');
    this.held = [];
    this.problem = binaryProblem(text.slice(0, SAMPLE));
    this.open = this.problem === undefined;
    if (this.open) this.sink.push(text);
  }
}

function binaryProblem(sample: string): string | undefined {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'binary file, skipped (it holds NUL characters)';
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE ? 'binary file, skipped (mostly control characters)' : undefined;
}
