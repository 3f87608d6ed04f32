// Small English helpers for the templates: noun phrases with their plurals, articles, and the
// casing of titles (and the case/punctuation variants a second listing of a paper may show).
import type { Rng } from './rng';

/** A noun phrase in its two numbers; a mass noun ("attention") has the same text in both. */
export interface Phrase {
  one: string;
  many: string;
}

/** "kernel" (regular plural), "attention*" (mass noun), "matrix/matrices" (irregular plural). */
export function parseNoun(spec: string): Phrase {
  if (spec.endsWith('*')) {
    const word = spec.slice(0, -1);
    return { one: word, many: word };
  }
  const slash = spec.indexOf('/');
  if (slash >= 0) return { one: spec.slice(0, slash), many: spec.slice(slash + 1) };
  return { one: spec, many: pluralize(spec) };
}

function pluralize(phrase: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

/** "sparse" + "attention" → "sparse attention"; the modifier never takes the plural. */
export function modify(modifier: string, head: Phrase): Phrase {
  return { one: `${modifier} ${head.one}`, many: `${modifier} ${head.many}` };
}

/** "a" or "an" before a word, by its sound as far as spelling tells. */
export function article(word: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!ni|s[aeu]|ti))/i.test(word) ? 'an' : 'a';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'via', 'on', 'in', 'to', 'and', 'or', 'from', 'by', 'at', 'as', 'is', 'are', 'vs']);

/** "Sparse Attention Maps for Low-Rank Adaptation": small words lower-case except first and after a colon. */
export function titleCase(text: string): string {
  const words = text.split(' ');
  return words
    .map((word, i) => {
      const starts = i === 0 || (words[i - 1] ?? '').endsWith(':');
      return word
        .split('-')
        .map((part, k) => (!starts || k > 0) && SMALL_WORDS.has(part.toLowerCase()) ? part.toLowerCase() : capitalise(part))
        .join('-');
    })
    .join(' ');
}

/** Only the first letter raised: "Sparse attention maps for low-rank adaptation". */
export function sentenceCase(text: string): string {
  return capitalise(text);
}

/** A word with capitals after its first letter ("DARKFormer", "GEN") is a name: its case stays. */
const isName = (word: string) => /.\p{Lu}/u.test(word);

/**
 * The same title as another page may print it: other casing, another dash for the colon, hyphens
 * as spaces, no question mark. Only case, punctuation and spacing change, never a word, so the
 * pipeline's title key still matches.
 */
export function titleVariant(title: string, rng: Rng): string {
  const changes: ((t: string) => string)[] = [
    (t) => (/\s\p{Lu}/u.test(t) ? lowerAllButFirst(t) : titleCase(t)),
    (t) => t.replace(': ', rng.chance(0.5) ? ' - ' : ' — '),
    (t) => t.replace(/(\p{L})-(\p{L})/gu, '$1 $2'),
    (t) => t.replace(/\?$/, ''),
    (t) => t.toLowerCase(),
  ];
  for (let attempt = 0; attempt < 4; attempt++) {
    const variant = rng.pick(changes)(title);
    if (variant !== title && variant.trim() !== '') return variant;
  }
  return title;
}

function lowerAllButFirst(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i === 0 || isName(word) ? word : word.toLowerCase()))
    .join(' ');
}
