// Fuzzing the database export dialects: tables of real export rows and works (Scopus, Lens,
// Dimensions, OpenAlex, Web of Science tab-delimited, Crossref), picked, repeated and mutated.
// Each row or element must become exactly one record or reject, at its own lines; reading never
// throws, and gives the same result however the text is cut into chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { parseInChunks } from './fixtures/ingest/chunks';
import { checkCoverage } from './fixtures/ingest/coverage';
import { csvExportTable, jsonExportTable } from './fixtures/ingest/fuzz-exports';
import { brokenText } from './fixtures/ingest/fuzz-inputs';

describe('fuzzing the export dialects', () => {
  it('reads every row of a mutated export CSV into exactly one record or reject, at its lines', () => {
    fc.assert(
      fc.property(csvExportTable, (table) => {
        const result = parseText(table.text, 'export.csv');
        expect(result.format).toBe('csv');
        checkCoverage(table.text, result, 'export.csv');
        const got = [
          ...result.records.map((r) => ({ title: r.title, line: r.source.line, endLine: r.source.endLine })),
          ...result.rejects.map((r) => ({ reject: r.reason, line: r.source.line, endLine: r.source.endLine })),
        ].sort((a, b) => a.line - b.line);
        expect(got).toEqual(table.expected.filter((e) => !('skipped' in e)));
        if (result.records.length > 0) expect(result.dialect).toBeDefined();
      }),
      { numRuns: 600, seed: 5151 },
    );
  });

  it('reads every mutated OpenAlex or Crossref work into exactly one record or reject', () => {
    fc.assert(
      fc.property(jsonExportTable, (table) => {
        const result = parseText(table.text, 'export.json');
        expect(result.format).toBe('json');
        checkCoverage(table.text, result, 'export.json');
        const key = (e: object) => JSON.stringify(e);
        const got = [...result.records.map((r) => ({ title: r.title })), ...result.rejects.map((r) => ({ reject: r.reason }))];
        const want = table.expected.map((e) => ('title' in e ? { title: e.title } : 'reject' in e ? { reject: e.reject } : e));
        expect(got.map(key).sort()).toEqual(want.map(key).sort());
        for (const r of result.records) if (r.authorDetails) expect(r.authorDetails).toHaveLength(r.authors!.length);
      }),
      { numRuns: 400, seed: 5152 },
    );
  });

  const texts = fc.oneof(csvExportTable.map((t) => t.text), jsonExportTable.map((t) => t.text));

  it('gives the same result whatever chunks the text comes in', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(parseText(text, 'chunked.txt'));
      }),
      { numRuns: 300, seed: 5153 },
    );
  });

  it('never throws on broken export tables, and says where every problem is', () => {
    fc.assert(
      fc.property(brokenText(texts), (text) => {
        checkCoverage(text, parseText(text, 'broken.txt'), 'broken.txt');
      }),
      { numRuns: 600, seed: 5154 },
    );
  });
});
