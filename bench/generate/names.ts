// Author names from serial numbers, unique by construction: no set of the names already given is
// kept, so a million authors cost no memory here. Serials are spread over three shapes, each a
// bijection (a multiplicative permutation) onto its combinations of list entries:
//   70 % "Ana Silva", 20 % "Ana M. Silva", 10 % "Ana Lucia Silva".
// A shape that runs out of combinations continues in a reserved range of the three-word shape.
// Besides these, a few authors are "initial twins" of another ("A. Silva" next to "Ana Silva"):
// different people whose names the pipeline must not merge.
import { nameKey } from '../../pipeline/corpus/names';
import { FIRST_NAMES, LAST_NAMES } from './name-lists';
import type { Rng } from './rng';

const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTVW';
const F = FIRST_NAMES.length;
const L = LAST_NAMES.length;
const M = MIDDLE_INITIALS.length;
const PLAIN = F * L;
const INITIAL = F * M * L;
const THREE = F * F * L;
/** Three-word range: [0, Q) its own share, [Q, 2Q) plain overflow, [2Q, 4Q) middle-initial overflow. */
const Q = Math.floor(THREE / 4);

export class NameBook {
  private readonly plain: Permutation;
  private readonly initial: Permutation;
  private readonly three: Permutation;
  private readonly twins = new Map<number, string>();
  private readonly twinKeys = new Set<string>();

  constructor(rng: Rng) {
    this.plain = new Permutation(PLAIN, rng);
    this.initial = new Permutation(INITIAL, rng);
    this.three = new Permutation(THREE, rng);
  }

  name(serial: number): string {
    const twin = this.twins.get(serial);
    if (twin !== undefined) return twin;
    const block = Math.floor(serial / 10);
    const slot = serial % 10;
    if (slot < 7) {
      const i = block * 7 + slot;
      return i < PLAIN ? plainName(this.plain.at(i)) : threeName(this.three.at(Q + i - PLAIN));
    }
    if (slot < 9) {
      const i = block * 2 + slot - 7;
      return i < INITIAL ? initialName(this.initial.at(i)) : threeName(this.three.at(2 * Q + i - INITIAL));
    }
    return threeName(this.three.at(block));
  }

  /**
   * Names `serial` "F. Last" after `model`, a "First Last" author. False when `model` has another
   * shape or that initial form is taken (the caller then gives `serial` its own name).
   */
  makeTwin(serial: number, model: number): boolean {
    if (this.twins.has(model) || model % 10 >= 7 || Math.floor(model / 10) * 7 + (model % 10) >= PLAIN) return false;
    const [first, last] = this.name(model).split(' ') as [string, string];
    const twin = `${[...first][0]}. ${last}`;
    const key = nameKey(twin);
    if (this.twinKeys.has(key)) return false;
    this.twinKeys.add(key);
    this.twins.set(serial, twin);
    return true;
  }
}

function plainName(i: number): string {
  return `${FIRST_NAMES[i % F]} ${LAST_NAMES[Math.floor(i / F)]}`;
}

function initialName(i: number): string {
  const rest = Math.floor(i / F);
  return `${FIRST_NAMES[i % F]} ${MIDDLE_INITIALS[rest % M]}. ${LAST_NAMES[Math.floor(rest / M)]}`;
}

function threeName(i: number): string {
  const rest = Math.floor(i / F);
  return `${FIRST_NAMES[i % F]} ${FIRST_NAMES[rest % F]} ${LAST_NAMES[Math.floor(rest / F)]}`;
}

/** i ↦ (a·i + b) mod n with a coprime to n: a bijection on 0..n−1 that scatters neighbours. */
class Permutation {
  private readonly a: number;
  private readonly b: number;

  constructor(
    private readonly n: number,
    rng: Rng,
  ) {
    // a < n keeps a·i below n², within exact double arithmetic for every n used here (< 2^26).
    let a = Math.floor(n * (0.55 + 0.1 * rng.float()));
    while (gcd(a, n) !== 1) a++;
    this.a = a;
    this.b = rng.int(0, n - 1);
  }

  at(i: number): number {
    return (this.a * i + this.b) % this.n;
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** A generated name as databases print it: every shape ends with the one-word family name. */
export interface NameParts {
  family: string;
  /** "Ana Lucia", "Ana M.", "A." */
  given: string;
  /** "AL", "AM", "A": what WoS's AU field and cited references write. */
  initials: string;
}

export function nameParts(name: string): NameParts {
  const cut = name.lastIndexOf(' ');
  const given = name.slice(0, cut);
  return { family: name.slice(cut + 1), given, initials: given.split(' ').map((w) => [...w][0]!).join('') };
}
