// Kleinberg's two-state automaton on batched counts ("Bursty and hierarchical structure in
// streams", 2002, §4, as CiteSpace uses it): in batch t, r_t of d_t events are the target's
// (papers with a term, papers citing a reference). The base state emits at the overall rate
// p0 = Σr / Σd, the burst state at p1 = s·p0; entering the burst costs γ·ln n (n batches), leaving
// it nothing. The optimal state sequence is found exactly (Viterbi over both states), and each run
// of burst states is a burst whose strength is how much better the burst rate fits it.

export interface BurstParameters {
  /** Ratio of the burst rate to the base rate (> 1). */
  s: number;
  /** Cost of entering a burst, in units of ln n (> 0). */
  gamma: number;
  /** Shortest burst reported, in batches. */
  minLength: number;
}

export const BURST_DEFAULTS: BurstParameters = { s: 2, gamma: 1, minLength: 1 };

/** The burst rate may not reach 1 (a certain event has no cost to fit); capped as in burst_detection. */
const MAX_RATE = 0.99999;

export interface BurstPeriod {
  /** Indexes of the first and last batch in the burst state. */
  begin: number;
  end: number;
  /** Σ over the burst of σ0(t) − σ1(t): the cost saved by the burst rate (Kleinberg's weight). */
  strength: number;
  /** Σ r_t over the burst. */
  weight: number;
}

/**
 * −ln of the binomial likelihood of r of d at rate p, without ln C(d, r): that term is the same in
 * both states, so neither the optimal sequence nor a strength depends on it.
 */
function fitCost(r: number, d: number, p: number): number {
  return -(r > 0 ? r * Math.log(p) : 0) - (d - r > 0 ? (d - r) * Math.log(1 - p) : 0);
}

/** The two states' rates; undefined when the series has no event or nothing but events. */
export function burstRates(r: readonly number[], d: readonly number[], s: number): [number, number] | undefined {
  let events = 0, total = 0;
  for (let t = 0; t < r.length; t++) (events += r[t]!), (total += d[t]!);
  if (events === 0 || total === 0 || events / total >= MAX_RATE) return undefined;
  const p0 = events / total;
  return [p0, Math.min(s * p0, MAX_RATE)];
}

/** The least-cost state per batch (0 base, 1 burst), starting from the base state; ties stay in it. */
export function optimalStates(r: readonly number[], d: readonly number[], params: Pick<BurstParameters, 's' | 'gamma'>): Uint8Array {
  const n = r.length;
  const states = new Uint8Array(n);
  const rates = burstRates(r, d, params.s);
  if (!rates || n === 0) return states;
  const enter = params.gamma * Math.log(n);
  // came0[t], came1[t]: the state at t − 1 on the cheapest path into state 0, 1 at t.
  const came0 = new Uint8Array(n);
  const came1 = new Uint8Array(n);
  // Before batch 0 the automaton is in the base state.
  let c0 = fitCost(r[0]!, d[0]!, rates[0]);
  let c1 = enter + fitCost(r[0]!, d[0]!, rates[1]);
  for (let t = 1; t < n; t++) {
    came0[t] = c1 < c0 ? 1 : 0; // leaving a burst is free
    came1[t] = c1 <= c0 + enter ? 1 : 0;
    const next0 = Math.min(c0, c1) + fitCost(r[t]!, d[t]!, rates[0]);
    const next1 = Math.min(c0 + enter, c1) + fitCost(r[t]!, d[t]!, rates[1]);
    [c0, c1] = [next0, next1];
  }
  let state = c1 < c0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = state === 0 ? came0[t]! : came1[t]!;
  }
  return states;
}

/** The total cost of a state sequence (fit plus transitions), for comparing sequences. */
export function sequenceCost(r: readonly number[], d: readonly number[], states: ArrayLike<number>, params: Pick<BurstParameters, 's' | 'gamma'>): number {
  const rates = burstRates(r, d, params.s);
  if (!rates) return 0;
  const enter = params.gamma * Math.log(r.length);
  let cost = 0, previous = 0;
  for (let t = 0; t < r.length; t++) {
    const state = states[t]!;
    if (state > previous) cost += enter;
    cost += fitCost(r[t]!, d[t]!, rates[state]!);
    previous = state;
  }
  return cost;
}

/** Kleinberg's weight of the batches begin..end (inclusive): Σ σ0 − σ1. */
export function burstStrength(r: readonly number[], d: readonly number[], begin: number, end: number, rates: readonly [number, number]): number {
  let strength = 0;
  for (let t = begin; t <= end; t++) strength += fitCost(r[t]!, d[t]!, rates[0]) - fitCost(r[t]!, d[t]!, rates[1]);
  return strength;
}

/** Every burst of the series at least `minLength` batches long, in time order. */
export function detectBursts(r: readonly number[], d: readonly number[], params: BurstParameters = BURST_DEFAULTS): BurstPeriod[] {
  const rates = burstRates(r, d, params.s);
  if (!rates) return [];
  const states = optimalStates(r, d, params);
  const bursts: BurstPeriod[] = [];
  for (let t = 0; t < states.length; t++) {
    if (states[t] === 0 || (t > 0 && states[t - 1] === 1)) continue;
    let end = t;
    while (end + 1 < states.length && states[end + 1] === 1) end++;
    if (end - t + 1 < params.minLength) continue;
    let weight = 0;
    for (let k = t; k <= end; k++) weight += r[k]!;
    bursts.push({ begin: t, end, strength: burstStrength(r, d, t, end, rates), weight });
  }
  return bursts;
}
