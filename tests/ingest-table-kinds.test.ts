// The generic table mapping reads only values of a field's kind: an object or a list of numbers is
// never a title, an author list or a category list, and warnings.csv says so once per file and field.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

describe('generic table fields', () => {
  it('never reads a nested object or a list of numbers as a field, and says so once per file and field', () => {
    const rows = [
      { title: 'One', index: { authors: [352, 432], category: [64], title: [3] }, authors: { count: 2 } },
      { title: 'Two', index: { authors: [1, 2], category: [5] } },
      { title: 'Three', authors: ['Ann One', 'Bo Two'], categories: ['cs.LG'] },
    ];
    const result = parseText(JSON.stringify(rows, null, 2), 't.json');
    expect(result.records.map((r) => [r.title, r.authors, r.categories])).toEqual([
      ['One', undefined, undefined],
      ['Two', undefined, undefined],
      ['Three', ['Ann One', 'Bo Two'], ['cs.LG']],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value])).toEqual([
      [2, 'authors', '{"count":2}'],
      [2, 'categories', '[64]'],
    ]);
    expect(result.warnings[0]!.reason).toBe('an object, not names: not read (said for the first such value of this file only)');
    expect(result.warnings[1]!.reason).toBe('a list of numbers, not a list of texts: not read (said for the first such value of this file only)');
  });

  it('takes the nested value of the right kind when the top-level one is not', () => {
    const [record] = parseText(JSON.stringify([{ title: { text: 'no' }, details: { title: 'The title', authors: [{ name: 'Ann One' }] } }]), 't.json').records;
    expect([record!.title, record!.authors]).toEqual(['The title', ['Ann One']]);
  });

  it('reads numbers as text, as before, and lists of names given as objects', () => {
    const [record] = parseText(JSON.stringify([{ title: 42, year: 2020, pmid: 123456, authors: [{ name: 'Ann One' }, 'Bo Two'] }]), 't.json').records;
    expect(record).toMatchObject({ title: '42', date: { year: 2020 }, ids: { pmid: '123456' }, authors: ['Ann One', 'Bo Two'] });
  });
});
