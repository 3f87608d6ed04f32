// Kleinberg's two-state burst detection on batched counts (pipeline/time/kleinberg.ts).
import { describe, expect, it } from 'vitest';
import { burstRates, burstStrength, detectBursts, optimalStates, sequenceCost } from '../pipeline/time/kleinberg';

const params = { s: 2, gamma: 1 };

describe('a hand-worked series', () => {
  // Six years of 10 papers, 5 of them with the term in years 2 and 3: p0 = 10/60 = 1/6, p1 = 1/3.
  // A year of 5 in 10 fits the burst rate better by 5·ln(p1/p0) + 5·ln((1−p1)/(1−p0)) = 5·ln 1.6;
  // entering the burst costs γ·ln 6 ≈ 1.79 < 2 × 5·ln 1.6 ≈ 4.70, so both years are one burst.
  const r = [0, 0, 5, 5, 0, 0];
  const d = [10, 10, 10, 10, 10, 10];

  it('finds the burst, its strength and weight', () => {
    expect(burstRates(r, d, 2)).toEqual([1 / 6, 1 / 3]);
    const [burst, ...others] = detectBursts(r, d, { ...params, minLength: 1 });
    expect(others).toEqual([]);
    expect(burst).toMatchObject({ begin: 2, end: 3, weight: 10 });
    expect(burst!.strength).toBeCloseTo(10 * Math.log(1.6), 10);
  });

  it('finds none when entering costs more than the burst saves (γ = 3: 3·ln 6 ≈ 5.38 > 4.70)', () => {
    expect(detectBursts(r, d, { s: 2, gamma: 3, minLength: 1 })).toEqual([]);
  });

  it('drops bursts shorter than the minimum length', () => {
    expect(detectBursts(r, d, { ...params, minLength: 3 })).toEqual([]);
  });

  it('finds none in a series without events, or with nothing but events', () => {
    expect(detectBursts([0, 0, 0], [5, 5, 5])).toEqual([]);
    expect(detectBursts([5, 5, 5], [5, 5, 5])).toEqual([]);
  });
});

describe("burst_detection's published example (github.com/nmarinsek/burst_detection, README.rst, EXAMPLE)", () => {
  // r, d, s = 2, γ = 1 as printed there; its output: baseline probability 0.339, bursty 0.679,
  // bursts of weight 5.34226 (time points 6–7) and 2.68563 (time point 4).
  const r = [0, 2, 1, 6, 7, 2, 8, 7, 2, 1];
  const d = [9, 11, 12, 10, 10, 8, 12, 10, 13, 11];

  it('has its two rates (printed there cut to three decimals)', () => {
    const [p0, p1] = burstRates(r, d, 2)!;
    expect(p0).toBe(36 / 106);
    expect(Math.trunc(p0 * 1000) / 1000).toBe(0.339);
    expect(Math.trunc(p1 * 1000) / 1000).toBe(0.679);
  });

  it("gives its bursts' weights as their strengths", () => {
    const rates = burstRates(r, d, 2)!;
    expect(burstStrength(r, d, 6, 7, rates)).toBeCloseTo(5.34226, 5);
    expect(burstStrength(r, d, 4, 4, rates)).toBeCloseTo(2.68563, 5);
  });

  it('finds a sequence at least as cheap as every other, so cheaper than the greedy one printed there', () => {
    // The package picks each state from the previous choice only, without carrying costs forward
    // (q = 0 0 0 0 1 0 1 1 0 0); the optimal sequence also puts time point 3 (6 of 10) in a burst.
    const states = optimalStates(r, d, params);
    expect([...states]).toEqual([0, 0, 0, 1, 1, 0, 1, 1, 0, 0]);
    const best = sequenceCost(r, d, states, params);
    expect(best).toBeLessThan(sequenceCost(r, d, [0, 0, 0, 0, 1, 0, 1, 1, 0, 0], params));
    for (let mask = 0; mask < 1 << r.length; mask++) {
      const other = r.map((_, t) => (mask >> t) & 1);
      expect(sequenceCost(r, d, other, params)).toBeGreaterThanOrEqual(best - 1e-9);
    }
    expect(detectBursts(r, d, { ...params, minLength: 1 }).map((b) => [b.begin, b.end, b.weight])).toEqual([[3, 4, 13], [6, 7, 15]]);
  });
});
