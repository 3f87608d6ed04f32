// Ingest: input paths → the papers, profiles and rejects they hold. Each file is streamed,
// decoded, its shape detected from its content, and parsed by that shape's parser as the text
// arrives. A problem with one file is one reject and the run goes on; nothing in a file is
// dropped without a reject (page-body.ts lists the few lines passed over on purpose).
import type { IngestResult, InputFile, SourceFormat, Warning } from '../model';
import { cleanItems } from './clean-text';
import { type FileParse, TextParser } from './parse-text';
import { type EncodingNote, readText } from './read-file';
import { type ReadLimits, RECORD_LIMIT_DEFAULTS, readLimits } from './record-limit';
import { makeReject, makeWarning } from './text';
import { type FsPath, type WalkEntry, walkPaths } from './walk';

export { parseText } from './parse-text';

export const INGEST_DEFAULTS = RECORD_LIMIT_DEFAULTS;

export interface IngestOptions {
  /** Called before each file is read, for progress reports. */
  onFile?(file: string, index: number, total: number): void;
  /** A record (CSV row, JSON value, page line) over this many million characters is rejected or cut short. */
  maxRecordMb?: number;
}

/** Files read at once: each read waits on the disk, and several waiting together overlap. */
const FILES_IN_FLIGHT = 8;

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { files: [], records: [], rejects: [], warnings: [], profiles: [] };
  const entries = await walkPaths(paths);
  const files = entries.filter((e): e is WalkFile => e.kind === 'file');
  let done = 0;
  const limits = readLimits(options.maxRecordMb ?? INGEST_DEFAULTS.maxRecordMb);
  const results = await ingestFiles(files, limits, (file) => options.onFile?.(file.display, done++, files.length));
  // Gathered in file order, so the result does not depend on which read finished first.
  for (const entry of entries) {
    if (entry.kind === 'problem') {
      result.rejects.push(fileReject(entry.display, entry.reason));
      continue;
    }
    if (entry.kind === 'note') {
      result.warnings.push(makeWarning(entry.display, 0, 0, 'file', '', '', entry.reason));
      continue;
    }
    const { input, parsed } = results.get(entry.path)!;
    if (input) result.files.push(input);
    // Loops, not push(...xs): a 200 MB file can hold more records than a call takes arguments.
    for (const r of parsed.records) result.records.push(r);
    for (const r of parsed.rejects) result.rejects.push(r);
    for (const w of parsed.warnings) result.warnings.push(w);
    for (const p of parsed.profiles) result.profiles.push(p);
  }
  return result;
}

type WalkFile = Extract<WalkEntry, { kind: 'file' }>;
interface FileResult {
  input?: InputFile;
  parsed: FileParse;
}

/** Each file's result by path, FILES_IN_FLIGHT files at a time. */
async function ingestFiles(files: readonly WalkFile[], limits: ReadLimits, onFile: (file: WalkFile) => void): Promise<Map<FsPath, FileResult>> {
  const results = new Map<FsPath, FileResult>();
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      onFile(file);
      results.set(file.path, await ingestFile(file.path, file.display, limits));
    }
  };
  await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, reader));
  return results;
}

/** One file: its InputFile when it could be read, and what it holds (or the reject saying why not). */
async function ingestFile(path: FsPath, file: string, limits: ReadLimits): Promise<FileResult> {
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

function fileReject(file: string, reason: string) {
  return makeReject(file, 0, 0, 'file', reason, '');
}
