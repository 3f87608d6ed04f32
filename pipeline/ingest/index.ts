// Ingest: input paths → the papers, profiles and rejects they hold. Each file is read, decoded,
// its shape detected from its content, and parsed by that shape's parser. A problem with one
// file is one reject and the run goes on; nothing in a file is dropped without a reject.
import { createHash } from 'node:crypto';
import type { IngestResult, InputFile, SourceFormat } from '../model';
import { parseBareListing } from './bare-listing';
import { parseCsvTable } from './csv-table';
import { detectFormat } from './detect';
import { parseJsonTable } from './json-table';
import { parseListingPage } from './listing-page';
import { parseProfilePage } from './profile-page';
import { decodeBytes, readBytes } from './read-file';
import type { ParseResult } from './result';
import { makeReject, normaliseText } from './text';
import { walkPaths } from './walk';

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
      result.rejects.push(makeReject(entry.display, 0, 'file', entry.reason, ''));
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
async function ingestFile(path: string, file: string): Promise<{ input?: InputFile; parsed: ParseResult }> {
  const bytes = await readBytes(path);
  if (!Buffer.isBuffer(bytes)) return { parsed: failed(file, bytes.problem, '') };
  let encoding: string | undefined;
  let parsed: ParseResult & { format?: SourceFormat };
  try {
    const decoded = decodeBytes(bytes);
    if ('problem' in decoded) parsed = failed(file, decoded.problem, '');
    else [encoding, parsed] = [decoded.encoding, parseText(decoded.text, file)];
  } catch (error) {
    // Decoding fails only beyond what a string can hold (about 512 MB of text).
    parsed = failed(file, `cannot decode: ${error instanceof Error ? error.message : String(error)}`, '');
  }
  const input: InputFile = {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    ...(parsed.format ? { format: parsed.format } : {}),
    ...(encoding ? { encoding } : {}),
    records: parsed.records.length,
    rejects: parsed.rejects.length,
  };
  return { input, parsed };
}

const PARSERS: Record<SourceFormat, (text: string, file: string) => ParseResult> = {
  'profile-page': (text, file) => parseProfilePage(text.split('\n'), file),
  'listing-page': (text, file) => parseListingPage(text.split('\n'), file),
  'bare-listing': (text, file) => parseBareListing(text.split('\n'), file),
  csv: parseCsvTable,
  json: parseJsonTable,
};

/** One decoded file's text → what it holds. Pure and synchronous; never throws. */
export function parseText(text: string, file: string): ParseResult & { format?: SourceFormat } {
  const clean = normaliseText(text);
  if (clean.trim() === '') return failed(file, 'file holds only white space', '');
  const format = detectFormat(clean);
  if (!format) {
    return failed(file, 'unrecognised content: not a profile page, listing page, CSV table or JSON table', clean);
  }
  try {
    const { records, rejects, profiles } = PARSERS[format](clean, file);
    return { format, records, rejects, profiles };
  } catch (error) {
    // A parser bug must cost one file, not the run; the reject says what happened.
    const message = error instanceof Error ? error.message : String(error);
    return { format, ...failed(file, `could not parse as ${format}: ${message}`, clean) };
  }
}

function failed(file: string, reason: string, text: string): ParseResult {
  return { records: [], rejects: [makeReject(file, 0, 'file', reason, text)], profiles: [] };
}
