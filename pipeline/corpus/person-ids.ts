// Identifiers of people, normalised so that every spelling of one names it once: an ORCID iD with
// or without https://orcid.org/ and hyphens, checked by its check digit (ISO 7064 11-2); a Scopus
// author id (digits); an OpenAlex author id (A…, also from its link); a Web of Science
// ResearcherID (B-9803-2009); a Lens person id as given. A value that is no id of its kind is
// not used (the corpus warns about it): an id joins people whatever their names say, so a wrong
// one would join two people.
import { readOrcid, readResearcherId } from '../ingest/person-ids';
import type { AuthorDetail, AuthorIdKind, SourceRef, Warning } from '../model';

export const AUTHOR_ID_KINDS: readonly AuthorIdKind[] = ['scopus', 'openalex', 'wos', 'lens'];

const LABELS: Record<AuthorIdKind | 'orcid', string> = {
  orcid: 'ORCID iD',
  scopus: 'Scopus author id',
  openalex: 'OpenAlex author id',
  wos: 'Web of Science ResearcherID',
  lens: 'Lens person id',
};

const READERS: Record<AuthorIdKind, (v: string) => string | undefined> = {
  scopus: (v) => /^(?:au-?id:?\s*)?(\d{5,14})$/i.exec(v)?.[1],
  openalex: (v) => /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?)?(a\d+)$/i.exec(v)?.[1]?.toUpperCase(),
  wos: readResearcherId,
  lens: (v) => (/^[\w.-]+$/.test(v) ? v : undefined),
};


/** A person's ids read from one author detail. */
export interface PersonIds {
  orcid?: string;
  ids: Partial<Record<AuthorIdKind, string>>;
}

/** The detail's ORCID iD and database ids, normalised; values that are none are warnings. */
export function readPersonIds(detail: AuthorDetail, source: SourceRef, warnings: Warning[]): PersonIds {
  const out: PersonIds = { ids: {} };
  const bad = (field: AuthorIdKind | 'orcid', value: string) =>
    warnings.push({ source, field, value: value.slice(0, 200), reason: `not a valid ${LABELS[field]}: not used to tell who is who` });
  if (detail.orcid !== undefined) {
    const orcid = readOrcid(detail.orcid);
    if (orcid) out.orcid = orcid;
    else bad('orcid', detail.orcid);
  }
  for (const kind of AUTHOR_ID_KINDS) {
    const raw = detail.ids?.[kind];
    if (raw === undefined) continue;
    const value = READERS[kind](raw.trim());
    if (value) out.ids[kind] = value;
    else bad(kind, raw);
  }
  return out;
}

/**
 * The keys a person is known by, strongest first: "ORCID:…", then "SCOPUS:…", … Upper case, so
 * they never equal a name key (which is folded to lower case).
 */
export function personIdKeys(ids: PersonIds): string[] {
  const keys = ids.orcid ? [`ORCID:${ids.orcid}`] : [];
  for (const kind of AUTHOR_ID_KINDS) if (ids.ids[kind]) keys.push(`${kind.toUpperCase()}:${ids.ids[kind]}`);
  return keys;
}
