// Distinct phrases → terms. An acronym defined anywhere in the corpus stands for its long form
// everywhere, also where it is written in small letters ("llm") by a corpus that mostly writes
// it in capitals; then the thesaurus replaces or drops; then spellings that differ only by
// hyphens, spaces, British -isation or a plural "s" become one term, named by its most frequent
// spelling. A final "s" is a plural only where the corpus also writes the word without it: "lens",
// "hermes" and "mars" are no plurals of "len", "herme" and "mar".

import { acronymKey, type Expansion, isAcronym, resolveAcronyms } from './acronyms';
import { looksPlural } from './lemmas';
import type { Definition } from './phrases';
import { STOP_TERMS } from './stopwords';
import type { Thesaurus } from './thesaurus';
import { compareStrings } from '../compare';

/** What spellings of one term share but for a plural "s": "sharpness aware" / "sharpness-aware", "pre-training" / "pretraining", -isation / -ization. */
function spellingKey(phrase: string): string {
  return phrase.replace(/[\s-]+/g, '').replace(/isation/g, 'ization').replace(/modelling/g, 'modeling');
}

/** The spelling key without a plural-looking "s", for matching without the corpus at hand (thesaurus lines, acronym definitions). */
export function variantKey(phrase: string): string {
  const key = spellingKey(phrase);
  return looksPlural(key) ? key.slice(0, -1) : key;
}

/** A label as terms.csv shows it, "large language model (LLM)", read as its term: no term has parentheses. */
function withoutAcronyms(label: string): string {
  return label.replace(/\s*\([^()]*\)$/, '');
}

/** A small-letter word stands for an acronym the corpus writes in capitals at least this many times as often. */
const CAPITALS_OVER_SMALL = 2;
/**
 * An acronym names things (VLAs are VLA models; a GUI is no GUI agent) when at least this share of
 * its uses are plural: only then does it stand for its long form with the head its definitions
 * go on with. On hf-daily: VLA 13%, MoE 6%, GUI 0.7%, AI 0.4%.
 */
const PLURAL_SHARE = 0.1;

export class TermMerge {
  /** For each phrase (by index), its term, or -1 when a stop term or the thesaurus drops it. */
  readonly termOf: Int32Array;
  /** For each term, its id: the most frequent singular spelling (ties: the first alphabetically). */
  readonly ids: string[];
  private readonly keys = new Map<string, number>();
  private readonly spellings: Map<string, number>[] = [];
  private readonly acronyms: Map<string, Expansion>;
  /** Small-letter spelling ("llm", "llms") → the acronym it stands for. */
  private readonly smallAcronyms: Map<string, string>;
  private readonly thesaurus = new Map<string, string>();
  /** Spelling keys of every form: a plural "s" is dropped only where its singular is one of them. */
  private readonly attested: Set<string>;

  /**
   * @param phrases distinct phrases as extractPhrases gives them (acronyms in their case)
   * @param counts occurrences of each phrase, to name each term by its most frequent spelling
   */
  constructor(
    private readonly phrases: readonly string[],
    counts: readonly number[],
    definitions: readonly Definition[],
    thesaurus: Thesaurus = new Map(),
    stopwords: readonly string[] = [],
  ) {
    const use = acronymUse(phrases, counts, new Set(definitions.flatMap(([acronym]) => [acronym.toLowerCase(), `${acronym.toLowerCase()}s`])));
    this.acronyms = new Map(
      [...resolveAcronyms(definitions, variantKey)].map(([acronym, expansion]) => {
        const written = use.capitals.get(acronym) ?? 0;
        const plural = (use.plurals.get(acronym) ?? 0) >= PLURAL_SHARE * written && written > 0;
        return [acronym, plural ? expansion : { ...expansion, head: '' }];
      }),
    );
    this.smallAcronyms = smallSpellings(use, this.acronyms);
    // Looked up by variant key, so one line covers every spelling; the first label in sort order
    // wins when two lines share a key. Labels may be written as terms.csv shows them.
    for (const [label, replacement] of [...thesaurus].sort(([a], [b]) => compareStrings(a, b))) {
      const key = variantKey(withoutAcronyms(label));
      if (!this.thesaurus.has(key)) this.thesaurus.set(key, withoutAcronyms(replacement));
    }
    for (const label of stopwords) this.thesaurus.set(variantKey(withoutAcronyms(label)), '');
    const forms = phrases.map((phrase) => this.resolve(phrase));
    this.attested = new Set(forms.flatMap((form) => (form === undefined ? [] : [spellingKey(form)])));
    this.termOf = Int32Array.from(forms, (form, k) => {
      if (form === undefined) return -1;
      const term = this.termByKey(this.termKey(form));
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
    for (const acronym of this.acronyms.keys()) {
      const form = this.resolve(acronym);
      const term = form === undefined ? undefined : this.keys.get(this.termKey(form));
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

  /**
   * Acronyms replaced by their expansion, its head only where the acronym ends the phrase ("VLA"
   * → "vision-language-action model", "VLA policy" → "vision-language-action policy"); those never
   * defined are lower-cased ("LLMs" → "llm").
   */
  private expand(phrase: string): string {
    if (this.smallAcronyms.size === 0 && !/\p{Lu}/u.test(phrase)) return phrase;
    const words = phrase.split(' ');
    const out: string[] = [];
    let expandedLast = ''; // the last word of the expansion just written
    words.forEach((word, k) => {
      const acronym = isAcronym(word) ? acronymKey(word) : this.smallAcronyms.get(word);
      if (acronym === undefined) {
        // "VLA models", VLA standing for "… model": the head is said once.
        if (expandedLast === '' || variantKey(word) !== variantKey(expandedLast)) out.push(word);
        expandedLast = '';
        return;
      }
      const expansion = this.acronyms.get(acronym);
      const text = expansion === undefined ? acronym.toLowerCase() : k === words.length - 1 && expansion.head ? `${expansion.longForm} ${expansion.head}` : expansion.longForm;
      out.push(text);
      expandedLast = expansion === undefined ? '' : text.slice(text.lastIndexOf(' ') + 1);
    });
    return out.join(' ');
  }

  private resolve(phrase: string): string | undefined {
    const expanded = this.expand(phrase);
    const replacement = this.thesaurus.get(variantKey(expanded));
    const replaced = replacement === undefined || replacement === '' ? replacement ?? expanded : this.expand(replacement);
    return replaced === '' || STOP_TERMS.has(replaced) ? undefined : replaced;
  }

  /** The form's spelling key, without a final "s" where the corpus writes the singular too. */
  private termKey(form: string): string {
    const key = spellingKey(form);
    return looksPlural(key) && this.attested.has(key.slice(0, -1)) ? key.slice(0, -1) : key;
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

interface AcronymUse {
  /** Acronym key → its occurrences in capitals, and of those the plural ones ("LLMs"). */
  capitals: Map<string, number>;
  plurals: Map<string, number>;
  /** Occurrences in small letters of the words in `smallForms`. */
  small: Map<string, number>;
}

/** How the corpus writes its acronyms, counted over the words of every phrase; `smallForms`: the small-letter spellings looked for. */
function acronymUse(phrases: readonly string[], counts: readonly number[], smallForms: ReadonlySet<string>): AcronymUse {
  const use: AcronymUse = { capitals: new Map(), plurals: new Map(), small: new Map() };
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  phrases.forEach((phrase, k) => {
    const n = counts[k] ?? 0;
    for (const word of phrase.split(' ')) {
      if (!isAcronym(word)) {
        if (smallForms.has(word)) add(use.small, word, n);
      } else {
        add(use.capitals, acronymKey(word), n);
        if (acronymKey(word) !== word) add(use.plurals, acronymKey(word), n);
      }
    }
  });
  return use;
}

/**
 * Small-letter spellings of defined acronyms ("llm", "llms" for LLM) that the corpus writes in
 * capitals at least CAPITALS_OVER_SMALL times as often: a casual spelling of the acronym, not a
 * word of its own ("sam" where SAM is rare stays the word).
 */
function smallSpellings({ capitals, small }: AcronymUse, acronyms: ReadonlyMap<string, Expansion>): Map<string, string> {
  const bySmall = new Map<string, string[]>();
  for (const acronym of acronyms.keys()) {
    const lower = acronym.toLowerCase();
    for (const form of [lower, `${lower}s`]) if (small.has(form)) bySmall.set(form, [...(bySmall.get(form) ?? []), acronym]);
  }
  const written = (acronym: string) => capitals.get(acronym) ?? 0;
  const spellings = new Map<string, string>();
  for (const [form, candidates] of bySmall) {
    const acronym = candidates.sort((a, b) => written(b) - written(a) || compareStrings(a, b))[0]!;
    const lower = acronym.toLowerCase();
    if (written(acronym) >= CAPITALS_OVER_SMALL * ((small.get(lower) ?? 0) + (small.get(`${lower}s`) ?? 0))) spellings.set(form, acronym);
  }
  return spellings;
}
