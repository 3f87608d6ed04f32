// Listing pages show each paper as a title line followed by an abstract line. Pairing works on
// the non-blank lines alone, so a lost or doubled blank line changes nothing.
import { parseListingDate } from './page-lines';

/** One non-blank line: its 0-based index in the file and its trimmed text. */
export interface TextLine {
  index: number;
  text: string;
}

export type PairUnit = { title: TextLine; abstract?: TextLine } | { orphan: TextLine };

/** Longer than any real title; an abstract is rarely this short. */
export const TITLE_MAX = 300;

/** Could this line stand alone as a title? Short, not the end of a sentence, not a date. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= TITLE_MAX && !text.endsWith('.') && !parseListingDate(text);
}

/**
 * The unit that starts at `line`, given the line after it (undefined at the end). A title
 * followed by another title (or a stray date) has no abstract; a line that cannot be a title
 * and has no title before it is an orphan (the caller rejects it).
 */
export function nextUnit(line: TextLine, next: TextLine | undefined): PairUnit {
  if (!looksLikeTitle(line.text)) return { orphan: line };
  if (next && !looksLikeTitle(next.text) && !parseListingDate(next.text)) return { title: line, abstract: next };
  return { title: line };
}

/** How many lines a unit takes. */
export function unitSize(unit: PairUnit): number {
  return 'title' in unit && unit.abstract ? 2 : 1;
}

/** Title + abstract pairs in order, pairing greedily from the first line. */
export function pairTitles(lines: readonly TextLine[]): PairUnit[] {
  const units: PairUnit[] = [];
  for (let i = 0; i < lines.length; ) {
    const unit = nextUnit(lines[i]!, lines[i + 1]);
    units.push(unit);
    i += unitSize(unit);
  }
  return units;
}
