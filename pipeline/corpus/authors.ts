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
  const spellings: NameForm[][] = people.persons.map(() => []);
  const papers: string[][] = people.persons.map(() => []);
  /** Made for the people whose papers give affiliations or countries only. */
  const places = new Map<number, { affiliations: Tally; countries: Tally }>();
  // Profile owners are found by a spelling of theirs: only those keys are looked for.
  const profileKeys = new Map(profiles.map((p) => [book.form(p.name, false).key, p]));
  const profileOf = new Map<number, Profile>();
  slots.forEach((paperSlots, paper) =>
    paperSlots.forEach((slot, i) => {
      const person = people.person[people.slotStart[paper]! + i]!;
      if (papers[person]!.at(-1) !== paperIds[paper]) papers[person]!.push(paperIds[paper]!); // a paper's slots come together
      for (const form of slot.spellings) {
        spellings[person]!.push(form);
        const profile = profileKeys.get(form.key);
        if (profile) {
          profileKeys.delete(form.key); // the first person of that spelling owns it
          profileOf.set(person, profile);
        }
      }
      if (!slot.details) return;
      let place = places.get(person);
      if (!place) places.set(person, (place = { affiliations: new Tally(), countries: new Tally() }));
      place.affiliations.addOnce(slot.details.flatMap((d) => d.detail.affiliations ?? []));
      place.countries.addOnce(slot.details.flatMap((d) => d.detail.countries ?? []));
    }),
  );
  // Last, so that the papers' spellings decide the display name.
  profileOf.forEach((profile, person) => spellings[person]!.push(book.form(profile.name, false)));
  const ambiguous = findHomonyms(people, slots);
  return people.persons
    .map((p, person): Author => {
      const name = chooseDisplayName(spellings[person]!);
      const profile = profileOf.get(person);
      const place = places.get(person);
      return {
        id: authorIds[person]!,
        name,
        variants: [...new Set(spellings[person]!.map((s) => s.name))].filter((n) => n !== name).sort(compareStrings),
        paperIds: papers[person]!.sort(compareStrings),
        ...(profile ? { profile: profile.stats } : {}),
        ...(p.orcid ? { orcid: p.orcid } : {}),
        ids: p.ids,
        affiliations: place?.affiliations.ranked() ?? [],
        countries: place?.countries.ranked() ?? [],
        ambiguous: ambiguous[person]! && !profile, // a profile page lists one person's papers
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
