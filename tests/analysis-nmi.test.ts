import { describe, expect, it } from 'vitest';

import { normalizedMutualInformation } from '../pipeline/analysis/nmi';

const partition = (labels: Array<number | string>) => Object.fromEntries(labels.map((label, i) => [`n${i}`, label]));

describe('normalizedMutualInformation', () => {
  it('is 1 for identical partitions and for a relabelled one', () => {
    const a = partition([0, 0, 1, 1, 2, 2, 2]);
    expect(normalizedMutualInformation(a, a)).toBe(1);
    expect(normalizedMutualInformation(a, partition(['x', 'x', 'y', 'y', 'z', 'z', 'z']))).toBe(1);
    expect(normalizedMutualInformation(a, partition([2, 2, 0, 0, 1, 1, 1]))).toBe(1);
  });

  it('matches a hand-worked example', () => {
    // A = {n0,n1,n2}{n3,n4,n5}: H(A) = ln 2. B = pairs: H(B) = ln 3.
    // Joint cells 2,1,1,2 of 6: I = 2 · (1/3) ln((1/3)/((1/2)(1/3))) = (2/3) ln 2.
    // NMI = (2/3) ln 2 / ((ln 2 + ln 3) / 2) = 4 ln 2 / (3 ln 6) ≈ 0.515804.
    const nmi = normalizedMutualInformation(partition([0, 0, 0, 1, 1, 1]), partition([0, 0, 1, 1, 2, 2]));
    expect(nmi).toBeCloseTo((4 * Math.log(2)) / (3 * Math.log(6)), 12);
    expect(nmi).toBeCloseTo(0.515804, 6);
  });

  it('is 0 for independent partitions', () => {
    expect(normalizedMutualInformation(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBe(0);
  });

  it('handles single clusters: both → 1, one → 0', () => {
    expect(normalizedMutualInformation(partition([5, 5, 5]), partition(['a', 'a', 'a']))).toBe(1);
    expect(normalizedMutualInformation(partition([5, 5, 5]), partition([0, 1, 2]))).toBe(0);
  });

  it('uses only the keys both partitions assign, and tells 1 from "1"', () => {
    const a = { x: 0, y: 0, z: 1, extra: 7 };
    const b = { x: 'p', y: 'p', z: 'q', other: 'r' };
    expect(normalizedMutualInformation(a, b)).toBe(1);
    expect(normalizedMutualInformation({ x: 1, y: '1' }, { x: 0, y: 1 })).toBe(1);
    expect(() => normalizedMutualInformation({ x: 0 }, { y: 0 })).toThrow(
      /citegraph\/analysis\/nmi: .*no key in common/,
    );
  });
});
