// The authors of a Web of Science record and what it ties to each, read alike from the plain-text
// export (a field's lines) and the tab-delimited one (a record's cells): full names from AF (AU's
// short forms as their variants; AU alone in records that have no AF), addresses from C1, ORCID
// iDs from OI and ResearcherIDs from RI. A C1 address "[Name1; Name2] Univ X, Dept, City,
// Country." is the address of the authors it names; one without names is the paper's (records
// before 2008 tie none). OI and RI list "Name/id" items, the name matched to an author
// (author-match.ts); one that matches none, or is no id of its kind, is doubtful and not used.
import { addressText, type AuthorFacts, newAuthor, unique } from './author-details';
import { AuthorMatcher, tieNamedId } from './author-match';
import { readOrcid, readResearcherId } from './person-ids';

/** One field's values, and how to say that something in it is doubtful (pointing at that field). */
export interface WosField {
  values: readonly string[];
  doubt(value: string, reason: string): void;
}

/** A record's fields of each tag: AF and AU a name a value, C1 an address a value, OI and RI "Name/id; Name/id" lists. */
export type WosPersonFields = Readonly<Record<'AF' | 'AU' | 'C1' | 'OI' | 'RI', readonly WosField[]>>;

export interface WosPeople {
  authors: AuthorFacts[];
  /** The C1 addresses that name no author. */
  affiliations: string[];
}

const NAMED_ADDRESS = /^\[([^\]]*)\]\s*(.*)$/;

export function readWosPeople(fields: WosPersonFields): WosPeople {
  const full = fields.AF.flatMap((f) => f.values);
  const short = fields.AU.flatMap((f) => f.values);
  const authors = (full.length > 0 ? full : short).map(newAuthor);
  if (full.length > 0 && short.length > 0) {
    if (short.length === full.length) short.forEach((s, i) => authors[i]!.variants.push(s));
    else fields.AU[0]!.doubt(short.join('; '), `AU lists ${short.length} names and AF ${full.length}: the short forms are not paired with the full names`);
  }
  const matcher = new AuthorMatcher(authors);
  const affiliations: string[] = [];
  for (const field of fields.C1) {
    for (const line of field.values) {
      const named = NAMED_ADDRESS.exec(line);
      const address = addressText(named ? named[2]! : line);
      // "[Name]" with nothing after it gives no address to tie.
      if (address === '') continue;
      if (!named) {
        affiliations.push(address);
        continue;
      }
      for (const name of named[1]!.split(';').map((n) => n.trim()).filter((n) => n !== '')) {
        const matched = matcher.match(name);
        if (matched.length === 0) field.doubt(name, 'names no author of the record: this address is not tied to it');
        for (const i of matched) authors[i]!.affiliations.push(address);
      }
    }
  }
  tieIds(fields.OI, matcher, readOrcid, 'an ORCID iD', (i, id) => (authors[i]!.orcid ??= id));
  tieIds(fields.RI, matcher, readResearcherId, 'a ResearcherID', (i, id) => (authors[i]!.ids.wos ??= id));
  return { authors, affiliations: unique(affiliations) };
}

/** "kaiser, robin/0000-0001-5194-3680; …": each id given to the one author its name matches. */
function tieIds(fields: readonly WosField[], matcher: AuthorMatcher, read: (text: string) => string | undefined, kind: string, tie: (author: number, id: string) => void): void {
  for (const field of fields) {
    for (const item of field.values.flatMap((v) => v.split(';')).map((s) => s.trim()).filter((s) => s !== '')) {
      const tied = tieNamedId(item, matcher, read, kind);
      if ('doubt' in tied) field.doubt(item, tied.doubt);
      else tie(tied.author, tied.id);
    }
  }
}
