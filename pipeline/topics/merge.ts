// Distinct phrases → terms. An acronym defined anywhere in the corpus stands for its long form
// everywhere; then the thesaurus replaces or drops; then spellings that differ only by hyphens,
// spaces, British -isation or a plural "s" become one term, named by its most frequent spelling.

import { acronymKey, isAcronym, resolveAcronyms } from './acronyms';
import { looksPlural } from './lemmas';
import { STOP_TERMS } from './stopwords';
import type { Thesaurus } from './thesaurus';
import { compareStrings } from '../compare';

/**
 * The key spellings of one term share: "sharpness aware" / "sharpness-aware", "pretraining" /
 * "pre-training", "regularisation" / "regularization", and the plural "s" wink leaves on words it
 * does not know ("datasets").
 */
export function variantKey(phrase: string): string {
  const key = phrase.replace(/[\s-]+/g, '').replace(/isation/g, 'ization').replace(/modelling/g, 'modeling');
  return looksPlural(key) ? key.slice(0, -1) : key;
}

export class TermMerge {
  /** For each phrase (by index), its term, or -1 when a stop term or the thesaurus drops it. */
  readonly termOf: Int32Array;
  /** For each term, its id: the most frequent singular spelling (ties: the first alphabetically). */
  readonly ids: string[];
  private readonly keys = new Map<string, number>();
  private readonly spellings: Map<string, number>[] = [];
  private readonly acronyms: Map<string, string>;
  private readonly thesaurus = new Map<string, string>();

  /**
   * @param phrases distinct phrases as extractPhrases gives them (acronyms in their case)
   * @param counts occurrences of each phrase, to name each term by its most frequent spelling
   */
  constructor(
    private readonly phrases: readonly string[],
    counts: readonly number[],
    definitions: Iterable<readonly [string, string]>,
    thesaurus: Thesaurus = new Map(),
  ) {
    this.acronyms = resolveAcronyms(definitions, variantKey);
    // Looked up by variant key, so one line covers every spelling; the first label in sort order
    // wins when two lines share a key.
    for (const [label, replacement] of [...thesaurus].sort(([a], [b]) => compareStrings(a, b))) {
      const key = variantKey(label);
      if (!this.thesaurus.has(key)) this.thesaurus.set(key, replacement);
    }
    this.termOf = Int32Array.from(phrases, (phrase, k) => {
      const form = this.resolve(phrase);
      if (form === undefined) return -1;
      const term = this.termByKey(variantKey(form));
      const spellings = this.spellings[term] ?? new Map<string, number>();
      spellings.set(form, (spellings.get(form) ?? 0) + (counts[k] ?? 0));
      this.spellings[term] = spellings;
      return term;
    });
    this.ids = this.spellings.map((spellings) => {
      const plural = (form: string): number => (form.endsWith('s') && spellings.has(form.slice(0, -1)) ? 1 : 0);
      const ranked = [...spellings].sort(([a, n], [b, m]) => plural(a) - plural(b) || m - n || compareStrings(a, b));
      return ranked[0]?.[0] ?? '';
    });
  }

  /** The acronyms standing for each term, sorted. */
  acronymsOf(): Map<number, string[]> {
    const of = new Map<number, string[]>();
    for (const [acronym, longForm] of this.acronyms) {
      const form = this.resolve(longForm);
      const term = form === undefined ? undefined : this.keys.get(variantKey(form));
      if (term !== undefined) of.set(term, [...(of.get(term) ?? []), acronym].sort(compareStrings));
    }
    return of;
  }

  /**
   * Every other way each of the given terms was written: the phrases merged into it, as written
   * (`surfaces`: surface → phrase index, for surfaces that differ from their phrase) and with
   * acronyms expanded, before the thesaurus; and its acronyms. One per lower-case form, keeping
   * capitals where some spelling had them ("SAM").
   */
  variantsOf(terms: Iterable<number>, surfaces: ReadonlyMap<string, number>): Map<number, string[]> {
    const found = new Map<number, Map<string, string>>();
    for (const term of terms) found.set(term, new Map());
    const add = (term: number, form: string): void => {
      const known = found.get(term);
      const lower = form.toLowerCase();
      if (known === undefined || lower === this.ids[term]) return;
      if (!known.has(lower) || form !== lower) known.set(lower, form);
    };
    for (const [surface, phrase] of surfaces) add(this.termOf[phrase] ?? -1, surface);
    this.phrases.forEach((phrase, k) => {
      const term = this.termOf[k] ?? -1;
      if (!found.has(term)) return;
      add(term, phrase);
      add(term, this.expand(phrase));
    });
    for (const term of found.keys()) {
      for (const form of this.spellings[term]?.keys() ?? []) add(term, form);
    }
    for (const [term, acronyms] of this.acronymsOf()) for (const acronym of acronyms) add(term, acronym);
    return new Map([...found].map(([term, forms]) => [term, [...forms.values()].sort(compareStrings)]));
  }

  /** Acronyms replaced by their long form; those never defined are lower-cased ("LLMs" → "llm"). */
  private expand(phrase: string): string {
    if (!/\p{Lu}/u.test(phrase)) return phrase;
    return phrase
      .split(' ')
      .map((word) => (isAcronym(word) ? this.acronyms.get(acronymKey(word)) ?? acronymKey(word).toLowerCase() : word))
      .join(' ');
  }

  private resolve(phrase: string): string | undefined {
    const expanded = this.expand(phrase);
    const replaced = this.thesaurus.get(variantKey(expanded)) ?? expanded;
    return replaced === '' || STOP_TERMS.has(replaced) ? undefined : replaced;
  }

  private termByKey(key: string): number {
    let term = this.keys.get(key);
    if (term === undefined) {
      term = this.keys.size;
      this.keys.set(key, term);
    }
    return term;
  }
}
