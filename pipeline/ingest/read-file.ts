// A file's bytes, streamed, to text. UTF-8 (with or without a BOM), UTF-16 with a BOM, and text
// that is not UTF-8 but reads as Latin-1 (or Windows-1252, its common superset) are decoded;
// empty files, binary files and anything else are refused with a reason a person understands.
// The text goes to a sink chunk by chunk, so no more than a chunk of the file is held here.
// Gzip data is decompressed as it streams (gzip.ts); the digest and the size are the file's own.
//
// UTF-8 or single-byte is decided by the evidence of the whole file (utf8-evidence.ts). Single-
// byte text forms a well-formed multi-byte sequence only by chance, far less than once per ten of
// its bad bytes (an accented capital before a curly quote: "JOSÉ”"), so a file with a UTF-8 BOM,
// with no bad byte, or with more well-formed sequences than that is UTF-8, its bad bytes read as
// U+FFFD; any other file is single-byte. Leaning to UTF-8 keeps a UTF-8 file into which some
// single-byte lines were pasted readable: U+FFFD is confined to those bytes, while decoding it as
// single-byte would turn every UTF-8 character into two or three others. Either way nothing
// changes silently: each line with a bad byte (or, in a single-byte file, with bytes that read as
// UTF-8) comes back as a note for warnings.csv. Text goes to the sink as UTF-8 while the evidence
// so far says UTF-8; once it does not, that sink is dropped, and when the file is done it is read
// again from the start in the encoding the evidence chose.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { skippedKind } from './file-kinds';
import { startsAsGzip } from './gzip';
import { LINES_LISTED, type LineList, Utf8Evidence } from './utf8-evidence';

export interface TextSink {
  push(text: string): void;
}

/** A doubtful line the decoded text holds: its 1-based number (0: the file as a whole), an excerpt of it as decoded, and why. */
export interface EncodingNote {
  line: number;
  excerpt: string;
  reason: string;
}

/**
 * What reading a file found: its digest and size, whether it was gzip data, and the encoding its
 * text was decoded with (and its notes) or the problem that stopped it.
 */
export type FileFacts = { sha256: string; bytes: number; compression?: 'gzip' } & Decoded;
type Decoded = { encoding: string; notes: EncodingNote[] } | { problem: string };

/**
 * Small enough that a chunk's text dies young: a megabyte chunk's string lands in V8's
 * large-object space and lingers until a full collection (on a 200 MB file, ~100 MB more peak).
 */
const CHUNK_BYTES = 64 * 1024;
/** How far into a file the binary and Latin-1 tests look: enough to see any binary header. */
const SAMPLE = 65536;
/** Text has almost no control characters; binary data has many. */
const MAX_CONTROL_SHARE = 0.1;
/** Well-formed multi-byte sequences that single-byte text may form by chance, per bad byte: a generous bound. */
const CHANCE_SEQUENCES = 0.1;
/** Latin-1 text is mostly ASCII with some accented letters; more high bytes means another encoding. */
const MAX_HIGH_SHARE = 0.3;

/** The file read into sinks made by `newSink` (a second one when the first pass was not kept); a problem when it cannot be read at all. */
export async function readText(path: string | Buffer, newSink: () => TextSink): Promise<FileFacts | { unreadable: string }> {
  const first = new FirstPass(new BinaryGate(newSink()));
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const gzip = await startsAsGzip(path);
    await eachChunk(path, gzip, (chunk) => first.read(chunk), (raw) => {
      hash.update(raw);
      bytes += raw.length;
    });
    const facts = { sha256: hash.digest('hex'), bytes, ...(gzip ? { compression: 'gzip' as const } : {}) };
    const found = first.finish();
    if (!('reread' in found)) return { ...facts, ...found };
    return { ...facts, ...(await readAgain(path, gzip, new BinaryGate(newSink()), found.reread, found.notes)) };
  } catch (error) {
    return { unreadable: describeFsError(error) };
  }
}

/**
 * The second pass, in the encoding the first chose. A single-byte one that held well-formed
 * UTF-8 sequences (notes undefined) finds its notes as it reads: the lines with those bytes.
 */
async function readAgain(path: string | Buffer, gzip: boolean, gate: BinaryGate, encoding: TextEncoding, notes: EncodingNote[] | undefined): Promise<Decoded> {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8');
    await eachChunk(path, gzip, (chunk) => gate.push(decoder.decode(chunk, { stream: true })));
    gate.push(decoder.decode());
    return withNotes(gate.end(encoding), notes ?? []);
  }
  const evidence = notes ? undefined : new Utf8Evidence(true);
  await eachChunk(path, gzip, (chunk) => {
    evidence?.push(chunk);
    gate.push(decodeSingleByte(chunk, encoding));
  });
  evidence?.end();
  return withNotes(gate.end(encoding), evidence ? lineNotes(evidence.multiByteLines, utf8InSingleByte(encoding)) : (notes ?? []));
}

/** The file's text bytes to `onChunk` (decompressed when `gzip`), its own bytes to `onRaw`. */
async function eachChunk(path: string | Buffer, gzip: boolean, onChunk: (chunk: Buffer) => void, onRaw: (chunk: Buffer) => void = () => {}): Promise<void> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  if (!gzip) {
    for await (const chunk of file) {
      onRaw(chunk as Buffer);
      onChunk(chunk as Buffer);
    }
    return;
  }
  const text = createGunzip({ chunkSize: CHUNK_BYTES });
  file.on('data', (chunk) => onRaw(chunk as Buffer));
  file.on('error', (error) => text.destroy(error));
  try {
    for await (const chunk of file.pipe(text)) onChunk(chunk as Buffer);
  } finally {
    file.destroy(); // damaged data ends the decompression first: the file is closed, not left open
  }
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
    case 'Z_BUF_ERROR':
      return 'gzip data cut short (Z_BUF_ERROR): the file is not whole';
    case 'Z_DATA_ERROR':
      return 'gzip data is damaged (Z_DATA_ERROR)';
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

type TextEncoding = 'utf-8' | SingleByte;
/** What the first pass found; a second reads the file in `reread`, with these notes or (undefined) finding its own. */
type Found = Decoded | { reread: TextEncoding; notes: EncodingNote[] | undefined };

/**
 * Every byte of text once: NUL bytes, the UTF-8 evidence; and the text as the BOM says, or as
 * UTF-8 while the evidence so far says UTF-8.
 */
class FirstPass {
  /** Bytes of text read so far. */
  private bytes = 0;
  private readonly sample: Buffer[] = [];
  private decoder: TextDecoder | undefined;
  /** Gathered unless the file is UTF-16. */
  private evidence: Utf8Evidence | undefined;
  private nulBytes = false;
  private hasUtf8Bom = false;

  /** Dropped, with all its sink holds, once the text it got turns out not to be the file's. */
  constructor(private gate: BinaryGate | undefined) {}

  read(chunk: Buffer): void {
    if (this.bytes < SAMPLE) this.sample.push(chunk.subarray(0, SAMPLE - this.bytes));
    // A regular file's first chunk is a full one, so it holds any byte-order mark.
    this.decoder ??= this.open(chunk);
    this.bytes += chunk.length;
    if (this.evidence && !this.nulBytes) {
      // UTF-16 text is full of NUL bytes; any other text has none.
      this.nulBytes = chunk.includes(0);
      this.evidence.push(chunk);
      if (!this.looksUtf8) this.gate = undefined;
    }
    if (this.decoding) this.gate!.push(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): Found {
    if (this.bytes === 0) return { problem: 'empty file' };
    const sample = Buffer.concat(this.sample);
    const kind = skippedKind(sample);
    if (kind !== undefined) return { problem: kind };
    if (this.nulBytes) return { problem: 'binary file, skipped (it holds NUL bytes)' };
    const evidence = this.evidence;
    // A dangling byte or half a surrogate pair at the end of UTF-16 is dropped rather than read as U+FFFD.
    if (!evidence) return withNotes(this.gate!.end(this.decoder!.encoding), []);
    evidence.end();
    if (!this.looksUtf8) {
      const found = singleByteEncoding(sample);
      return typeof found === 'string' ? { reread: found, notes: evidence.wellFormed > 0 ? undefined : [] } : found;
    }
    const notes = lineNotes(evidence.invalidLines, INVALID_UTF8);
    if (!this.gate) return { reread: 'utf-8', notes };
    if (this.decoding) this.gate.push(this.decoder!.decode());
    return withNotes(this.gate.end('utf-8'), notes);
  }

  private open(chunk: Buffer): TextDecoder {
    // The decoders drop the byte-order mark themselves.
    if (chunk[0] === 0xff && chunk[1] === 0xfe) return new TextDecoder('utf-16le');
    if (chunk[0] === 0xfe && chunk[1] === 0xff) return new TextDecoder('utf-16be');
    this.hasUtf8Bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    this.evidence = new Utf8Evidence();
    return new TextDecoder('utf-8');
  }

  /** A UTF-8 BOM, no bad byte, or more well-formed multi-byte sequences than chance gives single-byte text. */
  private get looksUtf8(): boolean {
    const { wellFormed, invalid } = this.evidence!;
    return this.hasUtf8Bom || invalid === 0 || wellFormed > 1 + invalid * CHANCE_SEQUENCES;
  }

  /** Once the file is known to be binary, or its text is not kept, the rest is only digested. */
  private get decoding(): boolean {
    return this.gate !== undefined && this.gate.problem === undefined && !this.nulBytes;
  }
}

function withNotes(read: { encoding: string } | { problem: string }, notes: EncodingNote[]): Decoded {
  return 'problem' in read ? read : { ...read, notes };
}

/** How one kind of line is shown: its excerpt as decoded, why it is doubtful, and what the lines past the list have in common. */
interface LineKind {
  decode(context: Buffer): string;
  why(bytes: number[]): string;
  summary: string;
}

const INVALID_UTF8: LineKind = {
  decode: (context) => new TextDecoder().decode(context),
  why: (bytes) => `bytes ${hex(bytes)} are not UTF-8 and read as U+FFFD; the rest of the file is UTF-8`,
  summary: 'hold bytes that are not UTF-8, read as U+FFFD',
};

function utf8InSingleByte(encoding: SingleByte): LineKind {
  return {
    decode: (context) => decodeSingleByte(context, encoding),
    why: (bytes) =>
      `bytes ${hex(bytes)} read as UTF-8 ("${new TextDecoder().decode(Uint8Array.from(bytes))}") but are decoded as ${encoding}, like the rest of the file: most of its non-ASCII bytes are not UTF-8`,
    summary: `hold bytes that read as UTF-8 but are decoded as ${encoding}`,
  };
}

/** One note per listed line, and one for the lines past the list. */
function lineNotes(lines: LineList, kind: LineKind): EncodingNote[] {
  const notes = lines.listed.map((l) => ({ line: l.line, excerpt: kind.decode(l.context), reason: kind.why(l.bytes) }));
  const more = lines.count - lines.listed.length;
  if (more > 0) notes.push({ line: 0, excerpt: '', reason: `${more} more lines ${kind.summary}; only the first ${LINES_LISTED} are listed` });
  return notes;
}

function hex(bytes: number[]): string {
  return bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

type SingleByte = 'latin1' | 'windows-1252';

/** Not UTF-8: Latin-1 if it looks like text; Windows-1252 when it has that code page's quotes and dashes (bytes 0x80–0x9f). */
function singleByteEncoding(sample: Buffer): SingleByte | { problem: string } {
  let high = 0;
  let c1 = 0;
  for (const b of sample) {
    if (b >= 0x80) high++;
    if (b >= 0x80 && b < 0xa0) c1++;
  }
  if (high > MAX_HIGH_SHARE * sample.length) return { problem: 'not UTF-8, and does not look like Latin-1 text (too many non-ASCII bytes)' };
  return c1 === 0 ? 'latin1' : 'windows-1252';
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
