// CSV tables as users have them: a quote left open mid-file, Excel's "sep=" line, a header that
// names a column twice, rows shorter or longer than the header (Scopus exports carry an unnamed
// extra field). tests/fixtures/ingest/scopus-excerpt.md says where the Scopus excerpt comes from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

const rows = (count: number, row: (k: number) => string) => Array.from({ length: count }, (_, i) => row(i + 1)).join('\n');
const titles = (text: string) => parseText(text, 't.csv').records.map((r) => r.title);

describe('a CSV quote that never closes', () => {
  it('costs its row only: 10 rows with an open quote in row 3 give 9 records and 1 reject naming the lines it took', () => {
    const csv = `title,abstract\n${rows(10, (k) => (k === 3 ? `Paper ${k},"An abstract that opens a quote` : `Paper ${k},Abstract ${k}.`))}\n`;
    const result = parseText(csv, 't.csv');
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual(
      [1, 2, 4, 5, 6, 7, 8, 9, 10].map((k) => [`Paper ${k}`, k + 1]),
    );
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([
      [4, 4, 'unclosed quote in the row at line 4 (still open at the end of the file): lines 4–4 rejected, reading resumes at line 5, the next line that reads as a whole row'],
    ]);
  });

  it('takes in the lines below it up to the next one that reads as a whole row, and says which', () => {
    const csv = 'title,abstract,year\nA,a,2020\nB,"broken, its abstract\nruns on here\nC,c,2021\n"D","d",2022\n';
    const result = parseText(csv, 't.csv');
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([
      ['A', 2],
      ['C', 5],
      ['D', 6],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason, r.excerpt])).toEqual([
      [3, 4, 'unclosed quote in the row at line 3 (papaparse: Trailing quote on quoted field is malformed): lines 3–4 rejected, reading resumes at line 5, the next line that reads as a whole row', 'B,"broken, its abstract runs on here'],
    ]);
  });

  it('is found in a table whose fields are all quoted, where the next row\'s quote seems to close it', () => {
    const csv = `"title","abstract"\n${rows(5, (k) => (k === 2 ? `"Paper ${k}","Open` : `"Paper ${k}","Abstract ${k}."`))}\n`;
    expect(titles(csv)).toEqual(['Paper 1', 'Paper 3', 'Paper 4', 'Paper 5']);
  });

  it('leaves abstracts over several lines whole, even when their lines look like rows', () => {
    const csv = 'title,abstract,year\nA,"We study X, Y, and Z.\nOne, two, three.\nA ""quoted"" word, too.",2020\nB,b,2021\n';
    const result = parseText(csv, 't.csv');
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.title, r.source.line, r.source.endLine, r.abstract])).toEqual([
      ['A', 2, 4, 'We study X, Y, and Z.\nOne, two, three.\nA "quoted" word, too.'],
      ['B', 5, 5, 'b'],
    ]);
  });

  it('rejects up to the end of the file when no later line reads as a whole row', () => {
    const result = parseText('title,abstract,year\nA,a,2020\nB,"open\nmore text\neven more\n', 't.csv');
    expect(result.records.map((r) => r.title)).toEqual(['A']);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([
      [3, 5, 'unclosed quote in the row at line 3 (still open at the end of the file): lines 3–5 rejected; none of its lines after the first reads as a whole row'],
    ]);
  });
});

describe('CSV layout', () => {
  it('takes an Excel "sep=;" first line for the delimiter, not for the header', () => {
    const result = parseText('sep=;\ntitle;authors;year\nA, with a comma;Ann One, Bo Two;2020\nB;Cy Three;2021\n', 't.csv');
    expect(result.format).toBe('csv');
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.title, r.source.line, r.authors])).toEqual([
      ['A, with a comma', 3, ['Ann One', 'Bo Two']],
      ['B', 4, ['Cy Three']],
    ]);
  });

  it('reads columns that name one field ("Title", "title") as that field: the first value a row has, with warnings naming the columns', () => {
    const result = parseText('Title,Authors,title\nA,Ann,\n,Bo,B\nC,Cy,D\n', 't.csv');
    expect(result.records.map((r) => [r.title, r.authors])).toEqual([
      ['A', ['Ann']],
      ['B', ['Bo']],
      ['C', ['Cy']],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [1, 'Title, title', 'Title,Authors,title', 'columns 1 and 3 ("Title", "title") name one field: each row\'s first non-empty value among them is read'],
      [4, 'title', 'D', 'columns 1 and 3 ("Title", "title") name one field: the value of column 3 is not read, an earlier column\'s is'],
    ]);
  });

  it('pads short rows, keeps a row with one value beyond the header with a warning, and rejects a row with more, naming the counts', () => {
    const result = parseText('title,year,venue\nShort,2020\nOne more,2021,V,an extra value\nMany more,2022,V,x,y\n', 't.csv');
    expect(result.records.map((r) => [r.title, r.date?.year])).toEqual([
      ['Short', 2020],
      ['One more', 2021],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [3, '(column 4)', 'an extra value', 'row has 4 fields but the header has 3: the value beyond the last column ("venue") is not read'],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([[4, 'row has 5 fields but the header has 3: 2 values beyond the last column ("venue")']]);
  });

  it('reads a real Scopus export, and its records when one carries an unnamed extra trailing field', () => {
    const scopus = readFileSync('tests/fixtures/ingest/scopus-excerpt.csv', 'utf8');
    const plain = parseText(scopus, 'scopus.csv');
    expect([plain.records.length, plain.rejects, plain.warnings]).toEqual([4, [], []]);
    // Scopus writes an overflowing "Funding Text" into one field more than its header names.
    const lines = scopus.split('\n');
    lines[2] += ',"Funding text that did not fit"';
    const extra = parseText(lines.join('\n'), 'scopus.csv');
    expect(extra.records.map((r) => r.title)).toEqual(plain.records.map((r) => r.title));
    expect(extra.warnings.map((w) => [w.source.line, w.field, w.value])).toEqual([[3, '(column 42)', 'Funding text that did not fit']]);
  });
});
