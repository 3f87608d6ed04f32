// Names that are likely several people. A person's papers with 2 to EVIDENCE_MAX_AUTHORS authors
// are grouped: two are in one group when they share a co-author other than the person, when the
// person's records give an id on both (the id says they are one), or when they give the person
// the same affiliation on both; groups are the connected components of that. Two or more groups
// — teams that never met, at places that differ or are not known — mark the person ambiguous, as
// hf-daily's "Rui Wang" is, whose six papers were written by six disjoint teams. A person's
// single-author papers and consortium papers say nothing either way, a real collaborator's papers
// are joined through the people they work with, and a handle is never ambiguous: it is one
// account (nor is the owner of a profile page, which lists one person's papers: authors.ts). Where the papers are a thin sample of someone's work, a prolific person can show as
// several groups: "possibly several people" is what the data can say, no more.
import type { Slot } from './credit';
import { caseFoldKey } from '../compare';
import { EVIDENCE_MAX_AUTHORS, type People } from './people';

/** Per person: possibly several people. Linear in the author slots of papers up to EVIDENCE_MAX_AUTHORS authors. */
export function findHomonyms({ persons, slotStart, person, identified }: People, slots: readonly (readonly Slot[])[]): boolean[] {
  // The papers that say something: 2 to EVIDENCE_MAX_AUTHORS different people. Only persons with
  // two of them (and no handle) can be ambiguous: the others are not looked at again.
  const telling = (p: number) => {
    const [from, to] = [slotStart[p]!, slotStart[p + 1]!];
    if (to - from < 2 || to - from > EVIDENCE_MAX_AUTHORS) return false;
    for (let s = from + 1; s < to; s++) if (person[s] !== person[from]) return true;
    return false;
  };
  const counts = new Int32Array(persons.length);
  const tells: boolean[] = slots.map((_, p) => telling(p));
  tells.forEach((yes, p) => {
    if (yes) for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) if (firstOnPaper(s, p)) counts[person[s]!]!++;
  });
  const papersOf = new Map<number, { paper: number; ties: readonly string[] }[]>();
  tells.forEach((yes, p) => {
    if (!yes) return;
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) {
      const who = person[s]!;
      if (counts[who]! < 2 || persons[who]!.kind === 'handle' || !firstOnPaper(s, p)) continue;
      const details = slots[p]![s - slotStart[p]!]!.details;
      const ties = details ? details.flatMap((d) => d.detail.affiliations ?? []).map((a) => `@${caseFoldKey(a)}`) : [];
      if (identified[s]) ties.push('id');
      let list = papersOf.get(who);
      if (!list) papersOf.set(who, (list = []));
      list.push({ paper: p, ties });
    }
  });
  const ambiguous = persons.map(() => false);
  papersOf.forEach((papers, who) => (ambiguous[who] = groupCount(papers, who, (p) => person.subarray(slotStart[p]!, slotStart[p + 1]!)) >= 2));
  return ambiguous;

  /** Named twice on one paper: one paper of theirs. */
  function firstOnPaper(s: number, p: number): boolean {
    for (let t = slotStart[p]!; t < s; t++) if (person[t] === person[s]) return false;
    return true;
  }
}

function groupCount(papers: readonly { paper: number; ties: readonly string[] }[], who: number, peopleOn: (paper: number) => Int32Array): number {
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
    for (const other of peopleOn(paper)) if (other !== who) link(i, other);
    for (const tie of ties) link(i, tie);
  });
  return new Set(parent.map((_, i) => find(i))).size;
}
