// Raw bytes to text. UTF-8 (with or without a BOM), UTF-16 with a BOM, and text that is not
// UTF-8 but reads as Latin-1 (or Windows-1252, its common superset) are decoded; empty files,
// binary files and anything else are refused with a reason a person understands.
import { readFile } from 'node:fs/promises';

export type Decoded = { text: string; encoding: string } | { problem: string };

/** How far into a file the control-character test looks: enough to see any binary header. */
const SAMPLE = 65536;
/** Text has almost no control characters; binary data has many. */
const MAX_CONTROL_SHARE = 0.1;
/** Latin-1 text is mostly ASCII with some accented letters; more high bytes means another encoding. */
const MAX_HIGH_SHARE = 0.3;

export async function readBytes(path: string): Promise<Buffer | { problem: string }> {
  try {
    return await readFile(path);
  } catch (error) {
    return { problem: describeFsError(error) };
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
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeUtf16(bytes.subarray(2), 'le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeUtf16(bytes.subarray(2), 'be'), 'utf-16be');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.includes(0)) return { problem: 'binary file, skipped (it holds NUL bytes)' };
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes), 'utf-8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    if (hasBom) return { problem: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' };
  }
  return decodeSingleByte(bytes);
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === 'le') return Buffer.from(even.buffer, even.byteOffset, even.length).toString('utf16le');
  const swapped = Buffer.from(even);
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** Not UTF-8: Latin-1 if it looks like text; Windows-1252 when it has that code page's quotes and dashes (bytes 0x80–0x9f). */
function decodeSingleByte(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE);
  let high = 0;
  let c1 = 0;
  for (const b of sample) {
    if (b >= 0x80) high++;
    if (b >= 0x80 && b < 0xa0) c1++;
  }
  if (high > MAX_HIGH_SHARE * sample.length) return { problem: 'not UTF-8, and does not look like Latin-1 text (too many non-ASCII bytes)' };
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  if (c1 === 0) return checked(latin1, 'latin1');
  // Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1 controls, so map them here.
  return checked(latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c), 'windows-1252');
}

/** Windows-1252 characters for bytes 0x80–0x9f; the five bytes it leaves undefined stay as they are. */
const WINDOWS_1252_C1 = Array.from('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');

/** Decoded text can still be binary (UTF-16 data, control-character soup). */
function checked(text: string, encoding: string): Decoded {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { problem: 'binary file, skipped (it holds NUL characters)' };
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) return { problem: 'binary file, skipped (mostly control characters)' };
  return { text, encoding };
}
