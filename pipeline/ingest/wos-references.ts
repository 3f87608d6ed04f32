// A Web of Science cited reference (a CR line of the plain text, a "; "-part of the tab-delimited
// CR cell) to what it gives: "Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007"
// is first author, year, source, volume (V), page or article number (P, ARTN) and DOI, separated
// by ", ". Any part may be missing: "[Anonymous]" stands for no author, books have no volume, old
// references no DOI, and a DOI may come as a list ("DOI [10.1/a, 10.1/b]", the first is taken) or
// twice ("DOI DOI 10.1/a"). Parts are told by their marks, not their places, so a missing one
// shifts nothing; the source is what stands between the year and the first marked part, commas
// and all ("Comptes Rendus …, Serie B").
import type { CitedReference } from '../model';
import { splitOutsideBrackets } from './cells';
import { isPlausibleYear } from './dates';

const YEAR = /^\d{4}$/;
const VOLUME = /^V([A-Z]{0,2} ?\d[\w.\-/]*)$/;
/** "P959"; a page with letters is marked with a small p ("pS185", "pE478", "pII6", "p887e9"). */
const PAGE = /^(?:[Pp]([A-Z]{0,2}\d[\w.\-/]*)|ARTN ?(\S+))$/;
const DOI_PART = /^DOI\b/i;
/** DOIs hold brackets and parentheses but not ", " or "]" in practice: where a list of them ends. */
const DOI = /10\.\d{4,9}\/[^\s,\]]+/;
/** "DOI 10.1/x." ends a sentence, not the DOI. */
const TRAILING_STOPS = /[.;]+$/;
const ANONYMOUS = /^\[?anonymous\]?$/i;

export function readWosReference(raw: string): CitedReference {
  // A DOI list is one part.
  const parts = splitOutsideBrackets(raw, ', ');
  let i = 0;
  let firstAuthor: string | undefined;
  if (parts[0] !== undefined && !YEAR.test(parts[0])) {
    if (!ANONYMOUS.test(parts[0])) firstAuthor = parts[0];
    i = 1;
  }
  let year: number | undefined;
  if (parts[i] !== undefined && YEAR.test(parts[i]!)) {
    year = Number(parts[i++]);
    if (!isPlausibleYear(year)) year = undefined;
  }
  const source: string[] = [];
  let [volume, page, doi]: (string | undefined)[] = [];
  for (const part of parts.slice(i)) {
    const pageMark = PAGE.exec(part);
    if (VOLUME.test(part)) volume ??= VOLUME.exec(part)![1];
    else if (pageMark) page ??= pageMark[1] ?? pageMark[2];
    else if (DOI_PART.test(part)) doi ??= DOI.exec(part)?.[0].replace(TRAILING_STOPS, '');
    // The source ends at the first marked part; unmarked parts after it say nothing known.
    else if (volume === undefined && page === undefined && doi === undefined) source.push(part);
  }
  return {
    raw,
    ...(firstAuthor === undefined ? {} : { firstAuthor }),
    ...(year === undefined ? {} : { year }),
    ...(source.length === 0 ? {} : { source: source.join(', ') }),
    ...(volume === undefined ? {} : { volume }),
    ...(page === undefined ? {} : { page }),
    ...(doi === undefined ? {} : { ids: { doi } }),
  };
}
