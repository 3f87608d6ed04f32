import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import { describeFsError, readText } from '../pipeline/ingest/read-file';
import { displayPath } from '../pipeline/ingest/walk';
import { scratchDir } from './helpers/scratch';

const CSV = 'title,authors\n"Café Été","José Núñez; Zoë Ås"\n';
let tmp: string;
const at = (...parts: string[]) => join(tmp, ...parts);
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(at(name), data);
  return at(name);
};

beforeAll(() => {
  tmp = scratchDir('ingest');
});

describe('reading files', () => {
  it('reports a missing path and goes on with the rest', async () => {
    const good = write('good.csv', CSV);
    const result = await ingestPaths([at('nope.csv'), good]);
    expect(result.rejects).toEqual([{ source: { file: displayPath(at('nope.csv')), line: 0, format: 'file' }, reason: 'no such file or folder', excerpt: '' }]);
    expect(result.records.map((r) => r.title)).toEqual(['Café Été']);
    expect(result.files.map((f) => f.file)).toEqual([displayPath(good)]);
  });

  it('reports an empty folder, also one holding only hidden files', async () => {
    mkdirSync(at('empty'));
    mkdirSync(at('hidden-only'));
    write('hidden-only/.notes.csv', CSV);
    const result = await ingestPaths([at('empty'), at('hidden-only')]);
    expect(result.rejects.map((r) => [r.source.file, r.reason])).toEqual([
      [displayPath(at('empty')), 'folder holds no files'],
      [displayPath(at('hidden-only')), 'folder holds no files'],
    ]);
  });

  it('reads a hidden file when it is named', async () => {
    const result = await ingestPaths([at('hidden-only', '.notes.csv')]);
    expect(result.records).toHaveLength(1);
  });

  it('describes every read file, and rejects an empty one', async () => {
    const empty = write('empty.txt', '');
    const good = write('described.csv', CSV);
    const result = await ingestPaths([empty, good]);
    expect(result.files).toEqual([
      {
        file: displayPath(good),
        sha256: createHash('sha256').update(CSV).digest('hex'),
        bytes: Buffer.byteLength(CSV),
        format: 'csv',
        encoding: 'utf-8',
        records: 1,
        rejects: 0,
        warnings: 0,
      },
      { file: displayPath(empty), sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', bytes: 0, records: 0, rejects: 1, warnings: 0 },
    ]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['empty file']);
  });

  it('skips binary files: NUL bytes, or mostly control characters', async () => {
    const png = write('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const control = write('control.txt', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8))));
    const result = await ingestPaths([png, control]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['binary file, skipped (mostly control characters)', 'binary file, skipped (it holds NUL bytes)']);
    expect(result.files.map((f) => [f.format, f.records, f.rejects])).toEqual([
      [undefined, 0, 1],
      [undefined, 0, 1],
    ]);
  });

  it('decodes text that is not UTF-8 as Latin-1, or Windows-1252 when it has its quotes', async () => {
    const latin1 = write('latin1.csv', Buffer.from(CSV, 'latin1'));
    const cp1252 = write('cp1252.csv', Buffer.concat([Buffer.from('title,year\n'), Uint8Array.from([0x93, 0x51, 0x94, 0x20, 0xe9]), Buffer.from(',2020\n')]));
    const result = await ingestPaths([latin1, cp1252]);
    expect(result.files.map((f) => f.encoding)).toEqual(['windows-1252', 'latin1']);
    expect(result.records.map((r) => [r.title, r.authors])).toEqual([
      ['“Q” é', undefined],
      ['Café Été', ['José Núñez', 'Zoë Ås']],
    ]);
  });

  it('decodes UTF-16 with a byte-order mark, little and big endian, dropping a dangling last byte', async () => {
    const le = Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const odd = Buffer.concat([le, Uint8Array.from([0x41])]);
    const result = await ingestPaths([write('le.csv', le), write('be.csv', be), write('odd.csv', odd)]);
    expect(result.files.map((f) => [f.encoding, f.format])).toEqual([
      ['utf-16be', 'csv'],
      ['utf-16le', 'csv'],
      ['utf-16le', 'csv'],
    ]);
    expect(result.records.map((r) => r.authors)).toEqual([
      ['José Núñez', 'Zoë Ås'],
      ['José Núñez', 'Zoë Ås'],
      ['José Núñez', 'Zoë Ås'],
    ]);
    expect(result.rejects).toEqual([]);
  });

  it('refuses bytes that are neither UTF-8 nor plausible Latin-1', async () => {
    const high = write('high.txt', Uint8Array.from({ length: 100 }, (_, i) => 0xa0 + (i % 90)));
    const result = await ingestPaths([high]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['not UTF-8, and does not look like Latin-1 text (too many non-ASCII bytes)']);
    expect(result.files.map((f) => [f.bytes, f.encoding, f.records])).toEqual([[100, undefined, 0]]);
  });

  it('takes a UTF-8 byte-order mark at its word: a bad byte after it is U+FFFD, warned about', async () => {
    const bom = write('bom.csv', Buffer.concat([Uint8Array.from([0xef, 0xbb, 0xbf]), Buffer.from('title,year\nNa'), Uint8Array.from([0xff]), Buffer.from('ve,2020\n')]));
    const result = await ingestPaths([bom]);
    expect(result.files.map((f) => [f.encoding, f.records, f.warnings])).toEqual([['utf-8', 1, 1]]);
    expect(result.records.map((r) => r.title)).toEqual(['Na\ufffdve']);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.reason])).toEqual([[2, 'encoding', 'bytes 0xFF are not UTF-8 and read as U+FFFD; the rest of the file is UTF-8']]);
  });

  it('stops at symlink loops instead of hanging', async () => {
    mkdirSync(at('loop', 'sub'), { recursive: true });
    write('loop/a.csv', CSV);
    symlinkSync(at('loop'), at('loop', 'sub', 'back'));
    symlinkSync(at('loop', 'self'), at('loop', 'self'));
    const result = await ingestPaths([at('loop')]);
    expect(result.files.map((f) => f.file)).toEqual([displayPath(at('loop', 'a.csv'))]);
    expect(result.rejects.map((r) => [r.source.file, r.reason])).toEqual([
      [displayPath(at('loop', 'self')), 'symlink loop (ELOOP)'],
      [displayPath(at('loop', 'sub', 'back')), `symlink loop: leads back to ${displayPath(at('loop'))}`],
    ]);
  });

  it('reads a file once however many paths reach it, in sorted path order', async () => {
    mkdirSync(at('dup', 'z'), { recursive: true });
    write('dup/b.csv', CSV);
    write('dup/a.csv', CSV.replace('Café', 'Cafe'));
    write('dup/z/c.csv', CSV.replace('Café', 'Caff'));
    symlinkSync(at('dup', 'b.csv'), at('dup', 'z', 'link.csv'));
    const seen: [string, number, number][] = [];
    const result = await ingestPaths([at('dup', 'z'), at('dup'), at('dup', 'a.csv'), `${at('dup')}/`], {
      onFile: (file, index, total) => seen.push([file, index, total]),
    });
    const files = ['a.csv', 'b.csv', 'z/c.csv'].map((f) => displayPath(at('dup', f)));
    expect(result.files.map((f) => f.file)).toEqual(files);
    expect(seen).toEqual(files.map((f, i) => [f, i, 3]));
    expect(result.rejects).toEqual([]);
    expect(files.every((f) => !f.includes('\\'))).toBe(true);
  });

  it('skips what is not a regular file', async () => {
    execFileSync('mkfifo', [at('pipe.csv')]);
    const result = await ingestPaths([at('pipe.csv')]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['not a regular file or folder (a device, pipe or socket), skipped']);
  });

  it('reports a broken symlink', async () => {
    symlinkSync(at('gone.csv'), at('dangling.csv'));
    const result = await ingestPaths([at('dangling.csv')]);
    expect(result.rejects.map((r) => r.reason)).toEqual(['broken symlink: its target does not exist']);
  });

  it('says why a path cannot be streamed, without a sink being fed', async () => {
    const fed: string[] = [];
    const sink = () => ({ push: (text: string) => void fed.push(text) });
    mkdirSync(at('a-folder'));
    expect(await readText(at('a-folder'), sink)).toEqual({ unreadable: 'cannot read (EISDIR)' });
    expect(await readText(at('gone.txt'), sink)).toEqual({ unreadable: 'no such file or folder' });
    expect(fed).toEqual([]);
  });

  it('names the error code of an unreadable file', async () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('cannot read: permission denied (EACCES)');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EIO' }))).toBe('cannot read (EIO)');
  });
});
