// Gzip-compressed input is read as the text it holds: PubMed's baseline and update files
// (*.xml.gz) and OpenAlex's snapshot (JSON Lines in *.gz) come that way. Told by the format's
// magic bytes, not by the file name, as every other shape is told by content.
import { type FileHandle, open } from 'node:fs/promises';
import type { FsPath } from './walk';

/** Deflate's largest expansion (258-byte matches of about two bits each). */
const MAX_RATIO = 1032;

/** RFC 1952's ID1 and ID2. */
async function gzipHead(handle: FileHandle): Promise<boolean> {
  const head = Buffer.alloc(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0);
  return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** `use` on the open file; `otherwise` when it cannot be opened or read (reading it later says why). */
async function withFile<T>(path: FsPath, otherwise: T, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    return await use(handle);
  } catch {
    return otherwise;
  } finally {
    await handle?.close();
  }
}

/**
 * The bytes of text a file holds, which the memory plan and the parse worker's threshold read:
 * its size, or for gzip data the size its trailer states (ISIZE: the last member's, modulo 2³²),
 * at least the compressed size and at most what deflate can expand it to.
 */
export function textBytes(path: FsPath, bytes: number): Promise<number> {
  if (bytes < 18) return Promise.resolve(bytes); // smaller than a gzip header and trailer
  return withFile(path, bytes, async (handle) => {
    if (!(await gzipHead(handle))) return bytes;
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, bytes - 4);
    // A file cut short ends in other bytes: no deflate stream expands more than 1032-fold.
    return Math.min(Math.max(bytes, tail.readUInt32LE(0)), bytes * MAX_RATIO);
  });
}

/** Whether the file starts as gzip data does. */
export const startsAsGzip = (path: FsPath): Promise<boolean> => withFile(path, false, gzipHead);
