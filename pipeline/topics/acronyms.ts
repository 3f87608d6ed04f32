// Acronyms: "Sharpness-Aware Minimization (SAM)" defines SAM; every SAM in the corpus, in any
// paper, then counts for "sharpness-aware minimization". Matching is case-sensitive: SAM the
// acronym is not "sam" the word.
import { compareStrings } from '../compare';
import type { Definition } from './phrases';

/**
 * Two or more capitals among letters and digits ("SAM", "LLMs", "MoE", "ReLU", "3DGS"), at most
 * 10 characters, starting with a letter or with digits glued to a capital ("3DGS", not "10K").
 */
const ACRONYM = /^(?=(?:[\p{Ll}\p{N}]*\p{Lu}){2})(?:\p{L}|\p{N}+\p{Lu})[\p{L}\p{N}]{1,9}$/u;

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
 * parts count as words). A capital is the initial of the next word; a small letter, or one after
 * a digit, may also come from inside the current word ("ReLU": REctified Linear Unit, "MoE":
 * Mixture of Experts, "3DGS": 3D Gaussian Splatting). Small function words may be skipped; every
 * other word must give its initial, so none is unexplained.
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
    if (key[at] === letter || /\p{N}/u.test(key[at - 1] ?? '')) {
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

/** What an acronym stands for: its long form and the head it names when used alone, or ''. */
export interface Expansion {
  longForm: string;
  /**
   * "Vision-language-action (VLA) models", written so in most definitions: VLA alone is a VLA
   * model, and "VLA", "VLAs" and "VLA model" are one term.
   */
  head: string;
}

/**
 * Acronym → expansion for the whole corpus. An acronym defined differently in different papers
 * takes its most frequent long form (spelling variants of one long form count together), and the
 * head most of those definitions go on with ('' wins a tie); ties go to the alphabetically first,
 * so the result does not depend on paper order.
 */
export function resolveAcronyms(definitions: Iterable<Definition>, variantKey: (phrase: string) => string): Map<string, Expansion> {
  const counts = new Map<string, Map<string, number>>();
  const heads = new Map<string, Map<string, number>>(); // acronym → long form's variant key + head → definitions
  for (const [acronym, longForm, head] of definitions) {
    const forms = counts.get(acronym) ?? new Map<string, number>();
    forms.set(longForm, (forms.get(longForm) ?? 0) + 1);
    counts.set(acronym, forms);
    const byHead = heads.get(acronym) ?? new Map<string, number>();
    const key = `${variantKey(longForm)}\t${head}`;
    byHead.set(key, (byHead.get(key) ?? 0) + 1);
    heads.set(acronym, byHead);
  }
  const resolved = new Map<string, Expansion>();
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
    if (!best) continue;
    const variant = `${variantKey(best[0])}\t`;
    const head = [...(heads.get(acronym) ?? [])]
      .filter(([key]) => key.startsWith(variant))
      .map(([key, n]) => [key.slice(variant.length), n] as const)
      .sort(([a, n], [b, m]) => m - n || (a === '' ? -1 : b === '' ? 1 : compareStrings(a, b)))[0]?.[0];
    resolved.set(acronym, { longForm: best[0], head: head ?? '' });
  }
  return resolved;
}
