// Title keys: two records may be the same paper when their titles are the same after folding
// Unicode form, case, punctuation and white space, because pages differ in quotes, dashes and
// spacing, never in words. Symbols that carry meaning stay ("C++" is not "C", "P = NP" is not
// "P ≠ NP"): mathematical symbols, "#" (C#, F#) and "%". Inline markup that databases put in
// titles (<i>, <sup>, <scp>, MathML) is no part of the title.

/** Kept as tokens of their own, so "P=NP" and "P = NP" are one key. */
const MEANINGFUL_SYMBOLS = /[#%\p{Sm}]/u;
/** Math symbols used as separators or typography, not meaning: "Title | Site", "~10×". */
const SEPARATOR_SYMBOLS = /[|~¦]/gu;
const MARKUP = /<\/?(?:i|b|em|strong|sup|sub|sc|scp|u|span|tt|small|inf|mml:[a-z]+|math)(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>]+))*\s*\/?>/giu;
const TOKENS = /[\p{L}\p{M}\p{N}]+|[#%\p{Sm}]+/gu;

export function titleKey(title: string): string {
  const text = title
    .normalize('NFKC')
    .replace(MARKUP, ' ')
    .replace(/\u2212/gu, '-') // the minus sign pages use for a hyphen
    .replace(SEPARATOR_SYMBOLS, ' ')
    .toLowerCase();
  return (text.match(TOKENS) ?? []).join(' ');
}

/**
 * Titles that many different papers carry ("Introduction", "Editorial", "Reply", "Book review",
 * "Letter to the editor", "Introduction to the special issue", …) or too short to tell papers
 * apart (fewer than three words): such a title never merges records on its own.
 */
export function isGenericTitle(key: string): boolean {
  const words = key.split(' ').filter((token) => !MEANINGFUL_SYMBOLS.test(token));
  return words.length < MIN_WORDS || words.every((word) => GENERIC_WORDS.has(word) || /^(?:\d+|[ivx]+)$/.test(word));
}

const MIN_WORDS = 3;

/** Words of the titles of front matter, editorials, replies and notices, and their glue words. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and the of on to in for from by with s ' +
    'introduction introductory editorial editorials editor editors preface foreword prologue epilogue ' +
    'reply replies response responses rejoinder comment comments commentary discussion letter letters ' +
    'erratum errata corrigendum corrigenda correction corrections retraction retracted notice note notes ' +
    'book books review reviews reviewer reviewers index author authors subject contents table front back matter ' +
    'special issue issues section guest volume part abstracts abstract proceedings conference symposium workshop ' +
    'acknowledgement acknowledgements acknowledgment acknowledgments thanks memoriam obituary news announcement ' +
    'announcements message president chair welcome board summary overview conclusion conclusions concluding remarks ' +
    'opening closing keynote invited talk panel poster session supplement supplementary material materials'
  ).split(' '),
);
