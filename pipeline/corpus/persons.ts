// Whether two spellings may name one person: the same family name after folding, and given names
// that agree where both have them, an initial standing for any name it starts ("J. Smith",
// "John Smith", "Smith, John", "Smith JA" for "John A. Smith"). Looser than the name key on
// purpose: it only ever decides between names already tied to one paper, whether two author
// lists share anybody at all, or which full names an initial may stand for before evidence
// decides (name-candidates.ts).
import { readName, type NameForm } from './name-forms';
import { cleanName, nameKey } from './names';

/** One way to read a name: a folded family name and given names (an initial is one letter). */
interface Reading {
  family: string;
  given: string[];
}

/** Every plausible reading of a name ("Smith JA" may be John A. Smith, or Ja Smith). */
export type Person = readonly Reading[];

export function parsePerson(raw: string): Person {
  const name = cleanName(raw);
  const comma = name.indexOf(',');
  if (comma > 0) return reading(name.slice(0, comma), name.slice(comma + 1).split(' '));
  const words = name.split(' ');
  const last = words.at(-1)!;
  const usual = reading(last, words.slice(0, -1));
  // Databases write "Smith JA": trailing capitals are initials, unless they are a family name in capitals.
  if (words.length >= 2 && /^\p{Lu}{1,3}$/u.test(last)) return [...usual, ...reading(words.slice(0, -1).join(' '), [...last])];
  return usual;
}

/** May these two spellings name one person? */
export function plausiblySamePerson(a: Person, b: Person): boolean {
  return a.some((x) => b.some((y) => x.family === y.family && compatibleGiven(x.given, y.given)));
}

/** An author list indexed by family name, to tell quickly whether another list shares anybody. */
export class AuthorList {
  private readonly byFamily = new Map<string, Reading[]>();

  constructor(persons: readonly Person[]) {
    for (const person of persons) {
      for (const r of person) {
        const list = this.byFamily.get(r.family);
        if (list) list.push(r);
        else this.byFamily.set(r.family, [r]);
      }
    }
  }

  get isEmpty(): boolean {
    return this.byFamily.size === 0;
  }

  sharesSomeoneWith(other: AuthorList): boolean {
    const [small, large] = this.byFamily.size <= other.byFamily.size ? [this, other] : [other, this];
    for (const [family, readings] of small.byFamily) {
      const candidates = large.byFamily.get(family);
      if (candidates?.some((c) => readings.some((r) => compatibleGiven(r.given, c.given)))) return true;
    }
    return false;
  }
}

/** The family name's last word is what sources agree on ("van der Berg, Jan" / "Jan van der Berg"). */
function reading(familyPart: string, givenWords: readonly string[]): Reading[] {
  const familyWords = nameKey(familyPart).split(' ').filter(Boolean);
  const family = familyWords.at(-1);
  if (family === undefined) return [];
  const given = givenWords.flatMap((word) => (/^\p{Lu}{2,3}$/u.test(word) ? [...word] : [word])).flatMap((w) => nameKey(w).split(' ')).filter(Boolean);
  return [{ family, given: [...given, ...familyWords.slice(0, -1)] }];
}

/** Given names agree where both have them; an initial matches any name it starts. */
function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !(x.length === 1 && y.startsWith(x)) && !(y.length === 1 && x.startsWith(y))) return false;
  }
  return true;
}

/** Names by their raw text, each cleaned, read and parsed once: a corpus names the same people over and over. */
export class SpellingBook {
  private readonly entries = new Map<string, { person?: Person; forms: [NameForm?, NameForm?] }>();

  /** The name's form, read as a list in the style `familyFirst` writes it (name-forms.ts). */
  form(raw: string, familyFirst: boolean): NameForm {
    const entry = this.entry(raw);
    return (entry.forms[familyFirst ? 1 : 0] ??= readName(raw, familyFirst));
  }

  person(raw: string): Person {
    const entry = this.entry(raw);
    return (entry.person ??= parsePerson(raw));
  }

  private entry(raw: string): { person?: Person; forms: [NameForm?, NameForm?] } {
    let entry = this.entries.get(raw);
    if (!entry) this.entries.set(raw, (entry = { forms: [] }));
    return entry;
  }
}
