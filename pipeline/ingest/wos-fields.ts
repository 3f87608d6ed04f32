// Two Web of Science cells that need parsing, in the plain-text and tab-delimited exports alike:
// a cited reference (CR: "Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007")
// and the author addresses (C1: "[Aria, Massimo; Cuccurullo, Corrado] Univ Naples Federico II,
// Dept Econ & Stat, Naples, Italy").
import type { AuthorDetail, CitedReference } from '../model';
import { countryOfAddress } from './country-names';

const YEAR = /^\d{4}$/;
const DOI_IN = /\b(10\.\d{4,9}\/[^\s,\]]+)/;
/** V volume, P page (or article number: "PE1234"), DOI: tagged parts after the source. */
const TAGGED = /^(?:V(\S*\d\S*)|P(\S*\d\S*)|DOI\b.*)$/;

/**
 * One cited reference: first author, year, source, then tagged parts (V volume, P page, DOI).
 * Parts may be missing ("Danet S., UNHEALTHY EFFECTS AT" has no year, "2008, SCIENCE" no
 * author), a source may hold commas, and a DOI may be doubled ("DOI DOI 10.…") or bracketed
 * ("DOI [10.1/a, 10.2/b]", the first is taken).
 */
export function parseWosReference(raw: string): CitedReference {
  const text = raw.trim();
  const reference: CitedReference = { raw: text };
  const parts = text.split(/,\s*/);
  const yearAt = parts.findIndex((p) => YEAR.test(p));
  // Without a year, the first part is the author only when a source follows it.
  const authorEnd = yearAt >= 0 ? yearAt : parts.length > 1 ? 1 : 0;
  const author = parts.slice(0, authorEnd).join(', ').trim();
  if (author !== '') reference.firstAuthor = author;
  if (yearAt >= 0) reference.year = Number(parts[yearAt]);
  const source: string[] = [];
  const rest = parts.slice(yearAt >= 0 ? yearAt + 1 : authorEnd);
  // The source runs up to the first tagged part (a source may hold commas: "RO-MAN 2004: …, PROCEEDINGS").
  const firstTag = rest.findIndex((p) => TAGGED.test(p));
  for (const part of firstTag >= 0 ? rest.slice(0, firstTag) : rest) source.push(part);
  if (source.length > 0) reference.source = source.join(', ');
  for (const part of firstTag >= 0 ? rest.slice(firstTag) : []) {
    const tag = TAGGED.exec(part);
    if (tag?.[1] !== undefined) reference.volume ??= tag[1];
    else if (tag?.[2] !== undefined) reference.page ??= tag[2];
  }
  const doiAt = text.search(/\bDOI\b/);
  const doi = doiAt >= 0 ? DOI_IN.exec(text.slice(doiAt))?.[1] : undefined;
  if (doi !== undefined) reference.ids = { doi: doi.replace(/[.;]+$/, '') };
  return reference;
}

/** One address line of C1: the authors it names (as in AF, "Aria, Massimo"), the address and its country. */
export interface WosAddress {
  /** Empty when the line names no authors (older records): the address is then the paper's. */
  authors: string[];
  address: string;
  country?: string;
}

/** Each C1 line (plain text: one per line; tab-delimited: one per splitWosAddressCell part) read. */
export function parseWosAddresses(c1Lines: readonly string[]): WosAddress[] {
  const addresses: WosAddress[] = [];
  for (const line of c1Lines) {
    const text = line.trim();
    if (text === '') continue;
    const bracket = /^\[([^\]]*)\]\s*(.*)$/.exec(text);
    const authors = bracket ? bracket[1]!.split(';').map((a) => a.trim()).filter((a) => a !== '') : [];
    const address = (bracket ? bracket[2]! : text).replace(/\.$/, '').trim();
    if (address === '') continue;
    const country = countryOfAddress(address);
    addresses.push(country === undefined ? { authors, address } : { authors, address, country });
  }
  return addresses;
}

/** A tab-delimited C1 cell's address lines: cut at "; " outside the "[names; …]" brackets. */
export function splitWosAddressCell(cell: string): string[] {
  const lines: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      lines.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  lines.push(cell.slice(start));
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

/** What Web of Science says of each author, from AU/AF names, C1 addresses and the RI/OI "Name/id" lists. */
export interface WosPeople {
  /** AF names when AF names every author of AU, else the AU names. */
  names: string[];
  details: AuthorDetail[];
  /** Addresses tied to no author: the paper's. */
  affiliations: string[];
}

export function wosPeople(au: readonly string[], af: readonly string[], addresses: readonly WosAddress[], researcherIds: readonly string[], orcids: readonly string[]): WosPeople {
  const full = af.length === au.length || au.length === 0 ? af : [];
  const names = full.length > 0 ? [...full] : [...au];
  const keys = names.map((name, i) => [name, au[i]].filter((n): n is string => n !== undefined).map(personKey));
  const at = (name: string) => keys.findIndex((forms) => forms.includes(personKey(name)));
  const details: AuthorDetail[] = names.map((name, i) => (full.length > 0 && au[i] !== undefined && au[i] !== name ? { variants: [au[i]!] } : {}));
  const affiliations: string[] = [];
  for (const { authors, address, country } of addresses) {
    if (authors.length === 0) affiliations.push(address);
    for (const author of authors) {
      const detail = details[at(author)];
      if (!detail) continue;
      addOnce((detail.affiliations ??= []), address);
      if (country !== undefined) addOnce((detail.countries ??= []), country);
    }
  }
  for (const [name, id] of namedIds(researcherIds)) {
    const detail = details[at(name)];
    if (detail) detail.ids = { wos: id };
  }
  for (const [name, id] of namedIds(orcids)) {
    const detail = details[at(name)];
    if (detail) detail.orcid = id;
  }
  return { names, details, affiliations };
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** "Sherkat, Nasser/0000-0003-1488-5682": the name and the id. */
function namedIds(items: readonly string[]): [string, string][] {
  return items.flatMap((item) => {
    const cut = item.lastIndexOf('/');
    return cut > 0 && cut < item.length - 1 ? [[item.slice(0, cut).trim(), item.slice(cut + 1).trim()] as [string, string]] : [];
  });
}

/** Names as RI, OI and C1 write them match AF and AU in any case and spacing ("kanjo, eiman"). */
function personKey(name: string): string {
  return name.toLowerCase().replace(/[\s.]+/g, ' ').trim();
}
