// Fuzzing the page parsers: small pages built from a few real seed blocks (with or without the
// page header), then cut, swapped, doubled, spliced with random Unicode, control characters and
// very long lines, with fields lost, in LF, CRLF or CR, with or without a BOM. parseText must
// never throw, and every block must end up in exactly one record or reject (coverage.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';
import { fuzzedPage } from './fixtures/ingest/fuzz-inputs';
import { SEED_PAGES } from './fixtures/ingest/seed-blocks';

describe('fuzzing the page parsers', () => {
  it('never throws, and puts every block of a mutated page in exactly one record or reject', () => {
    fc.assert(
      fc.property(fuzzedPage, (text) => {
        checkCoverage(text, parseText(text, 'fuzz.txt'), 'fuzz.txt');
      }),
      { numRuns: 7000, seed: 20251122 },
    );
  });

  it('does the same on whole seed pages', () => {
    for (const page of SEED_PAGES) checkCoverage(page.text, parseText(page.text, page.name), page.name);
  });
});
