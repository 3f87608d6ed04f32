// The streaming path must read exactly what parseText reads: the same text cut into chunks
// anywhere (inside a line, a CRLF, a quoted CSV field, a JSON string) gives the same result,
// also when records run over the size limit and readers cut them off and resume.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { parseInChunks } from './fixtures/ingest/chunks';
import { brokenText, csvTable, csvUnclosedQuote, fuzzedPage, jsonLines, jsonTable, jsonWithPreamble } from './fixtures/ingest/fuzz-inputs';
import { SEED_PAGES } from './fixtures/ingest/seed-blocks';

describe('streaming', () => {
  it('gives what parseText gives on the seeds and table fixtures, in chunks of any size', () => {
    const tables = [
      readFileSync('tests/fixtures/ingest/hf-style.json', 'utf8'),
      String.raw`[{"title": "A \"quoted\" \\ title", "abstract": "x\ny"},` + '\r\n {"title": "B"}]',
      'title,abstract\r\n"A, quoted\r\ntitle","an ""abstract"""\r\nB,plain\r\n',
    ];
    for (const text of [...SEED_PAGES.map((p) => p.text), ...tables]) {
      const whole = parseText(text, 'chunked.txt');
      for (const size of [1, 2, 7, 100, 4096]) {
        const cuts = Array.from({ length: Math.ceil(text.length / size) }, (_, k) => k * size);
        expect(parseInChunks(text, cuts)).toEqual(whole);
      }
    }
  });

  const tables = [csvTable, jsonTable, csvUnclosedQuote, jsonLines, jsonWithPreamble];
  const texts = fc.oneof(fuzzedPage, ...tables.map((t) => t.map((table) => table.text)), brokenText(fc.oneof(...tables).map((t) => t.text)));

  it('gives what parseText gives on fuzzed pages and tables, cut anywhere', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(parseText(text, 'chunked.txt'));
      }),
      { numRuns: 1500, seed: 777 },
    );
  });

  it('gives what parseText gives with a record limit small enough to cut rows, values and lines off', () => {
    // 50 to 1,000 characters: the fuzzed texts hold lines, cells and strings on both sides of it.
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(0.00005, 0.0002, 0.001), (text, cuts, mb) => {
        const limits = readLimits(mb);
        expect(parseInChunks(text, cuts, limits)).toEqual(parseText(text, 'chunked.txt', limits));
      }),
      { numRuns: 1500, seed: 778 },
    );
  });
});
