// Corrections to wink's noun lemmas where stripping the plural "s" changes the meaning: "data" is
// not "datum" in a paper, nor are "training dynamics" a "training dynamic".

const KEEP_AS_WRITTEN = new Set([
  'analytics', 'bayes', 'data', 'dynamics', 'economics', 'electronics', 'ethics', 'genomics', 'graphics',
  'informatics', 'kinetics', 'linguistics', 'mathematics', 'mechanics', 'news', 'optics', 'physics',
  'robotics', 'semantics', 'series', 'species', 'statistics',
]);

const GREEK_PLURALS = new Map([
  ['analyses', 'analysis'], ['axes', 'axis'], ['bases', 'basis'], ['crises', 'crisis'],
  ['diagnoses', 'diagnosis'], ['hypotheses', 'hypothesis'], ['syntheses', 'synthesis'],
  ['theses', 'thesis'],
]);

/**
 * Whether a word ending in "s" is a plural whose singular just drops it: not after a, i, o, s or u
 * ("bias", "analysis", "chaos", "lipschitzness", "corpus" are singular), nor "-ics" ("dynamics").
 */
export function looksPlural(word: string): boolean {
  return word.length > 3 && /[^aiosu]s$/.test(word) && !word.endsWith('ics');
}

/**
 * The singular of a noun: wink's lemma unless it is known to be wrong for academic text. wink
 * lemmatises only words in its lexicon; an unknown plural ("embeddings", "logits") keeps its "s"
 * here, and the corpus decides (merge.ts): it is a plural where the corpus also has the singular,
 * which a name ("Hermes") never has.
 */
export function nounLemma(normal: string, winkLemma: string): string {
  if (KEEP_AS_WRITTEN.has(normal)) return normal;
  return GREEK_PLURALS.get(normal) ?? winkLemma;
}
