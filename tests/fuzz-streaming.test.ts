// The streaming path must read exactly what parseText reads: the same text cut into chunks
// anywhere (inside a line, a CRLF, a quoted CSV field, a JSON string) gives the same result.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { TextParser } from '../pipeline/ingest/parse-text';
import { brokenText, csvTable, fuzzedPage, jsonTable } from './fixtures/ingest/fuzz-inputs';
import { SEED_PAGES } from './fixtures/ingest/seed-blocks';

function parseInChunks(text: string, cuts: readonly number[]) {
  const parser = new TextParser('chunked.txt');
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
    parser.push(text.slice(from, cut));
    from = cut;
  }
  parser.push(text.slice(from));
  return parser.end();
}

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

  it('gives what parseText gives on fuzzed pages and tables, cut anywhere', () => {
    const texts = fc.oneof(
      fuzzedPage,
      csvTable.map((t) => t.text),
      jsonTable.map((t) => t.text),
      brokenText(fc.oneof(csvTable, jsonTable).map((t) => t.text)),
    );
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(parseText(text, 'chunked.txt'));
      }),
      { numRuns: 1500, seed: 777 },
    );
  });
});
