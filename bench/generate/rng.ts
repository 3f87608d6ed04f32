// Seeded randomness for the generator. Every draw goes through an Rng built from the run's seed
// and a label, so a part of the corpus (one topic, the vocabulary) does not shift when another
// part draws more or fewer numbers. Never Math.random: the same seed must give the same bytes.
import seedrandom from 'seedrandom';

export class Rng {
  private readonly next: seedrandom.PRNG;

  constructor(seed: string, label: string) {
    // alea: fast, and its output depends only on the seed string.
    this.next = seedrandom.alea(`${seed}\u0000${label}`);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A rate rounded up or down at random, so many small expectations add up to their sum. */
  round(x: number): number {
    const base = Math.floor(x);
    return base + (this.next() < x - base ? 1 : 0);
  }

  /** Log-uniform integer in [lo, hi]: as many draws in 40–80 as in 150–300. */
  logInt(lo: number, hi: number): number {
    return Math.min(hi, Math.floor(lo * Math.pow((hi + 1) / lo, this.next())));
  }

  /** Box–Muller: one standard normal draw. */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** Pareto-tailed count ≥ 1 with tail exponent `alpha`: most draws small, a few large. */
  pareto(alpha: number, max: number): number {
    return Math.min(max, Math.floor(Math.pow(1 - this.next(), -1 / alpha)));
  }
}

/** Draws indices 0..n−1 with given weights, by binary search over the cumulative sums. */
export class Weighted {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new Error('no weights');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }

  draw(rng: Rng): number {
    const target = rng.float() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf over ranks 0..n−1: rank r drawn in proportion to 1/(r+1)^s. */
export function zipf(n: number, s: number): Weighted {
  return new Weighted(Array.from({ length: n }, (_, r) => 1 / Math.pow(r + 1, s)));
}
