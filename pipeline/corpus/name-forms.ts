// The forms a name is written in, read into given names and family name, so that every form of a
// person shows as "First Last" and keys alike: "Brevik, Iver" (WoS AF, MEDLINE FAU, RIS, BibTeX),
// "Iver Brevik" (pages, tables), "Brevik, I" (WoS AU), "Brevik I" / "Smith JA" (MEDLINE AU),
// "I. Brevik". Family names keep their particles, hyphens and words ("van der Berg, Jan" → "Jan van
// der Berg"); diacritics stay in what is shown (the key folds them, as names.ts does). A name
// without a space ("ChengsongHuang", "amanchadha", "Franck-Dernoncourt") is an account handle:
// what person it is, evidence must say (people.ts), so its key is its own.
import { cleanName, nameKey } from './names';

/** full: a given name is written out; initials: only initials; handle: one word, an account name. */
export type NameKind = 'full' | 'initials' | 'handle';

export interface NameForm {
  /** The spelling, cleaned (names.ts). */
  name: string;
  kind: NameKind;
  /** Given names first: "Iver Brevik", "I. H. Brevik", "Jan van der Berg"; a handle as written. */
  display: string;
  /** The given names and the family name as read (empty given names for a handle). */
  given: string;
  family: string;
  /**
   * The merge key: equal keys are one person. For a full name given names then family name,
   * folded as nameKey; for initials the initials' letters then the family name; for a handle the
   * handle folded in case and marks only, so it never equals a full name's key (which has a space).
   */
  key: string;
  /** Written in capitals only (an older database field): shown only when no other spelling is. */
  shouting: boolean;
}

/** Lower-case words of family names, kept lower when a name in capitals is shown in mixed case. */
const PARTICLES: ReadonlySet<string> = new Set(
  'van von der den de del della di da das dos du la le les ter ten zu bin ibn al el af av'.split(' '),
);
const SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const VOWELS = /[AEIOUY]/;

/**
 * `familyFirst`: the list this name comes from writes "Family Initials" without a comma (MEDLINE
 * AU), so a last word of one to three capitals is initials; see `writesInitialsAfter`.
 */
export function readName(raw: string, familyFirst = false): NameForm {
  const name = cleanName(raw);
  const shouting = /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);
  const comma = name.indexOf(',');
  if (comma > 0 && comma < name.length - 1) {
    const [given = '', suffix = ''] = name.slice(comma + 1).split(',').map((p) => p.trim());
    const family = name.slice(0, comma).trim();
    if (given) return build(name, words(given), family, SUFFIXES.test(suffix) ? suffix : '', true, shouting);
  }
  const parts = words(name.replace(/,/g, ' '));
  if (parts.length < 2) return { name, kind: 'handle', display: name, given: '', family: name, key: handleKey(name), shouting };
  const last = parts.at(-1)!;
  if (familyFirst && /^\p{Lu}{1,3}$/u.test(last)) return build(name, [...last], parts.slice(0, -1).join(' '), '', true, shouting);
  const suffix = parts.length > 2 && SUFFIXES.test(last) ? last : '';
  const rest = suffix ? parts.slice(0, -1) : parts;
  // "Jan van der Berg": particles written in lower case open the family name.
  let start = rest.length - 1;
  while (start > 1 && PARTICLES.has(rest[start - 1]!)) start--;
  return build(name, rest.slice(0, start), rest.slice(start).join(' '), suffix, false, shouting);
}

/**
 * Whether a list writes "Family Initials" (MEDLINE AU "Brevik I", "Smith JA"): at least half its
 * names end in a word of one to three capitals and none has a comma. A name list of pages and
 * tables ends few names so ("Yingfan MA" among ten "First Last"), and its one such name is read
 * as "First FAMILY".
 */
export function writesInitialsAfter(names: readonly string[]): boolean {
  let after = 0;
  for (const n of names) {
    if (n.includes(',')) return false;
    if (/\p{Lu}\s*$/u.test(n) && /\S\s+\p{Lu}{1,3}\s*$/u.test(n)) after++;
  }
  return names.length > 0 && after * 2 >= names.length;
}

/** The letters a handle is written with, to propose full names it may stand for ("amanchadha" → Aman Chadha). */
export function handleLetters(form: NameForm): string {
  return letters(form.name);
}

/**
 * The handles a full name may be written as: given names and family name run together, either
 * way round, or the first initial and the family name ("ChengsongHuang", "huangchengsong",
 * "smccandlish"): proposals only, which evidence confirms or not.
 */
export function handleReadings(form: NameForm): string[] {
  if (form.kind !== 'full') return [];
  const [g, f] = [letters(form.given), letters(form.family)];
  return [...new Set([g + f, f + g, g.slice(0, 1) + f])];
}

function build(name: string, givenWords: string[], family: string, suffix: string, reordered: boolean, shouting: boolean): NameForm {
  const familyUpper = !/\p{Ll}/u.test(family);
  const tokens = givenWords.map((w) => givenToken(w, familyUpper, reordered));
  const kind: NameKind = tokens.length > 0 && tokens.every((t) => t.initials) ? 'initials' : 'full';
  const familyShown = shouting || (reordered && familyUpper && family.length > 1 && kind === 'full') ? mixedCase(family, true) : family;
  const givenShown = tokens.map((t) => (t.initials && reordered ? t.letters.map((l) => `${l.toUpperCase()}.`).join(' ') : shouting && !t.initials ? mixedCase(t.word) : t.word));
  const display = reordered || shouting ? [...givenShown, familyShown, suffix].filter(Boolean).join(' ') : name;
  // A full name keys as written (given-first names key as they always have); initials by their letters ("IH" = "I. H.").
  const keyWords = kind === 'full' ? [...givenWords, family, suffix] : [...tokens.flatMap((t) => t.letters), family, suffix];
  return { name, kind, display, given: givenShown.join(' '), family: familyShown, key: nameKey(keyWords.filter(Boolean).join(' ')), shouting };
}

interface GivenToken {
  word: string;
  initials: boolean;
  /** The initials' letters, when `initials`. */
  letters: string[];
}

/**
 * "I", "I.", "J.-P.", "IH" (two or three capitals in a reordered name, or without a vowel) are
 * initials; "Iver", "Jo", "WEI" (capitals with a vowel beside a family name in capitals) are not.
 */
function givenToken(word: string, familyUpper: boolean, reordered: boolean): GivenToken {
  const dotted = word.split(/[.\-‐]+/u).filter(Boolean);
  if (dotted.length > 0 && dotted.every((p) => /^\p{L}$/u.test(p))) return { word, initials: true, letters: dotted };
  if (/^\p{Lu}{2,3}$/u.test(word) && ((reordered && !familyUpper) || !VOWELS.test(word))) return { word, initials: true, letters: [...word] };
  return { word, initials: false, letters: [] };
}

/** "VAN DER BERG" → "van der Berg", "JEAN-PIERRE" → "Jean-Pierre", "O'BRIEN" → "O'Brien". */
function mixedCase(text: string, family = false): string {
  const list = text.split(' ');
  return list
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (family && PARTICLES.has(lower) && i < list.length - 1) return lower;
      return lower.replace(/(^|[-‐'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

function handleKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function letters(text: string): string {
  return handleKey(text).replace(/[^\p{L}]+/gu, '');
}
