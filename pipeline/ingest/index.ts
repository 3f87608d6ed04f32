// Ingest: input paths → the papers, profiles and rejects they hold. Each file is streamed,
// decoded, its shape detected from its content, and parsed by that shape's parser as the text
// arrives (ingest-file.ts); a large input is parsed by a worker thread too (file-worker.ts). A
// problem with one file is one reject and the run goes on; nothing in a file is dropped without
// a reject (page-body.ts lists the few lines passed over on purpose).
import type { IngestResult } from '../model';
import { FileParseWorker } from './file-worker';
import { fileReject, type FileResult, ingestFile } from './ingest-file';
import { type ReadLimits, RECORD_LIMIT_DEFAULTS, readLimits } from './record-limit';
import { makeWarning } from './text';
import { type FsPath, type WalkEntry, walkPaths } from './walk';

export { parseText } from './parse-text';

export const INGEST_DEFAULTS = RECORD_LIMIT_DEFAULTS;

export interface IngestOptions {
  /** Called before each file is read, for progress reports. */
  onFile?(file: string, index: number, total: number): void;
  /** A record (CSV row, JSON value, page line) over this many million characters is rejected or cut short. */
  maxRecordMb?: number;
  /** Input estimated to parse in less than this many ms is read on this thread alone (0: always a worker beside it, Infinity: never). */
  inlineBelow?: number;
}

/** Files read at once: each read waits on the disk, and several waiting together overlap. */
const FILES_IN_FLIGHT = 8;
/** Files handed to the parse worker at once: the next is there when one is done. */
const WORKER_FILES_IN_FLIGHT = 2;
/** Parsing runs at about 15 MB a second here (a generated 100,000-paper corpus, 231 MB: 15 s). */
const PARSE_MS_PER_MB = 65;
/**
 * The parse worker pays from about 4 s of parsing (some 60 MB): what it parsed is cloned back at
 * about a fifth of the parsing's CPU, and this thread takes the clones in. Measured with the CLI's
 * ingest stage, three runs each: 23 MB (10,000 papers) 1.9–2.2 s alone, 2.1–2.3 s with the worker;
 * 231 MB (100,000 papers) 15.1–17.6 s alone, 12.6–14.2 s with it.
 */
const PARSE_WORKER_FROM_MS = 4_000;

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { files: [], records: [], rejects: [], warnings: [], profiles: [] };
  const entries = await walkPaths(paths);
  const files = entries.filter((e): e is WalkFile => e.kind === 'file');
  let done = 0;
  const limits = readLimits(options.maxRecordMb ?? INGEST_DEFAULTS.maxRecordMb);
  const parseMs = (files.reduce((sum, f) => sum + f.bytes, 0) / 1e6) * PARSE_MS_PER_MB;
  const worker = files.length > 1 && parseMs >= (options.inlineBelow ?? PARSE_WORKER_FROM_MS) ? new FileParseWorker() : undefined;
  const results = await ingestFiles(files, limits, (file) => options.onFile?.(file.display, done++, files.length), worker);
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

/** Each file's result by path: FILES_IN_FLIGHT read here at a time, and as many more by the worker as it takes. */
async function ingestFiles(files: readonly WalkFile[], limits: ReadLimits, onFile: (file: WalkFile) => void, worker?: FileParseWorker): Promise<Map<FsPath, FileResult>> {
  const results = new Map<FsPath, FileResult>();
  let next = 0;
  const reader = async (parse: (file: WalkFile) => Promise<FileResult>) => {
    while (next < files.length) {
      const file = files[next++]!;
      onFile(file);
      results.set(file.path, await parse(file));
    }
  };
  const here = () => reader((file) => ingestFile(file.path, file.display, limits));
  const beside = () => reader((file) => worker!.parse(file.path, file.display, limits));
  // Each reader takes its first file as it starts: the worker's come second and fourth, so that
  // it has work from a handful of large files too.
  const readers = worker ? [here, beside, here, beside] : [];
  while (readers.length < FILES_IN_FLIGHT + (worker ? WORKER_FILES_IN_FLIGHT : 0)) readers.push(here);
  try {
    await Promise.all(readers.map((start) => start()));
  } finally {
    await worker?.close();
  }
  return results;
}
