// Text clean-up before tagging: what must never become a term (LaTeX, URLs, citations) is
// replaced by a comma, which ends any noun phrase, so nothing on either side is glued together.
// Each rule first checks for a character it needs: most abstracts have no LaTeX or URL, and the
// regexes would cost as much as a fifth of the tagging.

const BREAK = ' , ';

// $…$ math and \(…\) / \[…\] spans: their content is symbols, not words.
const MATH = /\$\$[^$]{0,400}\$\$|\$[^$\n]{1,200}\$|\\\([^]{0,200}?\\\)|\\\[[^]{0,400}?\\\]/g;
// Math macros with their argument ("\mathcal{O}", also with the backslash lost: "mathcal{O}").
const MATH_MACRO = /\\?\b(?:mathcal|mathbb|mathbf|mathrm|mathsf|mathit|mathscr|operatorname|frac|sqrt|hat|tilde|bar|vec)\s*\{[^{}]{0,80}\}/g;
// Other commands: \emph{word} keeps "word", \cdot and the like go.
const LATEX_COMMAND = /\\[A-Za-z]+\*?/g;
const LATEX_SCRIPT = /[_^]\{[^{}]{0,40}\}|[{}]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// A path without its scheme ("site.com/papers/view/some-slug"): two slashes or more in one token.
const PATH = /[^\s/]+\/[^\s/]+\/\S*/g;
// TeX accents ("Erd\H{o}s", "{\"o}"): the letter with its combining mark, so the name stays one word.
const TEX_ACCENT = /\{?\\([`'^"~=.uvHckr])\s*(?:\{(\p{L})\}|(\p{L}))\}?/gu;
const COMBINING: Record<string, string> = {
  '`': '\u0300', "'": '\u0301', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
// Math written as text ("rho=0.89", "p < 0.05"): a symbol compared with a number is no term.
const TEXT_MATH = /[\p{L}\p{N}_]+\s*[=<>≤≥≈≠]\s*[-−]?\d[\d.,]*/gu;
// "Simonyan et al., 2013", "Foret and Kleiner et al.": author names are not topics.
const CITATION = /[\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?\s+et\s+al\.?/gu;
// A Title-Case word ("Scaling", "Sharpness-Aware"): lower-case it so titles are tagged like
// prose (common nouns, which wink lemmatises) rather than as proper nouns (which it does not).
// Words with two or more capitals ("SAM", "LLMs", "ImageNet") keep their case: acronyms are
// matched case-sensitively. ASCII \b is enough here and several times faster than \p{…}.
const TITLE_CASE_WORD = /\b[A-Z][a-z]+\b/g;

const lower = (word: string): string => word.toLowerCase();

export function cleanText(text: string): string {
  let clean = text;
  if (clean.includes('http') || clean.includes('www.')) clean = clean.replace(URL, BREAK);
  if (clean.includes('/')) clean = clean.replace(PATH, BREAK);
  if (clean.includes('$') || clean.includes('\\') || clean.includes('{')) {
    clean = clean
      .replace(TEX_ACCENT, (_, accent: string, braced?: string, bare?: string) => `${braced ?? bare}${COMBINING[accent]}`.normalize('NFC'))
      .replace(MATH, BREAK)
      .replace(MATH_MACRO, BREAK)
      .replace(LATEX_COMMAND, ' ')
      .replace(LATEX_SCRIPT, ' ');
  }
  if (/[=<>≤≥≈≠]/.test(clean)) clean = clean.replace(TEXT_MATH, BREAK);
  if (clean.includes(' al')) clean = clean.replace(CITATION, BREAK);
  return clean.replace(TITLE_CASE_WORD, lower);
}
