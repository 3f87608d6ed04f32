// Author names: one display form per person, and a key that merges only spellings that are
// certainly the same person. Folded: Unicode form, case, white space, hyphens vs spaces
// ("Franck-Dernoncourt" / "Franck Dernoncourt"), dots after initials ("Peter L. Bartlett" /
// "Peter L Bartlett") and diacritics ("José" / "Jose", which scrapers often drop). Never folded:
// an initial against a full name, or two different initials ("J. Smith" / "John Smith" /
// "A. Smith" stay apart), because those may be different people.
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
 * The display name of a person from all spellings seen (in input order): a spelling with a space
 * between name parts first (scrapers save account handles such as "Franck-Dernoncourt" for
 * "Franck Dernoncourt"), then the most frequent, then the one with more capitals and marks kept
 * (a real name over a lower-case handle), then the longest, then the first seen.
 */
export function chooseDisplayName(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const firstSeen = [...counts.keys()];
  const spaced = (s: string) => (s.includes(' ') ? 1 : 0);
  const richness = (s: string) => (s.match(/[\p{Lu}\p{M}\s]/gu) ?? []).length;
  return firstSeen.reduce((best, s) => {
    const d =
      spaced(s) - spaced(best) ||
      (counts.get(s) ?? 0) - (counts.get(best) ?? 0) ||
      richness(s) - richness(best) ||
      s.length - best.length;
    return d > 0 ? s : best;
  });
}
