// Author cells as tables write them, read through the CSV and JSON readers: every list style
// gives its people, organisations with "&" stay whole, and "et al." marks the list as cut short.
import { describe, expect, it } from 'vitest';
import { splitAuthorLine } from '../pipeline/ingest/author-line';
import { parseText } from '../pipeline/ingest/index';

/** The record a one-row CSV with this author cell gives. */
function csvRecord(cell: string) {
  const result = parseText(`title,authors\nA paper,"${cell.replace(/"/g, '""')}"\n`, 't.csv');
  expect(result.rejects).toEqual([]);
  return { record: result.records[0]!, warnings: result.warnings };
}
const authorsOf = (cell: string) => csvRecord(cell).record.authors;

describe('author cells', () => {
  it('pair surnames with the initials after them', () => {
    expect(authorsOf('Smith, A., Jones, B.')).toEqual(['Smith, A.', 'Jones, B.']);
    expect(authorsOf('Smith, J. A., Jones, B.-C.')).toEqual(['Smith, J. A.', 'Jones, B.-C.']);
    expect(authorsOf('Smith, A., and Jones, B.')).toEqual(['Smith, A.', 'Jones, B.']);
    expect(authorsOf('Smith, J. & Doe, K.')).toEqual(['Smith, J.', 'Doe, K.']);
  });

  it('keep "Last, First" whole, alone or in a ";" list', () => {
    expect(authorsOf('Smith, John')).toEqual(['Smith, John']);
    expect(authorsOf('Smith, Alice; Jones, Bob')).toEqual(['Smith, Alice', 'Jones, Bob']);
    expect(authorsOf('Smith, J.; Doe, J.')).toEqual(['Smith, J.', 'Doe, J.']);
    expect(authorsOf('van der Berg, Anna Maria; Smith, John')).toEqual(['van der Berg, Anna Maria', 'Smith, John']);
    expect(authorsOf('Smith, John and Doe, Jane')).toEqual(['Smith, John', 'Doe, Jane']);
  });

  it('split on "|", line breaks, "and", and "&" after a comma', () => {
    expect(authorsOf('Ann One | Bo Two | Cy Three')).toEqual(['Ann One', 'Bo Two', 'Cy Three']);
    expect(authorsOf('Ann One\nBo Two\nCy Three\nDi Four')).toEqual(['Ann One', 'Bo Two', 'Cy Three', 'Di Four']);
    expect(authorsOf('Ann One and Bo Two')).toEqual(['Ann One', 'Bo Two']);
    expect(authorsOf('Smith and Jones')).toEqual(['Smith', 'Jones']);
    expect(authorsOf('Ann One, Bo Two and Cy Three')).toEqual(['Ann One', 'Bo Two', 'Cy Three']);
    expect(authorsOf('Ann One, Bo Two, & Cy Three')).toEqual(['Ann One', 'Bo Two', 'Cy Three']);
    expect(authorsOf('Ann One & Bo Two')).toEqual(['Ann One', 'Bo Two']);
  });

  it('keep organisations with "&" whole', () => {
    expect(authorsOf('Johnson & Johnson')).toEqual(['Johnson & Johnson']);
    expect(authorsOf('Ernst & Young Research')).toEqual(['Ernst & Young Research']);
    expect(authorsOf('AT&T Labs')).toEqual(['AT&T Labs']);
    expect(authorsOf('Ann One, Johnson & Johnson')).toEqual(['Ann One', 'Johnson & Johnson']);
  });

  it('drop "et al." and "and others", and mark the list as cut short', () => {
    for (const [cell, names] of [
      ['Ann One, Bo Two, et al.', ['Ann One', 'Bo Two']],
      ['Ann One et al', ['Ann One']],
      ['Ann One, Bo Two and others', ['Ann One', 'Bo Two']],
      ['Smith, A.; Jones, B.; et al.', ['Smith, A.', 'Jones, B.']],
      ['Ann One et. al.', ['Ann One']],
    ] as const) {
      const { record } = csvRecord(cell);
      expect([record.authors, record.authorsTruncated], cell).toEqual([names, true]);
    }
    expect(csvRecord('Ann One, Bo Two').record).not.toHaveProperty('authorsTruncated');
  });

  it('do the same in a JSON array, and read "et al." there as a cut', () => {
    const { records } = parseText(JSON.stringify([{ title: 'T', authors: ['Smith, John', 'Ann One', 'et al.'] }]), 't.json');
    expect(records.map((r) => [r.authors, r.authorsTruncated])).toEqual([[['Smith, John', 'Ann One'], true]]);
  });

  it('keep one-word parts between commas whole, and warn that the split is doubtful', () => {
    const { record, warnings } = csvRecord('Smith, John, Doe, Jane');
    expect(record.authors).toEqual(['Smith, John, Doe, Jane']);
    expect(warnings).toEqual([
      {
        source: { file: 't.csv', line: 2, endLine: 2, format: 'csv' },
        field: 'authors',
        value: 'Smith, John, Doe, Jane',
        reason: 'commas between one-word parts: kept as one name, since they may cut names or cut between them',
      },
    ]);
  });

  it('read "et al." on a profile page author line as a table cell does', () => {
    expect(splitAuthorLine('Ann One, Bo Two et. al. · eth-zurich')).toEqual({ names: ['Ann One', 'Bo Two'], truncated: true, affiliation: 'eth-zurich' });
  });
});
