// The full names an initial-only form ("I. Brevik", "Brevik I") or an account handle
// ("ChengsongHuang") may stand for: proposals that people.ts then confirms by evidence or not.
// Two indexes, holding only the keys the waiting names ask for, so a corpus of a million names
// indexes the few thousand that matter: family name and first initial ("brevik i"), checked
// name by name as persons.ts does; and the letters a handle is written with ("chengsonghuang"),
// which a full name matches given names and family name run together, either way round, or as
// first initial and family name.
import { handleLetters, handleReadings, type NameForm } from './name-forms';
import { nameKey } from './names';
import { plausiblySamePerson, type SpellingBook } from './persons';

export class NameCandidates {
  private readonly byFamilyInitial = new Map<string, Map<number, string>>();
  private readonly byLetters = new Map<string, Set<number>>();

  constructor(waiting: readonly NameForm[], private readonly book: SpellingBook) {
    for (const form of waiting) {
      if (form.kind === 'handle') this.byLetters.set(handleLetters(form), new Set());
      else this.byFamilyInitial.set(familyInitial(form), new Map());
    }
  }

  /** Forms seen, each read once: a name recurs on many papers (the SpellingBook gives one form per spelling). */
  private readonly seen = new Map<NameForm, { familyInitial: string; readings: string[] }>();

  /** A full name of a unit (a person in the making). */
  add(unit: number, form: NameForm): void {
    if (this.byFamilyInitial.size === 0 && this.byLetters.size === 0) return;
    let keys = this.seen.get(form);
    if (!keys) this.seen.set(form, (keys = { familyInitial: familyInitial(form), readings: this.byLetters.size > 0 ? handleReadings(form) : [] }));
    this.byFamilyInitial.get(keys.familyInitial)?.set(unit, form.name);
    for (const letters of keys.readings) this.byLetters.get(letters)?.add(unit);
  }

  /** The units whose full names `form`, a waiting name, may be. */
  of(form: NameForm): number[] {
    if (form.kind === 'handle') return [...(this.byLetters.get(handleLetters(form)) ?? [])];
    const person = this.book.person(form.name);
    const found: number[] = [];
    for (const [unit, name] of this.byFamilyInitial.get(familyInitial(form)) ?? []) if (plausiblySamePerson(person, this.book.person(name))) found.push(unit);
    return found;
  }
}

/** "brevik i": the family name's last word (sources agree on it) and the first initial, folded. */
function familyInitial(form: NameForm): string {
  return `${nameKey(form.family).split(' ').at(-1)} ${nameKey(form.given).charAt(0)}`;
}
