// Who writes the papers. Every author has a home topic. Within a topic, authors are drawn by a
// Pitman–Yor process: an author already drawn c times comes back in proportion to c − d, and a
// new author joins in proportion to θ + d·K. That gives the power law of real productivity (a few
// prolific authors, many with one paper) while creating authors only as they are needed. A few
// seniors per topic exist from the start, so any topic can borrow them for a cross-topic paper.
import { NameBook } from './names';
import type { Rng } from './rng';

/** Pitman–Yor discount: about this share of a topic's authors end up with a single paper. */
const DISCOUNT = 0.6;
/** Pitman–Yor concentration: larger means more distinct authors per topic. */
const CONCENTRATION = 30;
/** How strongly seniors are seated before the first paper (as if drawn this often). */
const SENIOR_SEATS = 2;
/** Chance that one team slot goes to another topic's senior. */
const CROSS_TOPIC = 0.04;
/** Chance that a new author is the initial twin of an existing one ("A. Silva" beside "Ana Silva"). */
const TWIN = 0.01;

/** Team sizes 1–15: mode 3–4, then a power-law-like tail. */
export const TEAM_SIZE_WEIGHTS = [6, 12, 17, 17, 14, 10, 7, 5, 3.5, 2.5, 1.8, 1.3, 1, 0.8, 0.6];

export class AuthorRegistry {
  private homes = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private owners = new Uint8Array(1024);
  private size = 0;

  constructor(readonly names: NameBook) {}

  get count(): number {
    return this.size;
  }

  add(home: number): number {
    if (this.size === this.homes.length) {
      this.homes = grow(this.homes, new Int32Array(this.size * 2));
      this.counts = grow(this.counts, new Int32Array(this.size * 2));
      this.owners = grow(this.owners, new Uint8Array(this.size * 2));
    }
    this.homes[this.size] = home;
    return this.size++;
  }

  home(serial: number): number {
    return this.homes[serial]!;
  }

  papers(serial: number): number {
    return this.counts[serial]!;
  }

  addPaper(serial: number): void {
    this.counts[serial]!++;
  }

  /** Has a profile page: each author gets at most one. */
  isOwner(serial: number): boolean {
    return this.owners[serial] === 1;
  }

  setOwner(serial: number): void {
    this.owners[serial] = 1;
  }
}

function grow<T extends Int32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** The authors of one topic, and the teams drawn from them. */
export class TopicAuthors {
  /** One entry per draw (seniors' initial seats included): drawing from it is drawing ∝ count. */
  private readonly seats: number[] = [];
  private readonly drawn = new Map<number, number>();

  constructor(
    private readonly topic: number,
    seniors: readonly number[],
    /** Seniors of every topic, for cross-topic slots. */
    private readonly allSeniors: readonly (readonly number[])[],
    private readonly registry: AuthorRegistry,
    private readonly rng: Rng,
  ) {
    for (const s of seniors) {
      this.drawn.set(s, SENIOR_SEATS);
      for (let k = 0; k < SENIOR_SEATS; k++) this.seats.push(s);
    }
  }

  /** Authors of this topic drawn so far, most draws first (ties: lower serial). */
  members(): number[] {
    return [...this.drawn.keys()].sort((a, b) => this.drawn.get(b)! - this.drawn.get(a)! || a - b);
  }

  /** How often `serial` was drawn in this topic. */
  draws(serial: number): number {
    return this.drawn.get(serial) ?? 0;
  }

  /** `size` distinct authors in drawing order, the most prolific moved last half the time (the PI). */
  team(size: number): number[] {
    const team: number[] = [];
    const inTeam = new Set<number>();
    for (let tries = 0; team.length < size && tries < size * 20; tries++) {
      const author = this.rng.chance(CROSS_TOPIC) ? this.guest() : this.draw();
      if (author === undefined || inTeam.has(author)) continue;
      inTeam.add(author);
      team.push(author);
    }
    if (team.length > 1 && this.rng.chance(0.5)) {
      const lead = team.reduce((best, a) => (this.draws(a) > this.draws(best) ? a : best));
      team.splice(team.indexOf(lead), 1);
      team.push(lead);
    }
    return team;
  }

  private draw(): number {
    const n = this.seats.length;
    const k = this.drawn.size;
    if (n === 0 || this.rng.float() < (CONCENTRATION + DISCOUNT * k) / (n + CONCENTRATION)) return this.newAuthor();
    // A uniform seat picks an author ∝ c; accepting with (c − d)/c makes it ∝ c − d.
    for (;;) {
      const author = this.seats[Math.floor(this.rng.float() * n)]!;
      const c = this.drawn.get(author)!;
      if (this.rng.float() * c < c - DISCOUNT) return this.seat(author);
    }
  }

  private newAuthor(): number {
    const serial = this.registry.add(this.topic);
    if (this.drawn.size > 0 && this.rng.chance(TWIN)) {
      this.registry.names.makeTwin(serial, this.seats[Math.floor(this.rng.float() * this.seats.length)]!);
    }
    return this.seat(serial);
  }

  private seat(author: number): number {
    this.drawn.set(author, (this.drawn.get(author) ?? 0) + 1);
    this.seats.push(author);
    return author;
  }

  private guest(): number | undefined {
    const other = this.allSeniors[Math.floor(this.rng.float() * this.allSeniors.length)];
    if (!other || other.length === 0 || other === this.allSeniors[this.topic]) return undefined;
    return other[Math.floor(this.rng.float() * other.length)];
  }
}
