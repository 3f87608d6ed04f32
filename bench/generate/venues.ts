// Where papers are published: a few journals per field (named after the field's words) and a few
// general ones, each with its full title (a WoS record's SO), its abbreviation (a cited
// reference's source, ≤ 20 characters as WoS writes it), a volume a year and pages running on
// through each volume. Pages never repeat within a volume, so author, year, volume and page name
// one paper, as the citations stage's matching key needs.
import { FIRST_YEAR, LAST_YEAR } from './dates';
import type { Rng } from './rng';
import type { Topic } from './topics';

export interface Venue {
  name: string;
  abbreviation: string;
  /** The year of volume 1. */
  since: number;
}

const GENERAL: readonly Venue[] = [
  { name: 'PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES OF THE UNITED STATES OF AMERICA', abbreviation: 'P NATL ACAD SCI USA', since: 1915 },
  { name: 'MACHINE LEARNING', abbreviation: 'MACH LEARN', since: 1986 },
  { name: 'SCIENTIFIC REPORTS', abbreviation: 'SCI REP-UK', since: 2011 },
  { name: 'PLOS ONE', abbreviation: 'PLOS ONE', since: 2006 },
  { name: 'PATTERN RECOGNITION', abbreviation: 'PATTERN RECOGN', since: 1968 },
  { name: 'NEURAL COMPUTATION', abbreviation: 'NEURAL COMPUT', since: 1989 },
];
/** Title patterns of a field's journals, one per journal. */
const PATTERNS = ['JOURNAL OF %', 'IEEE TRANSACTIONS ON %', 'INTERNATIONAL JOURNAL OF %', '% LETTERS'];
/** ISO 4-like abbreviations of title words; other words keep six letters at most, small words go. */
const ABBREVIATED: Readonly<Record<string, string>> = {
  JOURNAL: 'J', TRANSACTIONS: 'T', INTERNATIONAL: 'INT', LETTERS: 'LETT', LEARNING: 'LEARN', NETWORKS: 'NETW',
  NETWORK: 'NETW', ANALYSIS: 'ANAL', MODELS: 'MODEL', METHODS: 'METHOD', SYSTEMS: 'SYST',
};
const SMALL = new Set(['OF', 'ON', 'IN', 'AND', 'THE', 'FOR']);
const MAX_ABBREVIATION = 20;
/** Share of a field's papers published in a general venue. */
const GENERAL_SHARE = 0.1;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const MIN_PAGES = 4;
const MAX_PAGES = 24;

export class Venues {
  readonly list: Venue[] = [...GENERAL];
  /** The next free page per venue and corpus year. */
  private readonly nextPage: Int32Array;
  private readonly fieldFirst: number;

  constructor(topics: readonly Topic[], rng: Rng) {
    const fields = new Map<number, Topic>();
    for (const t of topics) if (!fields.has(t.field)) fields.set(t.field, t);
    this.fieldFirst = this.list.length;
    for (let f = 0; f < fields.size; f++) {
      const phrases = fields.get(f)!.shared.phrases;
      PATTERNS.forEach((pattern, i) => {
        const name = pattern.replace('%', phrases[i % phrases.length]!.many.toUpperCase());
        this.list.push({ name, abbreviation: abbreviate(name), since: rng.int(1950, 2000) });
      });
    }
    this.nextPage = new Int32Array(this.list.length * YEARS).fill(1);
  }

  /** A venue for a paper of `field`: mostly one of the field's own journals, else a general one. */
  draw(field: number, rng: Rng): number {
    return rng.chance(GENERAL_SHARE) ? rng.int(0, GENERAL.length - 1) : this.fieldFirst + field * PATTERNS.length + rng.int(0, PATTERNS.length - 1);
  }

  volume(venue: number, year: number): number {
    return Math.max(1, year - this.list[venue]!.since + 1);
  }

  /** The first and last page of a corpus paper in `venue`'s volume of `year`, after the papers given pages before it. */
  allocate(venue: number, year: number, rng: Rng): { first: number; last: number } {
    const slot = venue * YEARS + year - FIRST_YEAR;
    const first = this.nextPage[slot]!;
    const last = first + rng.int(MIN_PAGES, MAX_PAGES) - 1;
    this.nextPage[slot] = last + 1;
    return { first, last };
  }
}

/** "IEEE TRANSACTIONS ON SPARSE ATTENTION HEADS" → "IEEE T SPARSE ATTENT HEADS". */
function abbreviate(name: string): string {
  const words = name.split(' ').filter((w) => !SMALL.has(w));
  return words
    .map((w) => ABBREVIATED[w] ?? w.slice(0, 6))
    .join(' ')
    .slice(0, MAX_ABBREVIATION)
    .trimEnd();
}
