// Mutated seeds and random text through parseText: no exception escapes, CRLF and a BOM change
// nothing, results are deterministic, every seed title still in the text is accounted for by a
// record or a reject, and every block by exactly one (coverage.ts).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';

const SEEDS = readdirSync('seeds')
  .sort()
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'));
const SEED_TITLES = new Set(SEEDS.flatMap((s) => parseText(s, 'seed').records.map((r) => r.title)));

const KINDS = ['cut', 'duplicate', 'swap-lines', 'swap-blocks', 'duplicate-block', 'cut-block', 'unicode', 'long', 'truncate'] as const;
type Mutation = { kind: (typeof KINDS)[number]; i: number; j: number; s: string };

const mutation = fc.record({
  kind: fc.constantFrom(...KINDS),
  i: fc.nat(),
  j: fc.nat(),
  s: fc.string({ unit: 'binary', maxLength: 6 }),
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const { kind, i: a, j: b, s } of mutations) {
    const i = a % lines.length;
    const j = b % lines.length;
    const blocks = lines.join('\n').split('\n\n');
    const bi = a % blocks.length;
    const bj = b % blocks.length;
    if (kind === 'cut') lines.splice(i, 1);
    else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (kind === 'swap-lines') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    else if (kind === 'unicode') lines[i] = lines[i]!.slice(0, j % 50) + s + lines[i]!.slice(j % 50);
    else if (kind === 'long') lines[i] = lines[i]!.repeat(200);
    else if (kind === 'truncate') lines[i] = lines[i]!.slice(0, j % 60);
    else {
      if (kind === 'swap-blocks') [blocks[bi], blocks[bj]] = [blocks[bj]!, blocks[bi]!];
      else if (kind === 'duplicate-block') blocks.splice(bi, 0, blocks[bi]!);
      else blocks.splice(bi, 1);
      lines = blocks.join('\n\n').split('\n');
    }
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

function checkInvariants(text: string) {
  const result = parseText(text, 'm.txt');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const r of result.records) {
    expect(r.title.trim()).not.toBe('');
    expect(r.source.line).toBeGreaterThanOrEqual(1);
    expect(r.source.line).toBeLessThanOrEqual(lineCount);
  }
  for (const r of result.rejects) {
    expect(r.reason).not.toBe('');
    expect(r.excerpt.length).toBeLessThanOrEqual(200);
    expect(r.source.line).toBeGreaterThanOrEqual(0);
    expect(r.source.line).toBeLessThanOrEqual(lineCount);
  }
  checkCoverage(text, result, 'm.txt');
  expect(parseText(text, 'm.txt')).toEqual(result);
  return result;
}

describe('ingest robustness', () => {
  it('survives mutated seeds without losing a title', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, mutations) => {
        const text = mutate(SEEDS[k]!, mutations);
        const result = checkInvariants(text);
        if (!text.includes('\r') && !text.startsWith('\ufeff')) {
          expect(parseText('\ufeff' + text.replace(/\n/g, '\r\n'), 'm.txt')).toEqual(result);
        }
        const held = result.records.flatMap((r) => [r.title, r.abstract, r.submitter, r.authors?.join(', ')]);
        for (const line of text.split('\n')) {
          const title = line.trim();
          if (!SEED_TITLES.has(title)) continue;
          const found =
            held.some((h) => h?.includes(title)) || result.rejects.some((r) => r.excerpt.includes(title.slice(0, 100)));
          expect(found, `title lost: ${title}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  const TOKENS = [
    '', '', '', 'new', 'Subscribe', 'Daily Papers', 'May 28', 'Feb 27 3', 'Mar 8, 2024 6', '·', '  • 5 authors',
    'apple Apple', 'LGCLDec 12, 2025Code', 'LGMar 4', 'h-index30', '23papers', 'Novelty57%', 'Jane Doe',
    'A, B, C et al. · eth-zurich', 'A Title', 'An abstract sentence that ends.', 'title,authors', '"x","y"',
    '[', '{"title": "t"}', ']', 'x'.repeat(400),
  ];

  it('never throws on text built from the pages’ own lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 60 }), (parts) => {
        checkInvariants(parts.join('\n'));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
