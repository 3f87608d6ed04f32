// Fuzzing the tagged-export readers (Web of Science plain text, MEDLINE, RIS): small exports built
// from a few real records of each fixture under its file header, then mutated as the
// page fuzzer mutates pages (lines cut, swapped, doubled, split, spliced with control characters
// and very long lines), or broken at the character level, in LF, CRLF or CR, with or without a
// BOM. parseText must never throw; every block must end up in exactly one record or reject
// (coverage.ts); and reading the text in chunks cut anywhere must give what reading it whole
// gives, also with a record limit small enough to cut records off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { TextParser } from '../pipeline/ingest/parse-text';
import { type ReadLimits, readLimits } from '../pipeline/ingest/record-limit';
import { checkCoverage } from './fixtures/ingest/coverage';
import { brokenText, mutate, mutation } from './fixtures/ingest/fuzz-inputs';
import { TAGGED_FILES } from './fixtures/ingest/tagged-blocks';

/** A few consecutive records of one fixture under its file header (which detection needs), their lines as they are. */
const export_ = fc.record({ file: fc.nat(TAGGED_FILES.length - 1), from: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }).map(({ file, from, count }) => {
  const { header, blocks } = TAGGED_FILES[file]!;
  const start = from % blocks.length;
  return { lines: [...header, ...blocks.slice(start, start + count).flat()], records: Math.min(count, blocks.length - start) };
});

const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

const mutatedExport = fc
  .record({ start: export_, mutations: fc.array(mutation, { maxLength: 5 }), eol, bom: fc.boolean() })
  .map(({ start, mutations, eol: end, bom }) => (bom ? '\ufeff' : '') + mutate(start.lines, mutations).join(end));

const texts = fc.oneof(mutatedExport, brokenText(mutatedExport));

function parseCut(text: string, cuts: readonly number[], limits?: ReadLimits) {
  const parser = new TextParser('tagged.txt', limits);
  const points = [0, ...cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b), text.length];
  for (let k = 1; k < points.length; k++) parser.push(text.slice(points[k - 1], points[k]));
  return parser.end();
}

describe('fuzzing the tagged-export readers', () => {
  it('reads every record of unmutated real records, in any line ends', () => {
    fc.assert(
      fc.property(export_, eol, (start, end) => {
        const result = parseText(start.lines.join(end), 'tagged.txt');
        expect(result.rejects.filter((r) => r.reason !== 'record without a title (no TI or T1)')).toEqual([]);
        expect(result.records.length + result.rejects.length).toBe(start.records);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('never throws, and puts every block of a mutated export in exactly one record or reject', () => {
    fc.assert(
      fc.property(texts, (text) => {
        checkCoverage(text, parseText(text, 'fuzz.txt'), 'fuzz.txt');
      }),
      { numRuns: 4000, seed: 20261202 },
    );
  });

  it('gives what parseText gives when the text comes in chunks cut anywhere', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        expect(parseCut(text, cuts)).toEqual(parseText(text, 'tagged.txt'));
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });

  it('does the same with a record limit small enough to cut records and lines off, and still covers every block', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(0.00005, 0.0002, 0.001), (text, cuts, mb) => {
        const limits = readLimits(mb);
        const whole = parseText(text, 'tagged.txt', limits);
        expect(parseCut(text, cuts, limits)).toEqual(whole);
        checkCoverage(text, whole, 'tagged.txt');
      }),
      { numRuns: 1000, seed: 20261204 },
    );
  });

  it('covers every line of the whole fixtures', () => {
    for (const { name, header, blocks } of TAGGED_FILES) {
      const text = [...header, ...blocks.flat()].join('\n');
      checkCoverage(text, parseText(text, name), name);
    }
  });
});
