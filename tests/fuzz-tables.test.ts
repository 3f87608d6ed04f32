// Fuzzing the table parsers: random CSV tables and JSON arrays of tricky values (quotes,
// delimiters, line breaks, Unicode, blank or missing titles, elements that are not objects). Each
// row or element must become exactly one record or reject, in order, at its own lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';
import { brokenText, csvTable, type FuzzTable, jsonTable } from './fixtures/ingest/fuzz-inputs';

/** The records and rejects in line order, in the shape of the expectations. */
function outcome(table: FuzzTable, format: 'csv' | 'json') {
  const result = parseText(table.text, `fuzz.${format}`);
  expect(result.format).toBe(format);
  checkCoverage(table.text, result, `fuzz.${format}`);
  const got = [
    ...result.records.map((r) => ({ title: r.title, line: r.source.line, endLine: r.source.endLine })),
    // The keys a layout reject lists are not the point here.
    ...result.rejects.map((r) => ({ reject: r.reason.replace(/; keys: .*$/, ''), line: r.source.line, endLine: r.source.endLine })),
  ];
  // Records and rejects come in two lists: merged by line, they must follow the rows.
  return { got: got.sort((a, b) => a.line - b.line), want: table.expected.filter((e) => !('skipped' in e)) };
}

describe('fuzzing the table parsers', () => {
  it('reads every CSV row into exactly one record or reject', () => {
    fc.assert(
      fc.property(csvTable, (table) => {
        const { got, want } = outcome(table, 'csv');
        expect(got).toEqual(want);
      }),
      { numRuns: 1500, seed: 4242 },
    );
  });

  it('reads every JSON element into exactly one record or reject', () => {
    fc.assert(
      fc.property(jsonTable, (table) => {
        const { got, want } = outcome(table, 'json');
        // Compact JSON puts every element on line 1: then only the count and the multiset can be compared.
        const key = (e: object) => JSON.stringify(e);
        expect(got.map(key).sort()).toEqual(want.map(key).sort());
        if (want.every((e) => 'line' in e && e.line > 1)) expect(got).toEqual(want);
      }),
      { numRuns: 1500, seed: 4243 },
    );
  });

  it('never throws on broken tables, and says where every problem is', () => {
    const broken = brokenText(fc.oneof(csvTable, jsonTable).map((t) => t.text));
    fc.assert(
      fc.property(broken, (text) => {
        checkCoverage(text, parseText(text, 'broken.txt'), 'broken.txt');
      }),
      { numRuns: 1500, seed: 4244 },
    );
  });
});
