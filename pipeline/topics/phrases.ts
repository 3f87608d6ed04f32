// Noun phrases of one text, as VOSviewer extracts them: runs of adjectives and nouns that end in a
// noun, tagged by wink-nlp. A pure function of the text, so it can run in worker threads.

import { acronymKey, isAcronym, longFormStart } from './acronyms';
import { cleanText } from './clean';
import { nounLemma } from './lemmas';
import { STOP_MODIFIERS, STOP_TERMS, VERB_LIKE_NOUNS, VERB_ONLY_GERUNDS } from './stopwords';
import { readTokens, type Tokens } from './tokens';

export interface ExtractedPhrases {
  /**
   * Phrases in text order, lower-case with the head noun singular ("neural network"); acronyms keep
   * their case ("SAM optimizer") so the corpus can later replace them by their long form.
   */
  phrases: string[];
  /** Each phrase as written (lower-case but for acronyms): the source of a term's variants. */
  surfaces: string[];
  /**
   * "long form (ACRONYM)" definitions found in the text: [acronym, long form as in `phrases`, the
   * head the phrase goes on with after the parenthesis ("vision-language-action (VLA) models":
   * "model"), or ''].
   */
  definitions: Definition[];
}

export type Definition = [acronym: string, longForm: string, head: string];

interface Unit {
  /** Lower-case but for acronyms, as written. */
  text: string;
  /** The form at the end of a phrase: singular for nouns ("networks" → "network"). */
  head: string;
  noun: boolean;
  /** Index of the unit's last token: units whose tokens touch form one run. */
  end: number;
}

// A word may start with a digit only where it is a name ("3D", "3DGS"), not a count ("10k", "2nd").
const WORD = /^(?:\p{L}|\p{N}+\p{L})[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*$/u;
const COMPOUND_PART = /^[\p{L}\p{N}]+$/u;
const POSSESSIVE = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);
const OBJECT_START = new Set(['DET', 'PRON', 'NUM']);
const NOUN_FOLLOWERS = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'PART', 'SYM']);
const ACRONYM_CLOSE = new Set([')', ',', ';']);
const BRIDGE_CLOSE = new Set([')']);
// Words wink may tag ADV before an adjective ("deep/ADV neural networks") that are adjectives there.
const ADJECTIVAL_ADVERBS = new Set(['deep', 'early', 'fast', 'hard', 'high', 'late', 'long', 'low', 'short', 'wide']);

function isGerund(normal: string): boolean {
  return normal.length > 4 && normal.endsWith('ing') && !VERB_ONLY_GERUNDS.has(normal);
}

/**
 * wink tags most gerunds VERB, even where they name things ("machine learning", "grokking
 * occurs"). A gerund is taken as a noun after an adjective or noun of the same run (unless an
 * object follows: "models using the"), after a determiner or possessive ("the grokking
 * phenomenon"), or standing alone between function words or verbs ("during grokking.", "grokking
 * arises", "including grokking,").
 */
function gerundIsNoun(t: Tokens, i: number, afterRunMember: boolean): boolean {
  const next = t.pos[i + 1] ?? 'PUNCT';
  if (afterRunMember) return !OBJECT_START.has(next);
  const prev = t.pos[i - 1] ?? 'PUNCT';
  if (prev === 'DET' || POSSESSIVE.has(t.normal[i - 1] ?? '')) return true;
  const prevIsBoundary = ['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'VERB'].includes(prev);
  return prevIsBoundary && NOUN_FOLLOWERS.has(next);
}

/** A past participle before a noun is an adjective ("supervised learning", "the learned features"). */
function participleIsAdjective(t: Tokens, i: number): boolean {
  const prev = t.pos[i - 1] ?? 'PUNCT';
  const next = t.pos[i + 1] ?? 'PUNCT';
  const prevOk = ['DET', 'ADP', 'ADJ', 'CCONJ', 'SCONJ', 'PUNCT'].includes(prev) || POSSESSIVE.has(t.normal[i - 1] ?? '');
  const nextOk = next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || (next === 'VERB' && isGerund(t.normal[i + 1] ?? ''));
  return prevOk && nextOk;
}

function singleUnit(t: Tokens, i: number, afterRunMember: boolean): Unit | undefined {
  const normal = t.normal[i] ?? '';
  const value = t.value[i] ?? normal;
  if (normal.length < 2 || !WORD.test(normal) || (/^\p{N}/u.test(value) && !/\p{Lu}/u.test(value))) return undefined;
  // "self- and cross-attention": the prefix of a compound written out once is no word of its own.
  if (t.value[i + 1] === '-' && t.spaces[i + 1] === '' && t.spaces[i + 2] !== '') return undefined;
  const pos = t.pos[i];
  if ((pos === 'NOUN' || pos === 'PROPN') && VERB_LIKE_NOUNS.has(normal)) return undefined;
  // An acronym stays as written whatever its tag: wink tags some NOUN and would singularise
  // them ("LENS" → "len", "MARS" → "mar").
  if ((pos === 'NOUN' || pos === 'PROPN') && isAcronym(value)) return { text: value, head: value, noun: true, end: i };
  if (pos === 'NOUN') return { text: normal, head: nounLemma(normal, t.lemma[i] ?? normal), noun: true, end: i };
  if (pos === 'PROPN') return { text: normal, head: normal, noun: true, end: i };
  const next = t.pos[i + 1];
  const adjectival = pos === 'ADV' && ADJECTIVAL_ADVERBS.has(normal) && (next === 'ADJ' || next === 'NOUN' || next === 'PROPN');
  if (pos === 'ADJ' || adjectival) return { text: normal, head: normal, noun: false, end: i };
  if (pos === 'VERB') {
    if (isGerund(normal) && gerundIsNoun(t, i, afterRunMember)) return { text: normal, head: normal, noun: true, end: i };
    if (normal.length > 4 && normal.endsWith('ed') && participleIsAdjective(t, i)) {
      return { text: normal, head: normal, noun: false, end: i };
    }
  }
  return undefined;
}

/** Index of the last token of the hyphen compound starting at i ("zero-one", "mixture-of-experts"), or i. */
function compoundEnd(t: Tokens, i: number): number {
  let end = i;
  while (
    t.value[end + 1] === '-' &&
    t.spaces[end + 1] === '' &&
    t.spaces[end + 2] === '' &&
    COMPOUND_PART.test(t.normal[end + 2] ?? '') &&
    COMPOUND_PART.test(t.normal[end] ?? '')
  ) {
    end += 2;
  }
  return end;
}

/** A hyphen compound is one word; it heads a phrase when its last part is a noun or gerund. */
function compoundUnit(t: Tokens, start: number, end: number): Unit | undefined {
  const parts: string[] = [];
  for (let k = start; k <= end; k += 2) parts.push(t.normal[k] ?? '');
  if (!parts.some((part) => /\p{L}{2}/u.test(part))) return undefined;
  const last = parts[parts.length - 1] ?? '';
  const lastPos = t.pos[end];
  const lastIsNoun = lastPos === 'NOUN' || lastPos === 'PROPN';
  const text = parts.join('-');
  if (lastPos === 'NOUN') parts[parts.length - 1] = nounLemma(last, t.lemma[end] ?? last);
  return { text, head: parts.join('-'), noun: lastIsNoun || last.endsWith('ing'), end };
}

/** The unit starting at token i: a hyphen compound, a single word, or none. */
function unitAt(t: Tokens, i: number, afterRunMember: boolean): Unit | undefined {
  const end = compoundEnd(t, i);
  return end > i ? compoundUnit(t, i, end) : singleUnit(t, i, afterRunMember);
}

/** "( ACRONYM )" (or "( ACRONYM ," / ";") at token i: the acronym, else ''. */
function parenthesisedAcronym(t: Tokens, i: number, closes: ReadonlySet<string>): string {
  const acronym = t.value[i + 1] ?? '';
  return t.value[i] === '(' && isAcronym(acronym) && closes.has(t.value[i + 2] ?? '') ? acronym : '';
}

export function extractPhrases(text: string): ExtractedPhrases {
  const t = readTokens(cleanText(text));
  const result: ExtractedPhrases = { phrases: [], surfaces: [], definitions: [] };
  let run: Unit[] = [];
  // The acronym inside "long form (ACRONYM)" is a definition, not another occurrence.
  let definedAcronymAt = -1;
  // "long form (ACRONYM) head": the phrase goes on after the parenthesis; `at` is where it was.
  let bridge: { acronym: string; at: number; to: number } | undefined;

  /** The long form of `acronym` among `units` up to `at`, and the head the phrase goes on with. */
  const define = (acronym: string, units: readonly Unit[], at: number, words: readonly string[]): boolean => {
    const start = longFormStart(acronym, units.slice(0, at).map((u) => u.text));
    if (start < 0) return false;
    const longForm = [...units.slice(start, at - 1).map((u) => u.text), units[at - 1]?.head ?? ''];
    result.definitions.push([acronymKey(acronym), longForm.join(' '), words.slice(at).join(' ')]);
    return true;
  };

  const closeRun = (): void => {
    let from = 0;
    while (from < run.length && STOP_MODIFIERS.has(run[from]?.text ?? '')) from++;
    const units = run.slice(from);
    const last = run[run.length - 1];
    const bridged = bridge;
    run = [];
    bridge = undefined;
    if (last === undefined) return;
    let to = units.length;
    while (to > 0 && !units[to - 1]?.noun) to--;
    const kept = units.slice(0, to);
    const words = kept.map((u, k) => (k === to - 1 ? u.head : u.text));
    if (bridged && bridged.at > from) define(bridged.acronym, units, bridged.at - from, words);
    const acronym = bridged ? '' : parenthesisedAcronym(t, last.end + 1, ACRONYM_CLOSE);
    if (acronym && define(acronym, units, units.length, units.map((u, k) => (k === units.length - 1 ? u.head : u.text)))) {
      definedAcronymAt = last.end + 2;
    }
    if (to === 0) return;
    const phrase = words.join(' ');
    if (STOP_TERMS.has(phrase)) return;
    if (to === 1 && phrase.length < 3 && !isAcronym(phrase)) return;
    result.phrases.push(phrase);
    result.surfaces.push(kept.map((u) => u.text).join(' '));
  };

  const count = t.value.length;
  for (let i = 0; i < count; i++) {
    const afterRunMember = run.length > 0 && ((run[run.length - 1]?.end ?? -2) === i - 1 || bridge?.to === i);
    const unit = i === definedAcronymAt ? undefined : unitAt(t, i, afterRunMember);
    if (unit === undefined && afterRunMember && !bridge) {
      const acronym = parenthesisedAcronym(t, i, BRIDGE_CLOSE);
      if (acronym && unitAt(t, i + 3, true) !== undefined) {
        bridge = { acronym, at: run.length, to: i + 3 };
        i += 2;
        continue;
      }
    }
    if (unit === undefined || !afterRunMember) closeRun();
    if (unit !== undefined) run.push(unit);
    i = unit === undefined ? i : unit.end;
  }
  closeRun();
  return result;
}
