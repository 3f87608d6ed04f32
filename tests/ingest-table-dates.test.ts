// Years and dates in tables: a value that cannot be read, or gives a year no paper can have, keeps
// its raw text (no year) and is warned about with its file, line, field and value; a year column
// that disagrees with the date column is warned about too, and the date wins. The years used lie
// far inside or outside EARLIEST_YEAR–LATEST_YEAR, so the tests hold whatever the clock says.
import { describe, expect, it } from 'vitest';
import { EARLIEST_YEAR, LATEST_YEAR } from '../pipeline/ingest/dates';
import { parseText } from '../pipeline/ingest/index';

const range = `${EARLIEST_YEAR} to ${LATEST_YEAR}`;

describe('table years and dates', () => {
  it('keep an implausible or unreadable year as raw text, and warn where it is', () => {
    const csv = ['title,year', 'Old,1200', 'Future,2999', 'Spreadsheet,2021.0', 'Word,abcd', 'Fine,2019'].join('\n');
    const { records, warnings } = parseText(csv, 'years.csv');
    expect(records.map((r) => [r.title, r.date])).toEqual([
      ['Old', { raw: '1200' }],
      ['Future', { raw: '2999' }],
      ['Spreadsheet', { raw: '2021.0', year: 2021 }],
      ['Word', { raw: 'abcd' }],
      ['Fine', { raw: '2019', year: 2019 }],
    ]);
    expect(warnings).toEqual([
      { source: { file: 'years.csv', line: 2, endLine: 2, format: 'csv' }, field: 'year', value: '1200', reason: `not a year from ${range}` },
      { source: { file: 'years.csv', line: 3, endLine: 3, format: 'csv' }, field: 'year', value: '2999', reason: `not a year from ${range}` },
      { source: { file: 'years.csv', line: 5, endLine: 5, format: 'csv' }, field: 'year', value: 'abcd', reason: 'not a year' },
    ]);
  });

  it('read JSON years given as numbers, whole or not', () => {
    const json = '[\n{"title": "A", "year": 2021.0},\n{"title": "B", "year": 2021.5},\n{"title": "C", "year": 1200}\n]';
    const { records, warnings } = parseText(json, 'years.json');
    expect(records.map((r) => r.date)).toEqual([{ raw: '2021', year: 2021 }, { raw: '2021.5' }, { raw: '1200' }]);
    expect(warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [3, 'year', '2021.5', `not a year from ${range}`],
      [4, 'year', '1200', `not a year from ${range}`],
    ]);
  });

  it('keep an impossible date as raw text, warned about, and let a year column still give the year', () => {
    const { records, warnings } = parseText('title,date,year\nA,2021-13-45,\nB,1200-05-01,2020\n', 'dates.csv');
    expect(records.map((r) => r.date)).toEqual([{ raw: '2021-13-45' }, { raw: '1200-05-01', year: 2020 }]);
    expect(warnings.map((w) => [w.source.line, w.field, w.value])).toEqual([
      [2, 'date', '2021-13-45'],
      [3, 'date', '1200-05-01'],
    ]);
    expect(warnings[0]!.reason).toMatch(/^not a date: an impossible one, or a form not read/);
    expect(warnings[1]!.reason).toBe(`its year is not from ${range}`);
  });

  it('keep the date when the year column disagrees, and say so', () => {
    const { records, warnings } = parseText('title,year,date\nA,2019,2021-05-01\nB,2021,2021-05-01\nC,2019,Mar 4\n', 'both.csv');
    expect(records.map((r) => r.date)).toEqual([
      { raw: '2021-05-01', year: 2021, month: 5, day: 1 },
      { raw: '2021-05-01', year: 2021, month: 5, day: 1 },
      { raw: 'Mar 4', year: 2019, month: 3, day: 4 },
    ]);
    expect(warnings).toEqual([
      {
        source: { file: 'both.csv', line: 2, endLine: 2, format: 'csv' },
        field: 'year',
        value: '2019',
        reason: 'the year column says 2019 but the date column 2021-05-01: the date is kept, as the more specific',
      },
    ]);
  });
});
