// What a BibTeX entry says of its authors beyond their names. Web of Science's BibTeX writes
// Affiliation lines that start with the names of the authors they belong to, as its author list
// writes them ("Liao, Pin-Chao; Zhang, Kenan, Tsinghua Univ, …"; older exports bracket them:
// "[Liao, P; Zhang, K] Tsinghua Univ, …"), and ORCID-Numbers and ResearcherID-Numbers as
// "Name/id" items, tied as the WoS importer ties OI and RI. A line that starts with no author's
// name is the paper's address, as is each part of Scopus's "A; B; C".
import type { SourceRecord } from '../model';
import { addressText, authorFields, newAuthor, unique } from './author-details';
import { AuthorMatcher, tieNamedId } from './author-match';
import { readOrcid, readResearcherId } from './person-ids';

export interface EntryPeople {
  /** Affiliation lines. */
  addresses: readonly string[];
  /** "Name/id" items. */
  orcids: readonly string[];
  researcherIds: readonly string[];
}

type Warn = (field: string, value: string, reason: string) => void;

const BRACKETED = /^\[([^\]]*)\]\s*(.*)$/;

export function entryAuthors(names: readonly string[], people: EntryPeople, warn: Warn): Pick<SourceRecord, 'authors' | 'authorDetails' | 'affiliations'> {
  const authors = names.map(newAuthor);
  const matcher = new AuthorMatcher(authors);
  const paper: string[] = [];
  for (const line of people.addresses) {
    const named = namedAddress(line, names, matcher, warn);
    if (named) for (const i of named.authors) authors[i]!.affiliations.push(addressText(named.address));
    else paper.push(...line.split(';').map(addressText).filter((a) => a !== ''));
  }
  const ids = [
    { field: 'orcid-numbers', items: people.orcids, read: readOrcid, kind: 'an ORCID iD', tie: (i: number, id: string) => (authors[i]!.orcid ??= id) },
    { field: 'researcherid-numbers', items: people.researcherIds, read: readResearcherId, kind: 'a ResearcherID', tie: (i: number, id: string) => (authors[i]!.ids.wos ??= id) },
  ];
  for (const { field, items, read, kind, tie } of ids) {
    for (const item of items.flatMap((l) => l.split(';')).map((s) => s.trim()).filter((s) => s !== '')) {
      const tied = tieNamedId(item, matcher, read, kind);
      if ('doubt' in tied) warn(field, item, tied.doubt);
      else tie(tied.author, tied.id);
    }
  }
  const affiliations = unique(paper);
  return { ...authorFields(authors), ...(affiliations.length > 0 ? { affiliations } : {}) };
}

/** The authors an address line names and the address after their names; undefined when it names none. */
function namedAddress(line: string, names: readonly string[], matcher: AuthorMatcher, warn: Warn): { authors: number[]; address: string } | undefined {
  const bracketed = BRACKETED.exec(line);
  if (bracketed) {
    const authors: number[] = [];
    for (const name of bracketed[1]!.split(';').map((n) => n.trim()).filter((n) => n !== '')) {
      const matched = matcher.match(name);
      if (matched.length === 0) warn('affiliation', name, 'names no author of the entry: this address is not tied to it');
      authors.push(...matched);
    }
    return authors.length > 0 && bracketed[2] !== '' ? { authors: [...new Set(authors)], address: bracketed[2]! } : undefined;
  }
  const authors: number[] = [];
  let rest = line;
  for (let i = leadingName(rest, names); i !== undefined; i = leadingName(rest, names)) {
    authors.push(i);
    rest = rest.slice(names[i]!.length).replace(/^\s*[;,]\s*/, '');
  }
  return authors.length > 0 && rest.trim() !== '' ? { authors, address: rest } : undefined;
}

/** The author whose name, as the author list writes it, starts the text before a "," or ";"; the longest wins. */
function leadingName(text: string, names: readonly string[]): number | undefined {
  const lower = text.toLowerCase();
  let best: number | undefined;
  names.forEach((name, i) => {
    const key = name.toLowerCase();
    if (key !== '' && lower.startsWith(key) && /^\s*[;,]/.test(text.slice(key.length)) && (best === undefined || key.length > names[best]!.length)) best = i;
  });
  return best;
}
