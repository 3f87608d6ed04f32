// The bundle is written in pieces (export/json-pieces.ts): joined, they must be JSON.stringify's
// text exactly, whatever the value and however deep the pieces are cut.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, RECORDS_FROM, writeJson } from '../pipeline/export/json-pieces';
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

  it('joins to JSON.stringify for containers of records, longer than RECORDS_FROM', () => {
    const records = (min: number) => fc.array(fc.anything({ withNullPrototype: true, withBoxedValues: true }), { minLength: min, maxLength: min + 40 });
    fc.assert(
      fc.property(records(RECORDS_FROM + 1), records(RECORDS_FROM + 1), fc.integer({ min: 1, max: 5 }), (list, values, depth) => {
        const value = { list, byKey: Object.fromEntries(values.map((v, i) => [`k${i}`, v])), few: [list.slice(0, 3)] };
        fc.pre(JSON.stringify(value) !== undefined);
        expect(joined(value, depth)).toBe(JSON.stringify(value));
      }),
      { numRuns: 100 },
    );
  });

  it('gives each record of a long list or map one piece, and opens the few containers above them', () => {
    const nodes = Array.from({ length: RECORDS_FROM + 1 }, (_, i) => ({ id: `n${i}`, size: i }));
    const papers = Object.fromEntries(nodes.map((n) => [n.id, { title: `T${n.size}` }]));
    const pieces = [...jsonPieces({ papers, graphs: [{ nodes }] }, 4)];
    expect(pieces).toContain(`,${JSON.stringify(nodes[1])}`);
    expect(pieces).toContain(`,"n1":${JSON.stringify(papers.n1)}`);
    expect(pieces.join('')).toBe(JSON.stringify({ papers, graphs: [{ nodes }] }));
  });

  it('leaves out a member whose toJSON gives undefined, whole or opened, as JSON.stringify does', () => {
    const none = { toJSON: () => undefined };
    const many = Object.fromEntries(Array.from({ length: RECORDS_FROM + 1 }, (_, i) => [`k${i}`, i % 2 ? none : i]));
    const value = { a: none, b: 1, many, list: [none, ...Array.from({ length: RECORDS_FROM }, () => none)] };
    for (const depth of [1, 2, 3]) expect(joined(value, depth)).toBe(JSON.stringify(value));
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
