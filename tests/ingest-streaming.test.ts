// Files are read in 64 KiB chunks, decoded as they come; what ingest finds must be exactly what
// parseText finds in the whole decoded text, whatever falls on a chunk boundary (a multi-byte
// character, a CRLF, a UTF-16 pair), and an encoding or binary problem found late still counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, parseText } from '../pipeline/ingest/index';
import { displayPath } from '../pipeline/ingest/walk';
import { SEED_PAGES } from './fixtures/ingest/seed-blocks';
import { scratchDir } from './helpers/scratch';

const tmp = scratchDir('stream');

/** A listing page of about `bytes`, made of seed blocks (each title made unique), with some non-Latin-1 text. */
function listing(bytes: number): string {
  const seed = SEED_PAGES.find((p) => p.name.startsWith('001_'))!;
  const parts = [seed.header.join('\n')];
  for (let n = 0, size = 0; size < bytes; n++) {
    const [title, ...rest] = seed.blocks[n % seed.blocks.length]!;
    const block = `${title} — Ω №${n}\n${rest.join('\n')}`;
    parts.push(block);
    size += block.length;
  }
  return `${parts.join('\n')}\n`;
}

async function ingestOne(name: string, bytes: Uint8Array) {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  const result = await ingestPaths([path]);
  return { ...result, file: displayPath(path) };
}

describe('streamed reading', () => {
  it('finds in each seed file what parseText finds in its text', async () => {
    const result = await ingestPaths(['seeds']);
    for (const { name, text } of SEED_PAGES) {
      const file = `seeds/${name}`;
      const whole = parseText(text, file);
      expect(result.records.filter((r) => r.source.file === file)).toEqual(whole.records);
      expect(result.profiles.filter((p) => p.source.file === file)).toEqual(whole.profiles);
      expect(whole.rejects).toEqual([]);
    }
  });

  it('reads a file of many chunks exactly as the whole text: UTF-8, with a BOM, CRLF, UTF-16', async () => {
    const text = listing(400_000);
    const whole = parseText(text, 'x');
    const variants: [string, Uint8Array, string][] = [
      ['utf8.txt', Buffer.from(text), 'utf-8'],
      ['bom-crlf.txt', Buffer.from(`\ufeff${text.replace(/\n/g, '\r\n')}`), 'utf-8'],
      ['utf16le.txt', Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
      ['utf16be.txt', Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16(), 'utf-16be'],
    ];
    for (const [name, bytes, encoding] of variants) {
      const result = await ingestOne(name, bytes);
      expect(result.files.map((f) => [f.encoding, f.format, f.records])).toEqual([[encoding, 'listing-page', whole.records.length]]);
      expect(result.records).toEqual(parseText(text, result.file).records);
    }
    expect(whole.records.length).toBeGreaterThan(200);
  });

  it('starts again as Latin-1 when the text stops being UTF-8 after the first chunks', async () => {
    const text = `${listing(200_000)}Caf\u00e9 Title\n\nAn abstract \u00e0 la fin.\n`;
    const result = await ingestOne('late-latin1.txt', Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1'));
    expect(result.files[0]!.encoding).toBe('latin1');
    expect(result.records).toEqual(parseText(text.replace(/[^\x00-\xff]/g, '?'), result.file).records);
    expect(result.records.at(-1)!.title).toBe('Caf\u00e9 Title');
  });

  it('drops what it read when a NUL byte shows the file is binary after all', async () => {
    const bytes = Buffer.concat([Buffer.from(listing(200_000)), Uint8Array.from([0, 1, 2])]);
    const result = await ingestOne('late-nul.txt', bytes);
    expect(result.records).toEqual([]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['binary file, skipped (it holds NUL bytes)']);
    expect(result.files[0]!.bytes).toBe(bytes.length);
  });

  it('reads a UTF-8 byte-order mark file like one without', async () => {
    const csv = readFileSync('tests/fixtures/ingest/hf-style.json');
    const plain = await ingestOne('plain.json', csv);
    const bom = await ingestOne('bom.json', Buffer.concat([Uint8Array.from([0xef, 0xbb, 0xbf]), csv]));
    expect(bom.files[0]!.encoding).toBe('utf-8');
    expect(bom.records.map((r) => ({ ...r, source: { ...r.source, file: '' } }))).toEqual(plain.records.map((r) => ({ ...r, source: { ...r.source, file: '' } })));
  });
});
