// Acronyms: "Sharpness-Aware Minimization (SAM)" defines SAM; every SAM in the corpus, in any
// paper, then counts for "sharpness-aware minimization". Matching is case-sensitive: SAM the
// acronym is not "sam" the word.
import { compareStrings } from '../compare';

/** Two or more capitals among letters only ("SAM", "LLMs", "MoE", "ReLU"), at most 10 letters. */
const ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,10}$/u;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** The singular key of an acronym: "LLMs" → "LLM" (the plural is the same term). */
export function acronymKey(word: string): string {
  return word.length > 2 && word.endsWith('s') && /\p{Lu}$/u.test(word.slice(0, -1))
    ? word.slice(0, -1)
    : word;
}

// Inside a hyphen compound these may be skipped without giving a letter ("mixture-of-experts"
// may be MoE or ME).
const SKIPPABLE = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/**
 * Schwartz–Hearst style: the acronym's letters, in order, abbreviate the long form's words (hyphen
 * parts count as words). A capital is the initial of the next word; a small letter may also come
 * from inside the current word ("ReLU": REctified Linear Unit, "MoE": Mixture of Experts). Small
 * function words may be skipped; every other word must give its initial, so none is unexplained.
 */
export function acronymMatches(acronym: string, words: readonly string[]): boolean {
  const key = acronymKey(acronym);
  const letters = key.toLowerCase();
  const first = words[0];
  if (first === undefined || first[0] !== letters[0]) return false;
  // at: the next letter to explain; word: the current word; used: its last letter used.
  const from = (at: number, word: number, used: number): boolean => {
    if (at === letters.length) {
      return words.slice(word + 1).every((w) => SKIPPABLE.has(w));
    }
    const letter = letters[at];
    const next = words[word + 1];
    if (next !== undefined) {
      if (next[0] === letter && from(at + 1, word + 1, 0)) return true;
      if (SKIPPABLE.has(next) && from(at, word + 1, next.length - 1)) return true;
    }
    if (key[at] === letter) {
      const current = words[word] ?? '';
      for (let k = used + 1; k < current.length; k++) {
        if (current[k] === letter && from(at + 1, word, k)) return true;
      }
    }
    return false;
  };
  return from(1, 0, 0);
}

/**
 * The start of the shortest tail of `phrase` (its words split at spaces and hyphens) that the
 * acronym abbreviates, or -1. The shortest, so "recent large language models (LLMs)" defines
 * LLM as "large language model", not "recent large language model".
 */
export function longFormStart(acronym: string, phrase: readonly string[]): number {
  const letters = acronymKey(acronym).length;
  for (let start = phrase.length - 1; start >= 0 && phrase.length - start <= letters + 1; start--) {
    const words = phrase.slice(start).flatMap((unit) => unit.toLowerCase().split('-'));
    if (acronymMatches(acronym, words)) return start;
  }
  return -1;
}

/**
 * Acronym → long form for the whole corpus. An acronym defined differently in different papers
 * takes its most frequent definition (spelling variants of one long form count together);
 * ties go to the alphabetically first, so the result does not depend on paper order.
 */
export function resolveAcronyms(
  definitions: Iterable<readonly [acronym: string, longForm: string]>,
  variantKey: (phrase: string) => string,
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [acronym, longForm] of definitions) {
    const forms = counts.get(acronym) ?? new Map<string, number>();
    forms.set(longForm, (forms.get(longForm) ?? 0) + 1);
    counts.set(acronym, forms);
  }
  const resolved = new Map<string, string>();
  for (const [acronym, forms] of counts) {
    const byVariant = new Map<string, number>();
    for (const [form, n] of forms) {
      const key = variantKey(form);
      byVariant.set(key, (byVariant.get(key) ?? 0) + n);
    }
    const best = [...forms].sort(
      ([a, n], [b, m]) =>
        (byVariant.get(variantKey(b)) ?? 0) - (byVariant.get(variantKey(a)) ?? 0) ||
        m - n ||
        compareStrings(a, b),
    )[0];
    if (best) resolved.set(acronym, best[0]);
  }
  return resolved;
}
