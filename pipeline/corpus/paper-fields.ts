// What the database exports say of a paper beyond title, authors and date, merged over the
// records that are one paper (sources sorted by file, then line):
// - venue: the first source that names one; volume, issue and pages: the first source that gives
//   each among those naming that venue (case and punctuation folded) or none, so the pages of a
//   journal version never go with a preprint server's name; language: the first source that has one;
// - document type: the most specific any source gives, on one vocabulary, with what the sources
//   say (corpus/document-types.ts);
// - author and index keywords, affiliations (the paper's and its authors'): the union in source
//   order, spellings that differ only in case or spacing one (the first kept);
// - cited by: the largest count a source gives, with that source: databases count differently
//   (Scopus and OpenAlex index more citing works than Web of Science), so the count says whose it is;
// - references: the list of the source that gives the longest. Lists of different databases are
//   never joined: each writes a cited work its own way ("ARIA M, 2017, J INFORMETR, V11, P959"
//   in WoS, the full title in Scopus), so a union would list most works twice, and telling which
//   entries are one work is the citations stage's matching, not a merge's guess.
import type { Paper, SourceRecord } from '../model';
import { caseFoldKey } from '../compare';
import { paperDocumentType } from './document-types';
import { titleKey } from './titles';

export type PublicationFields = Pick<
  Paper,
  'venue' | 'volume' | 'issue' | 'pageStart' | 'pageEnd' | 'documentType' | 'documentTypeRaw' | 'language' | 'authorKeywords' | 'indexKeywords' | 'affiliations' | 'citedBy' | 'citedBySource' | 'references'
>;

export function publicationFields(records: readonly SourceRecord[]): PublicationFields {
  const venue = records.find((r) => r.venue)?.venue;
  const sameVenue = venue === undefined ? records : records.filter((r) => !r.venue || titleKey(r.venue) === titleKey(venue));
  const first = (from: readonly SourceRecord[], field: 'volume' | 'issue' | 'pageStart' | 'pageEnd' | 'language') => from.find((r) => r[field])?.[field];
  const cited = records.reduce<SourceRecord | undefined>((best, r) => (r.citedBy !== undefined && r.citedBy > (best?.citedBy ?? -1) ? r : best), undefined);
  const referencing = records.reduce<SourceRecord | undefined>((best, r) => ((r.references?.length ?? 0) > (best?.references?.length ?? 0) ? r : best), undefined);
  const fields: PublicationFields = {
    authorKeywords: unionFolded(records.map((r) => r.authorKeywords ?? [])),
    indexKeywords: unionFolded(records.map((r) => r.indexKeywords ?? [])),
    affiliations: unionFolded(records.flatMap((r) => (r.authorDetails ? [r.affiliations ?? [], ...r.authorDetails.map((d) => d.affiliations ?? [])] : [r.affiliations ?? []]))),
    references: referencing?.references ?? [],
    ...paperDocumentType(records),
  };
  // Only the values there are: an absent field stays absent, as in SourceRecord.
  const set = <K extends keyof PublicationFields>(key: K, value: PublicationFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('venue', venue);
  for (const key of ['volume', 'issue', 'pageStart', 'pageEnd'] as const) set(key, first(sameVenue, key));
  set('language', first(records, 'language'));
  if (cited) {
    set('citedBy', cited.citedBy);
    set('citedBySource', cited.source);
  }
  return fields;
}

/** The values of all lists in order, each once: case, Unicode form and spacing folded, the first spelling kept. */
function unionFolded(lists: readonly (readonly string[])[]): string[] {
  if (lists.every((l) => l.length === 0)) return []; // most papers of pages and tables
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const value of list) {
      const key = caseFoldKey(value);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(value.trim());
    }
  }
  return out;
}
