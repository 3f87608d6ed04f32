// UTF-8 or single-byte is told by the evidence of the whole file, and the doubtful lines are
// warned about either way: a UTF-8 file with a few bad bytes stays UTF-8 (they read as U+FFFD),
// a Windows-1252 file is still Windows-1252 (the bytes in it that happen to read as UTF-8 are
// named). The evidence must agree with TextDecoder however the bytes are cut into chunks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import { normaliseText } from '../pipeline/ingest/text';
import { LINES_LISTED, Utf8Evidence } from '../pipeline/ingest/utf8-evidence';
import { scratchDir } from './helpers/scratch';

const tmp = scratchDir('encoding');
const write = (name: string, ...parts: (string | number[])[]) => {
  const path = join(tmp, name);
  writeFileSync(path, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Uint8Array.from(p)))));
  return path;
};

describe('a UTF-8 file with a few bad bytes', () => {
  it('stays UTF-8: names on other lines intact, the bad bytes U+FFFD, one warning at their line', async () => {
    const path = write('damaged.csv', 'title,authors\n"Café One","José Müller"\n"Bad ', [0xe9], ' and ', [0xfc], '","Ann Two"\n"Three","José Müller; Zoë Ås"\n');
    const { files, records, warnings } = await ingestPaths([path]);
    expect(files.map((f) => [f.encoding, f.records, f.warnings])).toEqual([['utf-8', 3, 1]]);
    expect(records.map((r) => [r.source.line, r.title, r.authors])).toEqual([
      [2, 'Café One', ['José Müller']],
      [3, 'Bad \ufffd and \ufffd', ['Ann Two']],
      [4, 'Three', ['José Müller', 'Zoë Ås']],
    ]);
    expect(warnings).toEqual([
      {
        source: { file: files[0]!.file, line: 3, endLine: 3, format: 'csv' },
        field: 'encoding',
        value: '"Bad \ufffd and \ufffd","Ann Two"',
        reason: 'bytes 0xE9 0xFC are not UTF-8 and read as U+FFFD; the rest of the file is UTF-8',
      },
    ]);
  });

  it('is UTF-8 when the bad byte comes before any good sequence, and its lines count CRLF and CR ends as the parser does', async () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const lines = ['title,authors', ['Fran', [0xe7], 'ais,Ann One'], 'Deux,José Müller', 'Trois,Zoë Ås', 'Quatre,Jürgen Groß'];
      const path = write(`late-${end.length}${end.charCodeAt(0)}.csv`, ...lines.flatMap((l) => [...(Array.isArray(l) ? l : [l]), end]));
      const { files, records, warnings } = await ingestPaths([path]);
      expect(files[0]!.encoding, JSON.stringify(end)).toBe('utf-8');
      expect(records.map((r) => r.authors![0])).toEqual(['Ann One', 'José Müller', 'Zoë Ås', 'Jürgen Groß']);
      expect(warnings.map((w) => [w.source.line, w.value])).toEqual([[2, 'Fran\ufffdais,Ann One']]);
      expect(records[0]!.source.line).toBe(2);
    }
  });

  it('stays UTF-8 with more bad bytes than good sequences, as long as chance cannot explain the good ones', async () => {
    // Five single-byte lines pasted into a UTF-8 table with three accented names: as Windows-1252, "José" would read "JosÃ©".
    const latin1Rows = Array.from({ length: 5 }, (_, i) => [`Pasted ${i},M`, [0xfc], 'ller\n'] as (string | number[])[]);
    const path = write('mixed.csv', 'title,authors\nOne,José Núñez\nTwo,Zoë Two\n', ...latin1Rows.flat());
    const { files, records, warnings } = await ingestPaths([path]);
    expect(files[0]!.encoding).toBe('utf-8');
    expect(records.slice(0, 2).map((r) => r.authors)).toEqual([['José Núñez'], ['Zoë Two']]);
    expect(warnings.map((w) => w.source.line)).toEqual([4, 5, 6, 7, 8]);
  });

  it('lists the first lines with bad bytes one by one and counts the rest', async () => {
    const rows = Array.from({ length: LINES_LISTED + 5 }, (_, i) => [`Paper ${i} `, [0xff], ',Jos\u00e9 M\u00fcller\n'] as const);
    const path = write('many.csv', 'title,authors\n', ...rows.flatMap((r) => [...r] as (string | number[])[]));
    const { files, warnings } = await ingestPaths([path]);
    expect(files[0]!.encoding).toBe('utf-8');
    expect(warnings).toHaveLength(LINES_LISTED + 1);
    expect(warnings[0]!.source.line).toBe(0);
    expect(warnings[0]!.reason).toBe(`5 more lines hold bytes that are not UTF-8, read as U+FFFD; only the first ${LINES_LISTED} are listed`);
    expect(warnings.slice(1).map((w) => w.source.line)).toEqual(Array.from({ length: LINES_LISTED }, (_, i) => i + 2));
  });
});

describe('a single-byte file', () => {
  it('is still decoded as Windows-1252, and a line whose bytes happen to read as UTF-8 is named', async () => {
    // "JOSÉ”": É (0xC9) before a closing curly quote (0x94) is also UTF-8 for "ɔ".
    const path = write('cp1252.csv', 'title,authors\n', [0x93], 'Caf', [0xe9], [0x94], ' study,Jos', [0xe9], ' M', [0xfc], 'ller\n', [0x93], 'JOS', [0xc9], [0x94], ' again,Ann One\n');
    const { files, records, warnings } = await ingestPaths([path]);
    expect(files.map((f) => [f.encoding, f.warnings])).toEqual([['windows-1252', 1]]);
    expect(records.map((r) => [r.title, r.authors])).toEqual([
      ['“Café” study', ['José Müller']],
      ['“JOSÉ” again', ['Ann One']],
    ]);
    expect(warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [3, 'encoding', '“JOSÉ” again,Ann One', 'bytes 0xC9 0x94 read as UTF-8 ("ɔ") but are decoded as windows-1252, like the rest of the file: most of its non-ASCII bytes are not UTF-8'],
    ]);
  });

  it('is decoded as Latin-1, without warnings, when no bytes read as UTF-8', async () => {
    const path = join(tmp, 'latin1.csv');
    writeFileSync(path, Buffer.from('title,authors\nÉté à Zürich,José Núñez\n', 'latin1'));
    const { files, records, warnings } = await ingestPaths([path]);
    expect(files.map((f) => f.encoding)).toEqual(['latin1']);
    expect(records.map((r) => [r.title, r.authors])).toEqual([['Été à Zürich', ['José Núñez']]]);
    expect(warnings).toEqual([]);
  });
});

describe('the UTF-8 evidence', () => {
  // Mostly well-formed text (so the native fast path runs), with stray bytes, line ends and cut sequences.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'Zoë ', 'é', '—', '😀', '\n', '\r', '\r\n', 'Ünïcödé text ') },
    { weight: 1, arbitrary: fc.constantFrom([0xff], [0xe9], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80]) },
  );
  const file = fc.array(piece, { maxLength: 60 }).map((ps) => Buffer.concat(ps.map((p) => (typeof p === 'string' ? Buffer.from(p) : Uint8Array.from(p)))));

  it('finds the lines and the well-formed sequences TextDecoder finds, however the bytes are cut', () => {
    fc.assert(
      fc.property(file, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), (bytes, cuts) => {
        const evidence = new Utf8Evidence();
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const size = cuts[k % cuts.length]!;
          evidence.push(bytes.subarray(at, at + size));
          at += size;
        }
        evidence.end();
        const text = normaliseText(new TextDecoder().decode(bytes));
        const badLines = text.split('\n').flatMap((line, i) => (line.includes('\ufffd') ? [i + 1] : []));
        const multiByte = [...text].filter((c) => c.codePointAt(0)! >= 0x80 && c !== '\ufffd').length;
        expect(evidence.invalidLines.listed.map((l) => l.line)).toEqual(badLines);
        expect(evidence.wellFormed).toBe(multiByte);
        expect(evidence.invalid > 0).toBe(badLines.length > 0);
      }),
      { numRuns: 2000, seed: 1010 },
    );
  });
});
