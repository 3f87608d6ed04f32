// A cited reference as a Web of Science record writes it (CR): "Silva AL, 2019, IEEE T SPARSE
// ATTENT, V9, P345, DOI 10.5555/cg.42". Each citation spells its work a little differently now
// and then, as reference lists do: no DOI, the author in capitals or with dotted initials, the
// source in another case, the DOI in capitals, the page or the volume left out. The citations
// stage must fold the first four onto one work; the last two make another bibliographic key,
// which only a DOI can join back.

export interface CitedWork {
  /** "Silva AL": family name and initials, without diacritics as WoS writes them. */
  author: string;
  year: number;
  /** The source's abbreviation, or a book's or preprint's title cut short. */
  source: string;
  volume?: number;
  page?: number;
  doi?: string;
}

/** Chances per citation of each way of spelling its work differently. */
const VARIANTS = {
  noDoi: 0.2,
  capitals: 0.12,
  dotted: 0.05,
  sourceCase: 0.05,
  doiCapitals: 0.1,
  noPage: 0.03,
  noVolume: 0.02,
};

/** "Silva AL" from a family name and initials; marks dropped ("Dąbrowski" → "Dabrowski"). */
export function referenceAuthor(family: string, initials: string): string {
  return `${family} ${initials}`.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The work as most citations write it. */
export function canonicalReference(work: CitedWork): string {
  return spell(work, work.author, work.source, work.doi, true, true);
}

/** The work as one citation writes it: the canonical form, or now and then a variant. */
export function citeWork(work: CitedWork, chance: (p: number) => boolean): string {
  let author = work.author;
  if (chance(VARIANTS.capitals)) author = author.toUpperCase();
  else if (chance(VARIANTS.dotted)) author = author.replace(/ (\p{Lu}+)$/u, (_, initials: string) => ` ${[...initials].map((i) => `${i}.`).join(' ')}`);
  const source = chance(VARIANTS.sourceCase) ? work.source.replace(/\B\p{Lu}+/gu, (s) => s.toLowerCase()) : work.source;
  let doi = chance(VARIANTS.noDoi) ? undefined : work.doi;
  if (doi !== undefined && chance(VARIANTS.doiCapitals)) doi = doi.toUpperCase();
  return spell(work, author, source, doi, !chance(VARIANTS.noVolume), !chance(VARIANTS.noPage));
}

function spell(work: CitedWork, author: string, source: string, doi: string | undefined, withVolume: boolean, withPage: boolean): string {
  const parts = [author, String(work.year), source];
  if (withVolume && work.volume !== undefined) parts.push(`V${work.volume}`);
  if (withPage && work.page !== undefined) parts.push(`P${work.page}`);
  if (doi !== undefined) parts.push(`DOI ${doi}`);
  return parts.join(', ');
}
