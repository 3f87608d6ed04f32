// round6 computes Number(v.toPrecision(6)) without the string (pipeline/cells.ts): it must give
// that value for every double, halves and powers of ten included, or every report would change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round6 } from '../pipeline/cells';

const reference = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : 0);
const same = (v: number): void => void expect(Object.is(round6(v), reference(v)), `round6(${v}) = ${round6(v)}, toPrecision gives ${reference(v)}`).toBe(true);

describe('round6', () => {
  it('equals Number(v.toPrecision(6)) on any double', () => {
    fc.assert(fc.property(fc.double(), same), { numRuns: 20_000 });
  });

  it('equals it on the values reports hold: counts, shares, small weights', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 }), (n, k) => same(n / 10 ** k)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => same(a / b)), { numRuns: 20_000 });
  });

  it('equals it next to halves of the sixth digit and next to powers of ten', () => {
    for (let k = -20; k <= 25; k++) {
      for (const n of [100000, 100000.5, 123456.5, 999999.5, 999999.4999999, 999999.5000001, 1000000, 99999.95, 150000.5]) {
        const v = n * 10 ** (k - 5);
        for (const x of [v, -v, v * (1 + Number.EPSILON), v * (1 - Number.EPSILON)]) same(x);
      }
    }
    for (const x of [0, -0, 5e-324, 1e-300, 1.7976931348623157e308, NaN, Infinity, -Infinity]) same(x);
  });
});
