// Works the corpus cites but does not hold: each topic's own literature and each field's
// classics, drawn by Zipf-like popularity so that a few are cited by most of their papers and
// co-citation has a structure to find; and one-off works (preprints, theses) cited once, which
// only lengthen reference lists. A pool is made again from its own seed label whenever a topic
// needs it: nothing is kept between topics but the field pools' citation counts (references.ts).
import type { CitedWork } from './cited-reference';
import { referenceAuthor } from './cited-reference';
import { FIRST_NAMES, LAST_NAMES } from './name-lists';
import { Rng, type Weighted, zipf } from './rng';
import type { Venues } from './venues';

export type Scope = 'topic' | 'field';

export const POOL_SIZES: Readonly<Record<Scope, number>> = { topic: 200, field: 300 };
/**
 * Zipf exponents of popularity (a topic's most cited work is in about four of five of its
 * reference lists, a field's best classic in about three of five), and the years works are from.
 */
const SHAPES: Record<Scope, { exponent: number; years: [number, number] }> = {
  topic: { exponent: 0.8, years: [1990, 2025] },
  field: { exponent: 0.9, years: [1970, 2010] },
};
/** Outside works with a DOI; the rest are older or grey literature. */
const WITH_DOI = 0.7;
/** Outside works that are books: a title for source, no volume or page. */
const BOOKS = 0.15;
const INITIALS = 'ABCDEFGHJKLMNPRSTWY';

export class WorkPool {
  readonly works: CitedWork[];
  private readonly ranks: Weighted;

  constructor(
    readonly scope: Scope,
    readonly id: number,
    seed: string,
    venues: Venues,
    /** The field whose journals the works appear in. */
    field: number,
    /** Phrases for book titles. */
    phrases: readonly string[],
  ) {
    const shape = SHAPES[scope];
    const rng = new Rng(seed, `outside works ${scope} ${id}`);
    this.works = Array.from({ length: POOL_SIZES[scope] }, (_, rank) => {
      const year = rng.int(...shape.years);
      const author = referenceAuthor(rng.pick(LAST_NAMES), rng.pick([...INITIALS]) + (rng.chance(0.4) ? rng.pick([...INITIALS]) : ''));
      const doi = rng.chance(WITH_DOI) ? `10.5555/cgx.${scope[0]}${id}.${rank + 1}` : undefined;
      const venue = venues.draw(field, rng);
      // A work older than the journals drawn for it is a book.
      if (rng.chance(BOOKS) || venues.list[venue]!.since > year) return { author, year, source: bookTitle(rng.pick(phrases)), ...(doi ? { doi } : {}) };
      return { author, year, source: venues.list[venue]!.abbreviation, volume: venues.volume(venue, year), page: rng.int(1, 2500), ...(doi ? { doi } : {}) };
    });
    this.ranks = zipf(POOL_SIZES[scope], shape.exponent);
  }

  /** A work's rank, by popularity. */
  draw(rng: Rng): number {
    return this.ranks.draw(rng);
  }
}

/** A work cited once: a recent preprint, "ARXIV210312345" as WoS writes arXiv sources. */
export function oneOffWork(maxYear: number, rng: Rng): CitedWork {
  const year = rng.int(maxYear - 6, maxYear);
  const author = referenceAuthor(rng.pick(LAST_NAMES), [...rng.pick(FIRST_NAMES)][0]!);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  return { author, year, source: `ARXIV${String(year % 100).padStart(2, '0')}${month}${String(rng.int(0, 99999)).padStart(5, '0')}` };
}

/** A book's source as WoS cites it: the title in capitals, cut at 20 characters. */
function bookTitle(phrase: string): string {
  return `HDB ${phrase.toUpperCase()}`.slice(0, 20).trimEnd();
}
