// The bundle is written in pieces (export/json-pieces.ts): joined, they must be JSON.stringify's
// text exactly, whatever the value and however deep the pieces are cut.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJson } from '../pipeline/export/json-pieces';
import { scratchDir } from './helpers/scratch';

const joined = (value: unknown, depth: number) => [...jsonPieces(value, depth)].join('');

describe('JSON in pieces', () => {
  it('joins to JSON.stringify at every depth, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true }), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        fc.pre(JSON.stringify(value) !== undefined);
        expect(joined(value, depth)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined and functions from objects and writes them null in arrays, as JSON.stringify does', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 2, 3], d: { toJSON: () => 'd' }, e: new Date(0), 'quo"te': '€ · ‖' };
    expect(joined(value, 3)).toBe(JSON.stringify(value));
  });

  it('writes the same bytes as JSON.stringify would, non-Latin-1 text included', () => {
    const value = { graphs: [{ nodes: [{ id: 'x', label: 'Erdős · 東京 😀' }], edges: [] }], n: 1.5e-7 };
    const path = join(scratchDir('json'), 'bundle.json');
    writeJson(path, value);
    expect(readFileSync(path)).toEqual(Buffer.from(JSON.stringify(value), 'utf8'));
  });
});
