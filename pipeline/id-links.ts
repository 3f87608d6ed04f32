// Links to a paper's page at the registry of its identifiers (doi.org, arxiv.org, PubMed,
// OpenAlex) and to a person's ORCID record. Built from the normalised identifiers only, each checked against its kind's form
// again here, because the view builds them from a bundle it cannot trust: a value that is not an
// identifier gives no link, and a link never starts with anything but its registry's https://
// address. The one address a source gives that is linked, a paper's own page, must parse as an
// http(s) URL without credentials, and the view shows its host. Shared by papers.csv and the view.
import type { Identifiers } from './model';

export type LinkedKind = 'doi' | 'arxiv' | 'pmid' | 'openalex';

interface Registry {
  label: string;
  form: RegExp;
  base: string;
}

/** In the order a link to the paper is chosen: the DOI (the version of record) first. */
const REGISTRIES: Record<LinkedKind, Registry> = {
  doi: { label: 'DOI', form: /^10\.\d{4,9}(?:\.\d+)*\/\S+$/, base: 'https://doi.org/' },
  arxiv: { label: 'arXiv', form: /^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*\/\d{7})$/, base: 'https://arxiv.org/abs/' },
  pmid: { label: 'PubMed', form: /^[1-9]\d{0,8}$/, base: 'https://pubmed.ncbi.nlm.nih.gov/' },
  openalex: { label: 'OpenAlex', form: /^W\d+$/, base: 'https://openalex.org/' },
};

export const LINKED_KINDS = Object.keys(REGISTRIES) as readonly LinkedKind[];

export interface IdentifierLink {
  kind: LinkedKind;
  label: string;
  /** The identifier as shown. */
  id: string;
  href: string;
}

/** A link for each identifier that has a registry and is well formed, DOI first. */
export function identifierLinks(ids: Identifiers): IdentifierLink[] {
  const links: IdentifierLink[] = [];
  for (const kind of LINKED_KINDS) {
    const id = ids[kind];
    const { label, form, base } = REGISTRIES[kind];
    // Each path segment percent-encoded: a DOI may hold "?", "#", "%" or spaces' look-alikes.
    if (typeof id === 'string' && form.test(id)) links.push({ kind, label, id, href: base + id.split('/').map(encodeURIComponent).join('/') });
  }
  return links;
}

/** A paper's page as a source gives it, normalised, when it is a plain http(s) address (never javascript:, data:, …). */
export function pageLink(url: string): { href: string; host: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password || !parsed.hostname) return undefined;
  return { href: parsed.href, host: parsed.host };
}

/** The ORCID record's address, for a well-formed ORCID iD. */
export function orcidLink(orcid: string): string | undefined {
  return /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid) ? `https://orcid.org/${orcid}` : undefined;
}
