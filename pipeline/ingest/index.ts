// Ingest: input paths → the papers, profiles and rejects they hold. Each file is streamed,
// decoded, its shape detected from its content, and parsed by that shape's parser as the text
// arrives. A problem with one file is one reject and the run goes on; nothing in a file is
// dropped without a reject (page-body.ts lists the few lines passed over on purpose).
import type { IngestResult, InputFile } from '../model';
import { type FileParse, TextParser } from './parse-text';
import { readText } from './read-file';
import { makeReject } from './text';
import { walkPaths } from './walk';

export { parseText } from './parse-text';

export interface IngestOptions {
  /** Called before each file is read, for progress reports. */
  onFile?(file: string, index: number, total: number): void;
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { files: [], records: [], rejects: [], profiles: [] };
  const entries = await walkPaths(paths);
  const total = entries.filter((e) => e.kind === 'file').length;
  let index = 0;
  for (const entry of entries) {
    if (entry.kind === 'problem') {
      result.rejects.push(fileReject(entry.display, entry.reason));
      continue;
    }
    options.onFile?.(entry.display, index++, total);
    const { input, parsed } = await ingestFile(entry.path, entry.display);
    if (input) result.files.push(input);
    // Loops, not push(...xs): a 200 MB file can hold more records than a call takes arguments.
    for (const r of parsed.records) result.records.push(r);
    for (const r of parsed.rejects) result.rejects.push(r);
    for (const p of parsed.profiles) result.profiles.push(p);
  }
  return result;
}

/** One file: its InputFile when it could be read, and what it holds (or the reject saying why not). */
async function ingestFile(path: string, file: string): Promise<{ input?: InputFile; parsed: FileParse }> {
  // The last parser made is the one that read the whole text (a failed UTF-8 pass makes a second).
  let parser: TextParser | undefined;
  const read = await readText(path, () => (parser = new TextParser(file)));
  if ('unreadable' in read) return { parsed: { records: [], rejects: [fileReject(file, read.unreadable)], profiles: [] } };
  const parsed: FileParse = 'problem' in read ? { records: [], rejects: [fileReject(file, read.problem)], profiles: [] } : parser!.end();
  const input: InputFile = {
    file,
    sha256: read.sha256,
    bytes: read.bytes,
    ...(parsed.format ? { format: parsed.format } : {}),
    ...('encoding' in read ? { encoding: read.encoding } : {}),
    records: parsed.records.length,
    rejects: parsed.rejects.length,
  };
  return { input, parsed };
}

function fileReject(file: string, reason: string) {
  return makeReject(file, 0, 0, 'file', reason, '');
}
