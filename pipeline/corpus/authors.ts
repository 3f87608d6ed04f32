// The Author records: one per person people.ts found, with a display name chosen from every
// spelling of every paper, the papers, the ids, and the affiliations and countries the papers'
// author details give (counted once per paper, most frequent first).
import type { Author, Profile } from '../model';
import { caseFoldKey, compareStrings } from '../compare';
import type { Slot } from './credit';
import { findHomonyms } from './homonyms';
import type { NameForm } from './name-forms';
import { chooseDisplayName } from './names';
import type { People } from './people';
import type { SpellingBook } from './persons';

/** `paperIds` and `slots` per paper, in the order people.ts read them; `authorIds` per person. */
export function buildAuthors(
  paperIds: readonly string[],
  slots: readonly (readonly Slot[])[],
  people: People,
  authorIds: readonly string[],
  profiles: readonly Profile[],
  book: SpellingBook,
): Author[] {
  const facts = people.persons.map(() => ({ spellings: [] as NameForm[], papers: new Set<string>(), affiliations: new Tally(), countries: new Tally() }));
  const personOfKey = new Map<string, number>();
  slots.forEach((paperSlots, paper) =>
    paperSlots.forEach((slot, i) => {
      const person = people.personOf[paper]![i]!;
      const f = facts[person]!;
      f.papers.add(paperIds[paper]!);
      for (const form of slot.spellings) {
        f.spellings.push(form);
        if (!personOfKey.has(form.key)) personOfKey.set(form.key, person);
      }
      f.affiliations.addOnce(slot.details.flatMap((d) => d.detail.affiliations ?? []));
      f.countries.addOnce(slot.details.flatMap((d) => d.detail.countries ?? []));
    }),
  );
  // A profile names its owner, an author of its papers; it makes no author of its own.
  const profileOf = new Map<number, Profile['stats']>();
  for (const profile of profiles) {
    const form = book.form(profile.name, false);
    const person = personOfKey.get(form.key);
    if (person === undefined) continue;
    facts[person]!.spellings.push(form);
    profileOf.set(person, profile.stats);
  }
  const ambiguous = findHomonyms(people, slots);
  return people.persons
    .map((p, person): Author => {
      const f = facts[person]!;
      const name = chooseDisplayName(f.spellings);
      const profile = profileOf.get(person);
      return {
        id: authorIds[person]!,
        name,
        variants: [...new Set(f.spellings.map((s) => s.name))].filter((n) => n !== name).sort(compareStrings),
        paperIds: [...f.papers].sort(compareStrings),
        ...(profile ? { profile } : {}),
        ...(p.orcid ? { orcid: p.orcid } : {}),
        ids: p.ids,
        affiliations: f.affiliations.ranked(),
        countries: f.countries.ranked(),
        ambiguous: ambiguous[person]!,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** Counts of values, those differing only in case and spacing as one (the first spelling shown). */
class Tally {
  private readonly counts = new Map<string, { shown: string; count: number }>();

  /** Counts each distinct value of one paper once. */
  addOnce(values: readonly string[]): void {
    const seen = new Set<string>();
    for (const value of values) {
      const key = caseFoldKey(value);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else this.counts.set(key, { shown: value.trim(), count: 1 });
    }
  }

  /** Most frequent first; ties alphabetical. */
  ranked(): string[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || compareStrings(a.shown, b.shown)).map((e) => e.shown);
  }
}
