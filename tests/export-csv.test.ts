import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../pipeline/export/csv';
import { scratchDir } from './helpers/scratch';

const dir = scratchDir('csv');

async function roundTrip(rows: (string | number)[][]): Promise<string[][]> {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.csv`);
  await writeCsv(file, ['a', 'b'], rows);
  return Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
}

describe('CSV writing', () => {
  it('round-trips quotes, commas and newlines inside cells', async () => {
    const tricky = 'He said "hi", then\nleft;\r\nagain';
    expect(await roundTrip([[tricky, 'plain']])).toEqual([['a', 'b'], [tricky, 'plain']]);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const parsed = await roundTrip([['=HYPERLINK("x")', '+1'], ['-2+3', '@SUM(A1)'], ['\tx', '\rx'], ['=a\nb', 'safe']]);
    expect(parsed.slice(1)).toEqual([["'=HYPERLINK(\"x\")", "'+1"], ["'-2+3", "'@SUM(A1)"], ["'\tx", "'\rx"], ["'=a\nb", 'safe']]);
  });

  it('write no control character but tab and line ends, showing the others as Control Pictures', async () => {
    const controls = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join('') + '\x7f';
    const file = join(dir, 'controls.csv');
    await writeCsv(file, ['a', 'b'], [[`x${controls}y`, '\x00=1+1'], ['half \ud800 pair', '\udc00']]);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/);
    const pictures = Array.from({ length: 32 }, (_, c) => ([9, 10, 13].includes(c) ? String.fromCharCode(c) : String.fromCharCode(0x2400 + c))).join('') + '\u2421';
    expect(Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1)).toEqual([
      [`x${pictures}y`, '\u2400=1+1'],
      ['half \ufffd pair', '\ufffd'],
    ]);
  });

  it('leaves numbers alone, negative ones too', async () => {
    expect((await roundTrip([[-0.5, 3]]))[1]).toEqual(['-0.5', '3']);
  });

  it('streams many rows in chunks, on a worker thread, without losing any', async () => {
    const rows = Array.from({ length: 45_001 }, (_, i) => [`row ${i}`, i]);
    const parsed = await roundTrip(rows);
    expect(parsed).toHaveLength(45_002);
    expect(parsed[45_001]).toEqual(['row 45000', '45000']);
  });

  it('names the file it cannot write, whether written here or on the worker thread', async () => {
    const missing = join(dir, 'no-such-folder', 'x.csv');
    await expect(writeCsv(missing, ['a'], [['1']])).rejects.toThrow(/no-such-folder/);
    await expect(writeCsv(missing, ['a'], Array.from({ length: 25_000 }, (_, i) => [i]))).rejects.toThrow(/no-such-folder/);
  });
});
