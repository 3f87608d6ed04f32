import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import { inputSize } from '../pipeline/input-size';
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

  it('reads gzip data as the text it holds, in every encoding, digest and size the file\'s own', async () => {
    const plain = gzipSync(CSV);
    const latin1 = gzipSync(Buffer.from(CSV, 'latin1'));
    // Two members, as `cat a.gz b.gz` makes: both are read.
    const two = Buffer.concat([gzipSync('title,authors\n'), gzipSync('"Second member","Ann Lee"\n')]);
    const files = [write('records.csv.gz', plain), write('latin1.gz', latin1), write('two-members.gz', two)];
    const result = await ingestPaths(files);
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => r.title)).toEqual(['Café Été', 'Café Été', 'Second member']);
    expect(result.files.map((f) => [f.bytes, f.sha256, f.compression, f.encoding])).toEqual([
      [latin1.length, createHash('sha256').update(latin1).digest('hex'), 'gzip', 'latin1'],
      [plain.length, createHash('sha256').update(plain).digest('hex'), 'gzip', 'utf-8'],
      [two.length, createHash('sha256').update(two).digest('hex'), 'gzip', 'utf-8'],
    ]);
    // The memory plan counts the text a gzip file holds, not its compressed bytes.
    const big = gzipSync('x'.repeat(1_000_000));
    const counted = await inputSize([write('big.gz', big)]);
    expect([big.length < 10_000, counted.bytes]).toEqual([true, 1_000_000]);
  });

  it('rejects gzip data cut short or damaged, saying so', async () => {
    const whole = gzipSync(CSV.repeat(200));
    const cut = write('cut.csv.gz', whole.subarray(0, whole.length - 40));
    const damaged = Buffer.from(whole);
    damaged.fill(0x55, 20, 60);
    const result = await ingestPaths([cut, write('damaged.csv.gz', damaged)]);
    expect(result.rejects.map((r) => [r.source.file, r.reason])).toEqual([
      [displayPath(cut), 'gzip data cut short (Z_BUF_ERROR): the file is not whole'],
      [displayPath(at('damaged.csv.gz')), expect.stringMatching(/^gzip data is damaged \(Z_DATA_ERROR\)$/)],
    ]);
  });

  it('says what to do with a workbook, an archive, a PDF or other compression', async () => {
    // A ZIP local file header (PK\3\4, 26 bytes of fields) and the name of its first entry.
    const zipEntry = (name: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name), Buffer.alloc(64)]);
    const files = [
      write('scopus.xlsx', zipEntry('xl/workbook.xml')),
      // As Excel writes one: its content types first, its parts after them.
      write('wos.xlsx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')])),
      write('export.zip', zipEntry('savedrecs.txt')),
      write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      write('notes.docx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')])),
      write('paper.pdf', '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n'),
      write('records.csv.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 4])),
    ];
    const result = await ingestPaths(files);
    expect(result.rejects.map((r) => [r.source.file.split('/').pop(), r.reason])).toEqual([
      ['export.zip', 'a ZIP archive, skipped: unzip it and read the files it holds'],
      ['notes.docx', 'a Word document, skipped: citegraph reads exported records (CSV, RIS, BibTeX, …)'],
      ['old.xls', 'an older Office file (.xls, .doc), skipped: save it as CSV (UTF-8) and read that'],
      ['paper.pdf', "a PDF, skipped: citegraph reads exported records (CSV, RIS, BibTeX, …), not papers' full text"],
      ['records.csv.xz', 'xz-compressed, skipped: decompress it first (gzip files are read as they are)'],
      ['scopus.xlsx', 'an Excel workbook, skipped: save it as CSV (UTF-8) and read that'],
      ['wos.xlsx', 'an Excel workbook, skipped: save it as CSV (UTF-8) and read that'],
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
