// Fuzzing the table parsers: random CSV tables and JSON arrays of tricky values (quotes,
// delimiters, line breaks, Unicode, blank or missing titles, elements that are not objects), CSV
// with an unclosed quote mid-file, JSON Lines with broken lines, JSON behind comments and
// prefixes. Each row or element must become exactly one record or reject, in order, at its own
// lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';
import { brokenText, csvTable, csvUnclosedQuote, type FuzzTable, jsonLines, jsonTable, jsonWithPreamble } from './fixtures/ingest/fuzz-inputs';

/** The records and rejects in line order, in the shape of the expectations. */
function outcome(table: FuzzTable, format: 'csv' | 'json') {
  const result = parseText(table.text, `fuzz.${format}`);
  expect(result.format).toBe(format);
  checkCoverage(table.text, result, `fuzz.${format}`);
  const got = [
    ...result.records.map((r) => ({ title: r.title, line: r.source.line, endLine: r.source.endLine })),
    // The keys a layout reject lists, and the details of a syntax error, are not the point here.
    ...result.rejects.map((r) => ({ reject: r.reason.replace(/; keys: .*$/, '').replace(/^(invalid JSON|unclosed quote)\b.*$/, '$1'), line: r.source.line, endLine: r.source.endLine })),
  ];
  // Records and rejects come in two lists: merged by line, they must follow the rows.
  return { got: got.sort((a, b) => a.line - b.line), want: table.expected.filter((e) => !('skipped' in e)) };
}

/** JSON elements can share a line: where they do, only the count and the multiset can be compared. */
function expectJson({ got, want }: ReturnType<typeof outcome>) {
  const key = (e: object) => JSON.stringify(e);
  expect(got.map(key).sort()).toEqual(want.map(key).sort());
  if (new Set(want.map((e) => ('line' in e ? e.line : 0))).size === want.length) expect(got).toEqual(want);
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
      fc.property(jsonTable, (table) => expectJson(outcome(table, 'json'))),
      { numRuns: 1500, seed: 4243 },
    );
  });

  it('rejects a CSV row whose quote never closes on its own line, and reads every row after it', () => {
    fc.assert(
      fc.property(csvUnclosedQuote, (table) => {
        const { got, want } = outcome(table, 'csv');
        expect(got).toEqual(want);
      }),
      { numRuns: 500, seed: 4245 },
    );
  });

  it('rejects the broken lines of JSON Lines, and reads every other line at its own line', () => {
    fc.assert(
      fc.property(jsonLines, (table) => {
        const { got, want } = outcome(table, 'json');
        const broken = (e: (typeof got)[number] | (typeof want)[number]) => 'reject' in e && e.reject === 'invalid JSON';
        expect(got.filter((e) => !broken(e))).toEqual(want.filter((e) => !broken(e)));
        // Broken lines next to each other may share one reject; no reject takes in a line that is not broken.
        const brokenLines = want.filter(broken).map((e) => ('line' in e ? e.line : 0));
        const covered = got.filter(broken).flatMap((e) => Array.from({ length: e.endLine! - e.line + 1 }, (_, k) => e.line + k));
        expect(covered).toEqual(brokenLines);
      }),
      { numRuns: 500, seed: 4246 },
    );
  });

  it('reads JSON behind a comment or an anti-XSSI prefix as JSON, at its own lines', () => {
    fc.assert(
      fc.property(jsonWithPreamble, (table) => expectJson(outcome(table, 'json'))),
      { numRuns: 500, seed: 4247 },
    );
  });

  it('never throws on broken tables, and says where every problem is', () => {
    const broken = brokenText(fc.oneof(csvTable, jsonTable, csvUnclosedQuote, jsonLines, jsonWithPreamble).map((t) => t.text));
    fc.assert(
      fc.property(broken, (text) => {
        checkCoverage(text, parseText(text, 'broken.txt'), 'broken.txt');
      }),
      { numRuns: 1500, seed: 4244 },
    );
  });
});
