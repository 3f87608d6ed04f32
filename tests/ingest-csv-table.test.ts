import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

describe('CSV table', () => {
  it('maps common column names, case-insensitively', () => {
    const csv = [
      'Title,Authors,Summary,Year,Publication_Date,Categories,DOI,Paper_URL,Stars,GitHub_Links',
      '"A, quoted title","Ann One; Bo Two",An abstract.,2021,2021-03-04,cs.LG; cs.CL,10.1/xyz,https://x.org/1,"1,234",https://github.com/a/b',
    ].join('\n');
    const result = parseText(csv, 't.csv');
    expect(result.format).toBe('csv');
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      {
        source: { file: 't.csv', line: 2, endLine: 2, format: 'csv' },
        title: 'A, quoted title',
        abstract: 'An abstract.',
        authors: ['Ann One', 'Bo Two'],
        date: { raw: '2021-03-04', year: 2021, month: 3, day: 4 },
        categories: ['cs.LG', 'cs.CL'],
        ids: { doi: '10.1/xyz' },
        url: 'https://x.org/1',
        upvotes: 1234,
        hasCode: true,
      },
    ]);
  });

  it('splits "and"-separated authors and takes a bare year as the date', () => {
    const [record] = parseText('title,author,year\nT,Ann One and Bo Two,2019\n', 't.csv').records;
    expect(record!.authors).toEqual(['Ann One', 'Bo Two']);
    expect(record!.date).toEqual({ raw: '2019', year: 2019 });
  });

  it('does not read scrape times as publication dates', () => {
    const [record] = parseText('title,scraped_date,scraped_at\nT,2025-12-04,2025-12-04T21:17:47\n', 't.csv').records;
    expect(record).not.toHaveProperty('date');
  });

  it('gives each row the file line where it starts, across blank lines and quoted line breaks', () => {
    const csv = 'title,abstract\n\nFirst,"two\nlines"\n,no title here\nThird,x\n';
    const result = parseText(csv, 't.csv');
    expect(result.records.map((r) => [r.title, r.source.line, r.source.endLine, r.abstract])).toEqual([
      ['First', 3, 4, 'two\nlines'],
      ['Third', 6, 6, 'x'],
    ]);
    expect(result.rejects).toEqual([{ source: { file: 't.csv', line: 5, endLine: 5, format: 'csv' }, reason: 'row without a title', excerpt: ',no title here' }]);
  });

  it('counts lines the same with CRLF and a BOM', () => {
    const csv = 'title,abstract\n\nFirst,"two\nlines"\n,no title here\nThird,x\n';
    expect(parseText('\ufeff' + csv.replace(/\n/g, '\r\n'), 't.csv')).toEqual(parseText(csv, 't.csv'));
  });

  it('is one reject over the whole table, naming the columns, when there is no title column', () => {
    const result = parseText('\nname,year,venue\nfoo,2020,X\nbar,2021,Y\n\n', 't.csv');
    expect(result.records).toEqual([]);
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]!.source).toEqual({ file: 't.csv', line: 2, endLine: 4, format: 'csv' });
    expect(result.rejects[0]!.reason).toBe('unknown table layout: no title column; columns: name, year, venue');
  });

  it('rejects a row with a broken quote on its own line, and reads on', () => {
    const result = parseText('title,year\nB,2021\n"C"x,2022\nD,2023\n', 't.csv');
    expect(result.records.map((r) => r.title)).toEqual(['B', 'D']);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([[3, 'malformed CSV row: Trailing quote on quoted field is malformed']]);
  });
});
