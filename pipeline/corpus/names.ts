// Author names: one display form per person, and a key that merges only spellings that are
// certainly the same person. Folded: Unicode form, case, white space, hyphens vs spaces
// ("Van-Cuong Pham" / "Van Cuong Pham"), dots after initials ("Peter L. Bartlett" / "Peter L
// Bartlett") and diacritics ("José" / "Jose", which scrapers often drop). Never folded: an initial
// against a full name, or two different initials ("J. Smith" / "John Smith" / "A. Smith" stay
// apart), because those may be different people. name-forms.ts reads the order of the parts
// ("Brevik, Iver") and tells a handle ("Franck-Dernoncourt") from a name before keying.
import type { NameForm, NameKind } from './name-forms';

/** The name as it should be shown: NFKC, white space collapsed, trimmed. */
export function cleanName(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The merge key: two names with the same key are the same person. */
export function nameKey(raw: string): string {
  return cleanName(raw)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—.]+/gu, ' ')
    .trim();
}

/**
 * The display name of a person from all spellings seen (in input order), as each shows ("Brevik,
 * Iver" as "Iver Brevik"): a full given name over initials over an account handle; a spelling
 * the sources give in mixed case over one in capitals only; then the most frequent; then fewer
 * words in capitals ("Wei Li" over "Wei LI"); then the one with more capitals and marks kept
 * ("José García" over "jose garcia"); then the longest; then the first seen.
 */
export function chooseDisplayName(spellings: readonly NameForm[]): string {
  if (spellings.every((s) => s.display === spellings[0]!.display)) return spellings[0]!.display;
  const counts = new Map<string, number>();
  const best = new Map<string, NameForm>();
  for (const s of spellings) {
    counts.set(s.display, (counts.get(s.display) ?? 0) + 1);
    const seen = best.get(s.display);
    if (!seen || (seen.shouting && !s.shouting)) best.set(s.display, s);
  }
  const capitalWords = (s: string) => s.split(' ').filter((w) => /^\p{Lu}{2,}$/u.test(w)).length;
  const richness = (s: string) => (s.match(/[\p{Lu}\p{M}\s]/gu) ?? []).length;
  return [...best.values()].reduce((a, b) => {
    const d =
      KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
      Number(a.shouting) - Number(b.shouting) ||
      counts.get(b.display)! - counts.get(a.display)! ||
      capitalWords(a.display) - capitalWords(b.display) ||
      richness(b.display.normalize('NFD')) - richness(a.display.normalize('NFD')) ||
      b.display.length - a.display.length;
    return d > 0 ? b : a;
  }).display;
}

const KIND_RANK: Record<NameKind, number> = { handle: 0, initials: 1, full: 2 };
