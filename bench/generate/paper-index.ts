// Every planted paper as a reference to it needs it, in typed arrays indexed by its serial (the
// generator holds one topic's Paper objects at a time, but a paper may cite any earlier one):
// its day, first author, venue and first page, and whether the corpus lets the citations stage
// find it: a record listing its DOI (a table row or a WoS record), or a WoS record, whose volume
// and first page match a reference without the DOI. A paper seen only on pages is not findable.
import type { CitedWork } from './cited-reference';
import { referenceAuthor } from './cited-reference';
import { yearOfIndex } from './dates';
import { nameParts } from './names';
import type { Venues } from './venues';

export interface IndexedPaper {
  /** dates.ts's dayIndex. */
  day: number;
  firstAuthor: number;
  venue: number;
  firstPage: number;
  findable: boolean;
}

/** The planted DOI of the paper made `serial`-th (0-based). */
export function paperDoi(serial: number): string {
  return `10.5555/cg.${serial + 1}`;
}

export class PaperIndex {
  /** dayIndex by serial. */
  readonly day: Uint16Array;
  private readonly firstAuthor: Int32Array;
  private readonly venue: Int32Array;
  private readonly firstPage: Int32Array;
  private readonly findable: Uint8Array;

  constructor(
    size: number,
    private readonly venues: Venues,
    private readonly nameOf: (author: number) => string,
  ) {
    this.day = new Uint16Array(size);
    this.firstAuthor = new Int32Array(size);
    this.venue = new Int32Array(size);
    this.firstPage = new Int32Array(size);
    this.findable = new Uint8Array(size);
  }

  add(serial: number, paper: IndexedPaper): void {
    this.day[serial] = paper.day;
    this.firstAuthor[serial] = paper.firstAuthor;
    this.venue[serial] = paper.venue;
    this.firstPage[serial] = paper.firstPage;
    this.findable[serial] = paper.findable ? 1 : 0;
  }

  isFindable(serial: number): boolean {
    return this.findable[serial] === 1;
  }

  /** The paper as a reference list cites it. */
  work(serial: number): CitedWork {
    const { family, initials } = nameParts(this.nameOf(this.firstAuthor[serial]!));
    const year = yearOfIndex(this.day[serial]!);
    const venue = this.venue[serial]!;
    return {
      author: referenceAuthor(family, initials),
      year,
      source: this.venues.list[venue]!.abbreviation,
      volume: this.venues.volume(venue, year),
      page: this.firstPage[serial]!,
      doi: paperDoi(serial),
    };
  }
}
