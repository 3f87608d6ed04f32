// What names one cited work, whatever the spelling of the reference list that cites it.
//
// - Identifiers first (corpus/identifiers.ts normalises them: case, doi.org prefixes, versions):
//   the strongest a reference gives is its key ("doi:10.1016/j.joi.2017.08.007").
// - Else a bibliographic key, as Web of Science writes a cited reference: the first author's
//   family name and first initial, the year, the source, the volume and the first page, each
//   folded (case, punctuation, diacritics, "V"/"P" marks already taken off by the importers):
//   "Aria M, 2017, J INFORMETR, V11, P959" and "ARIA M., 2017, J. Informetr., 11, 959" are
//   "aria m|2017|jinformetr|11|959". A work without an author (Web of Science's "[Anonymous], 1999,
//   LANCET, V353, P9"; a trial Scopus lists by its title, "The Cardiac Insufficiency Bisoprolol
//   Study II (CIBIS-II): A randomised trial (1999) Lancet, 353, pp. 9-13") is keyed by the other
//   four, all needed: "|1999|lancet|353|9". Otherwise there is no key: the reference is
//   unresolved (warnings.csv says so).
// - For matching references to papers of the corpus, the same key without the source
//   ("aria m|2017|11|959"): sources are abbreviated one way in one database and spelled out in
//   another, while author, year, volume and page agree; it needs both volume and page.
import { identifierLabel, IDENTIFIER_KINDS, readIdentifier } from '../corpus/identifiers';
import type { CitedReference, IdentifierKind, Identifiers } from '../model';

export interface ReferenceKeys {
  /** Every identifier the reference gives, normalised, as "kind:value", strongest first. */
  ids: string[];
  /** author|year|source|volume|page (the author empty for a work without one), or undefined when too little is given. */
  bib?: string;
  /** author|year|volume|page, for matching to papers; only with both volume and page. */
  match?: string;
}

export function referenceKeys(ref: CitedReference): ReferenceKeys {
  const ids = identifierKeys(ref.ids ?? {});
  const author = ref.firstAuthor === undefined ? undefined : authorKey(ref.firstAuthor);
  if (ref.year === undefined) return { ids };
  const source = fold(ref.source);
  const volume = fold(ref.volume);
  const page = fold(ref.page);
  // Without an author, the other four together name the work, or nothing does.
  if (author === undefined && !(source && volume && page)) return { ids };
  return {
    ids,
    bib: [author ?? '', ref.year, source, volume, page].join('|'),
    ...(author !== undefined && volume && page ? { match: matchKey(author, ref.year, volume, page) } : {}),
  };
}

/** The matching key of a paper of the corpus, from its first author, year, volume and first page. */
export function paperMatchKey(firstAuthor: string | undefined, year: number | undefined, volume: string | undefined, page: string | undefined): string | undefined {
  const author = firstAuthor === undefined ? undefined : authorKey(firstAuthor);
  const v = fold(volume);
  const p = fold(page);
  return author === undefined || year === undefined || !v || !p ? undefined : matchKey(author, year, v, p);
}

/** "kind:value" for every identifier given, normalised, strongest kind first; invalid ones dropped. */
export function identifierKeys(ids: Identifiers): string[] {
  const keys: string[] = [];
  for (const kind of IDENTIFIER_KINDS) {
    const raw = ids[kind];
    if (raw === undefined) continue;
    const read = readIdentifier(kind, raw);
    if (read) keys.push(`${read.kind}:${read.value}`);
  }
  return [...new Set(keys)];
}

/** "doi:10.1/x" → "DOI 10.1/x", for labels and messages. */
export function describeKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) as IdentifierKind;
  return IDENTIFIER_KINDS.includes(kind) ? `${identifierLabel(kind)} ${key.slice(colon + 1)}` : key;
}

function matchKey(author: string, year: number, volume: string, page: string): string {
  return [author, year, volume, page].join('|');
}

/** Family name and first initial, folded: "Aria M", "ARIA M.", "Aria, Massimo", "Massimo Aria" and "M. Aria" are all "aria m". */
function authorKey(name: string): string | undefined {
  const { family, given } = splitName(name);
  const f = fold(family);
  if (!f) return undefined;
  const initial = fold(given)[0];
  return initial ? `${f} ${initial}` : f;
}

/**
 * A name's family and given parts, as a reference list or a byline writes them: "Aria, M.",
 * "Aria M", "ALLEN PJ" and "Arnaud J. A." put the initials after the family name, "Massimo Aria"
 * and "M. Aria" before it.
 */
export function splitName(name: string): { family: string; given: string } {
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  let cut = words.length;
  while (cut > 1 && INITIALS.test(words[cut - 1]!)) cut--;
  if (cut < words.length) return { family: words.slice(0, cut).join(' '), given: words.slice(cut).join(' ') };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** "M", "M.", "PJ", "J.-P.": initials, as reference lists write them after the family name. */
const INITIALS = /^(?:\p{Lu}\.?-?){1,3}$/u;

/** Letters and digits only, lower case, diacritics off: "J. Informetr." → "jinformetr". */
function fold(part: string | undefined): string {
  return (part ?? '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
