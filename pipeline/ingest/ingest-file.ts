// One input file → what it holds: read and decoded (read-file.ts), its shape told and parsed as
// the text arrives (parse-text.ts), its records and profiles cleaned. A file that cannot be read
// is one reject. The same on the main thread and on the parse worker (file-worker.ts).
import type { InputFile, SourceFormat, Warning } from '../model';
import { cleanItems } from './clean-text';
import { type FileParse, TextParser } from './parse-text';
import { type EncodingNote, readText } from './read-file';
import type { ReadLimits } from './record-limit';
import { makeReject, makeWarning } from './text';
import type { FsPath } from './walk';

export interface FileResult {
  input?: InputFile;
  parsed: FileParse;
}

/** One file: its InputFile when it could be read, and what it holds (or the reject saying why not). */
export async function ingestFile(path: FsPath, file: string, limits: ReadLimits): Promise<FileResult> {
  // The last parser made is the one that read the whole text (a failed UTF-8 pass makes a second).
  let parser: TextParser | undefined;
  const read = await readText(path, () => (parser = new TextParser(file, limits)));
  if ('unreadable' in read) return { parsed: { records: [], rejects: [fileReject(file, read.unreadable)], warnings: [], profiles: [] } };
  const parsed: FileParse = 'problem' in read ? { records: [], rejects: [fileReject(file, read.problem)], warnings: [], profiles: [] } : parser!.end();
  // Every parser's records and profiles pass here: cleaned once, before any key is built from them.
  const doubts = 'notes' in read ? encodingWarnings(read.notes, file, parsed.format) : [];
  cleanItems(parsed.records, doubts);
  cleanItems(parsed.profiles, doubts);
  if (doubts.length > 0) parsed.warnings = [...doubts, ...parsed.warnings].sort((a, b) => a.source.line - b.source.line);
  const input: InputFile = {
    file,
    sha256: read.sha256,
    bytes: read.bytes,
    ...(read.compression ? { compression: read.compression } : {}),
    ...(parsed.format ? { format: parsed.format } : {}),
    ...(parsed.dialect ? { dialect: parsed.dialect } : {}),
    ...('encoding' in read ? { encoding: read.encoding } : {}),
    records: parsed.records.length,
    rejects: parsed.rejects.length,
    warnings: parsed.warnings.length,
  };
  return { input, parsed };
}

/** The lines whose bytes decoding doubted. */
function encodingWarnings(notes: readonly EncodingNote[], file: string, format: SourceFormat | undefined): Warning[] {
  return notes.map((n) => makeWarning(file, n.line, n.line, format ?? 'file', 'encoding', n.excerpt, n.reason));
}

export function fileReject(file: string, reason: string) {
  return makeReject(file, 0, 0, 'file', reason, '');
}
