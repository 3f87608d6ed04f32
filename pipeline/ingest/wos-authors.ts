// The authors of a Web of Science record and what it ties to each: full names from AF (AU's short
// forms as their variants; AU alone in records that have no AF), addresses from C1, ORCID iDs from
// OI and ResearcherIDs from RI. A C1 line "[Name1; Name2] Univ X, Dept, City, Country." is the
// address of the authors it names; a line without names is the paper's (records before 2008 tie
// none). OI and RI list "Name/id" items, the name matched to an author (author-match.ts); one that
// matches none, or is no id of its kind, is doubtful and not used.
import { addressText, type AuthorFacts, newAuthor, unique } from './author-details';
import { AuthorMatcher, tieNamedId } from './author-match';
import { readOrcid, readResearcherId } from './person-ids';
import type { TaggedFields } from './tagged-fields';

export interface WosAuthors {
  authors: AuthorFacts[];
  /** The C1 addresses that name no author. */
  affiliations: string[];
}

const NAMED_ADDRESS = /^\[([^\]]*)\]\s*(.*)$/;

export function readWosAuthors(fields: TaggedFields): WosAuthors {
  const full = fields.lines('AF');
  const short = fields.lines('AU');
  const authors = (full.length > 0 ? full : short).map(newAuthor);
  if (full.length > 0 && short.length > 0) {
    if (short.length === full.length) short.forEach((s, i) => authors[i]!.variants.push(s));
    else fields.doubt(fields.first('AU')!, short.join('; '), `AU lists ${short.length} names and AF ${full.length}: the short forms are not paired with the full names`);
  }
  const matcher = new AuthorMatcher(authors);
  const affiliations: string[] = [];
  for (const field of fields.all('C1')) {
    for (const line of field.values.filter((v) => v !== '')) {
      const named = NAMED_ADDRESS.exec(line);
      if (!named) {
        affiliations.push(addressText(line));
        continue;
      }
      const address = addressText(named[2]!);
      for (const name of named[1]!.split(';').map((n) => n.trim()).filter((n) => n !== '')) {
        const matched = matcher.match(name);
        if (matched.length === 0) fields.doubt(field, name, 'names no author of the record: this address is not tied to it');
        for (const i of matched) authors[i]!.affiliations.push(address);
      }
    }
  }
  tieIds(fields, 'OI', matcher, readOrcid, 'an ORCID iD', (i, id) => (authors[i]!.orcid ??= id));
  tieIds(fields, 'RI', matcher, readResearcherId, 'a ResearcherID', (i, id) => (authors[i]!.ids.wos ??= id));
  return { authors, affiliations: unique(affiliations) };
}

/** "kaiser, robin/0000-0001-5194-3680; …": each id given to the one author its name matches. */
function tieIds(
  fields: TaggedFields,
  tag: string,
  matcher: AuthorMatcher,
  read: (text: string) => string | undefined,
  kind: string,
  tie: (author: number, id: string) => void,
): void {
  for (const field of fields.all(tag)) {
    for (const item of fields.value(field).split(';').map((s) => s.trim()).filter((s) => s !== '')) {
      const tied = tieNamedId(item, matcher, read, kind);
      if ('doubt' in tied) fields.doubt(field, item, tied.doubt);
      else tie(tied.author, tied.id);
    }
  }
}
