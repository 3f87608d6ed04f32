// No record is read past --max-record-mb: a CSV row or JSON value over it is a reject naming its
// line, its size and the option, a page line over it is cut short with a warning, and reading goes
// on after it. Small limits keep the data small; the default is checked on 20 MB made here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { DEFAULT_OPTIONS, helpText, parseCommandLine } from '../pipeline/options';
import { scratchDir } from './helpers/scratch';

/** 1,000 characters. */
const SMALL = readLimits(0.001);
const tmp = scratchDir('limit');

const rejects = (result: ReturnType<typeof parseText>) => result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason]);

describe('a record over the limit', () => {
  it('in CSV is a reject naming its line, its size and the limit, and the next row is read', () => {
    const result = parseText(`title,abstract\nA,${'x'.repeat(1500)}\nB,"${'y '.repeat(300)}\n${'z '.repeat(300)}"\nC,c\n`, 't.csv', SMALL);
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([['C', 5]]);
    expect(rejects(result)).toEqual([
      [2, 2, 'line of 1,502 characters, over --max-record-mb 0.001 (1,000 characters): not read'],
      [3, 4, 'row of 1,205 characters, over --max-record-mb 0.001 (1,000 characters): not read'],
    ]);
  });

  it('in CSV, a quote that never closes is cut off at the limit and the rows after it are read', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Paper ${i + 3},An abstract of some length.`);
    const result = parseText(`title,abstract\nPaper 1,one\nPaper 2,"never closed\n${rows.join('\n')}\n`, 't.csv', SMALL);
    expect(result.records).toHaveLength(201);
    expect(result.records[1]!.source.line).toBe(4);
    expect(rejects(result)).toEqual([
      [3, 3, 'unclosed quote in the row at line 3 (still open past 1,013 characters, over --max-record-mb 0.001 (1,000 characters)): lines 3–3 rejected, reading resumes at line 4, the next line that reads as a whole row'],
    ]);
  });

  it('in JSON is a reject at the element\'s own line, and the next element is read', () => {
    const json = `{"papers": [\n  {"title": "A", "abstract": "${'x'.repeat(1500)}"},\n  {"title": "B"}\n]}\n`;
    const result = parseText(json, 't.json', SMALL);
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([['B', 3]]);
    expect(rejects(result)).toEqual([[2, 2, 'array element 1 is over the limit: 1,530 characters, over --max-record-mb 0.001 (1,000 characters)']]);
  });

  it('on a page is a line cut short, with a warning', () => {
    const abstract = 'We study this question at length. '.repeat(60);
    const result = parseText(`A Title Of A Paper\n${abstract}\n\nAnother Paper Title\n${'Short abstract here. '.repeat(20)}\n`, 't.txt', SMALL);
    expect(result.format).toBe('bare-listing');
    expect(result.records.map((r) => [r.title, r.abstract?.length])).toEqual([
      // Its first 1,000 characters, trimmed.
      ['A Title Of A Paper', 999],
      ['Another Paper Title', 419],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.reason])).toEqual([[2, 'line of 2,040 characters, over --max-record-mb 0.001 (1,000 characters): only its first characters are read']]);
  });

  it('by default is one over 8 MB: a 20 MB CSV line and a 20 MB JSON string are rejects, what follows is read', () => {
    const big = 'x'.repeat(20_000_000);
    const csv = parseText(`title,abstract\nA,${big}\nB,b\n`, 'big.csv');
    expect(csv.records.map((r) => r.title)).toEqual(['B']);
    expect(rejects(csv)).toEqual([[2, 2, 'line of 20,000,002 characters, over --max-record-mb 8 (8,000,000 characters): not read']]);
    const json = parseText(`[\n{"title": "A", "abstract": "${big}"},\n{"title": "B"}\n]`, 'big.json');
    expect(json.records.map((r) => r.title)).toEqual(['B']);
    expect(rejects(json)).toEqual([[2, 2, 'array element 1 is over the limit: 20,000,030 characters, over --max-record-mb 8 (8,000,000 characters)']]);
  });
});

describe('--max-record-mb', () => {
  it('is passed from ingestPaths to the readers', async () => {
    const file = join(tmp, 'rows.csv');
    writeFileSync(file, `title,abstract\nA,${'x'.repeat(200)}\nB,b\n`);
    const result = await ingestPaths([file], { maxRecordMb: 0.0001 });
    expect(result.records.map((r) => r.title)).toEqual(['B']);
    expect(result.rejects.map((r) => r.reason)).toEqual(['line of 202 characters, over --max-record-mb 0.0001 (100 characters): not read']);
  });

  it('defaults to 8, takes a positive number, and is in --help', () => {
    expect(DEFAULT_OPTIONS['max-record-mb']).toBe(8);
    expect(parseCommandLine(['--max-record-mb', '0.5'])).toMatchObject({ kind: 'run', options: { 'max-record-mb': 0.5 } });
    expect(parseCommandLine(['--max-record-mb', '0'])).toEqual({ kind: 'usage-error', message: '--max-record-mb must be a number greater than 0 (got 0)' });
    expect(parseCommandLine(['--max-record-mb', 'lots'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('--max-record-mb') });
    expect(helpText()).toMatch(/--max-record-mb NUMBER +largest record read.*\[default: 8\]/);
  });
});
