// Names that are likely several people. A person's papers with 2 to EVIDENCE_MAX_AUTHORS authors
// are grouped: two are in one group when they share a co-author other than the person, when the
// person's records give an id on both (the id says they are one), or when they give the person
// the same affiliation on both; groups are the connected components of that. Two or more groups
// — teams that never met, at places that differ or are not known — mark the person ambiguous, as
// hf-daily's "Rui Wang" is, whose six papers were written by six disjoint teams. A person's
// single-author papers and consortium papers say nothing either way, a real collaborator's papers
// are joined through the people they work with, and a handle is never ambiguous: it is one
// account. Where the papers are a thin sample of someone's work, a prolific person can show as
// several groups: "possibly several people" is what the data can say, no more.
import type { Slot } from './credit';
import { caseFoldKey } from '../compare';
import { EVIDENCE_MAX_AUTHORS, type People } from './people';

/** Per person: possibly several people. Linear in the author slots of papers up to EVIDENCE_MAX_AUTHORS authors. */
export function findHomonyms(people: People, slots: readonly (readonly Slot[])[]): boolean[] {
  const { personOf, identified, persons } = people;
  const papersOf: { paper: number; ties: string[] }[][] = persons.map(() => []);
  personOf.forEach((list, paper) => {
    if (new Set(list).size < 2 || list.length > EVIDENCE_MAX_AUTHORS) return;
    const seen = new Set<number>();
    list.forEach((person, slot) => {
      if (seen.has(person)) return;
      seen.add(person);
      const affiliations = slots[paper]![slot]!.details.flatMap((d) => d.detail.affiliations ?? []).map((a) => `@${caseFoldKey(a)}`);
      papersOf[person]!.push({ paper, ties: identified[paper]![slot] ? ['id', ...affiliations] : affiliations });
    });
  });
  return papersOf.map((papers, person) => persons[person]!.kind !== 'handle' && papers.length >= 2 && groupCount(papers, person, personOf) >= 2);
}

function groupCount(papers: readonly { paper: number; ties: string[] }[], person: number, personOf: readonly (readonly number[])[]): number {
  const parent = papers.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Papers are linked through anything two of them share: a co-author (by person index) or a tie.
  const firstWith = new Map<number | string, number>();
  const link = (i: number, through: number | string) => {
    const at = firstWith.get(through);
    if (at === undefined) firstWith.set(through, i);
    else parent[find(i)] = find(at);
  };
  papers.forEach(({ paper, ties }, i) => {
    for (const other of personOf[paper]!) if (other !== person) link(i, other);
    for (const tie of ties) link(i, tie);
  });
  return new Set(parent.map((_, i) => find(i))).size;
}
