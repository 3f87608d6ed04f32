// Noun phrases of one text, as VOSviewer extracts them: runs of adjectives and nouns that end in a
// noun, tagged by wink-nlp. A pure function of the text, so it can run in worker threads.

import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { acronymKey, isAcronym, longFormStart } from './acronyms';
import { cleanText } from './clean';
import { nounLemma } from './lemmas';
import { STOP_MODIFIERS, STOP_TERMS, VERB_LIKE_NOUNS, VERB_ONLY_GERUNDS } from './stopwords';

// Only the POS tagger: phrases never cross punctuation, so sentence boundaries, entities,
// negation and sentiment would be work for nothing.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink's typings declare its.lemma with `addons` as third parameter, where its own ItsFunction type
// expects it fourth; `tokens().out(its.lemma)` is the documented call and works.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

export interface ExtractedPhrases {
  /**
   * Phrases in text order, lower-case with the head noun singular ("neural network"); acronyms keep
   * their case ("SAM optimizer") so the corpus can later replace them by their long form.
   */
  phrases: string[];
  /** Each phrase as written (lower-case but for acronyms): the source of a term's variants. */
  surfaces: string[];
  /** "long form (ACRONYM)" definitions found in the text: [acronym, long form as in `phrases`]. */
  definitions: [acronym: string, longForm: string][];
}

interface Unit {
  /** Lower-case but for acronyms, as written. */
  text: string;
  /** The form at the end of a phrase: singular for nouns ("networks" → "network"). */
  head: string;
  noun: boolean;
  /** Index of the unit's last token: units whose tokens touch form one run. */
  end: number;
}

interface Tokens {
  value: string[];
  normal: string[];
  pos: string[];
  lemma: string[];
  spaces: string[];
}

const WORD = /^\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*$/u;
const COMPOUND_PART = /^[\p{L}\p{N}]+$/u;
const POSSESSIVE = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);
const OBJECT_START = new Set(['DET', 'PRON', 'NUM']);
const NOUN_FOLLOWERS = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'PART', 'SYM']);
const ACRONYM_CLOSE = new Set([')', ',', ';']);
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
  if (normal.length < 2 || !WORD.test(normal)) return undefined;
  const pos = t.pos[i];
  if ((pos === 'NOUN' || pos === 'PROPN') && VERB_LIKE_NOUNS.has(normal)) return undefined;
  if (pos === 'NOUN') return { text: normal, head: nounLemma(normal, t.lemma[i] ?? normal), noun: true, end: i };
  if (pos === 'PROPN') {
    const value = t.value[i] ?? normal;
    const form = isAcronym(value) ? value : normal;
    return { text: form, head: form, noun: true, end: i };
  }
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

export function extractPhrases(text: string): ExtractedPhrases {
  const doc = nlp.readDoc(cleanText(text));
  const tokens = doc.tokens();
  const t: Tokens = {
    value: tokens.out() as string[],
    normal: tokens.out(its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    lemma: tokens.out(lemmaOf) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
  };
  const result: ExtractedPhrases = { phrases: [], surfaces: [], definitions: [] };
  let run: Unit[] = [];
  // The acronym inside "long form (ACRONYM)" is a definition, not another occurrence.
  let definedAcronymAt = -1;

  const closeRun = (): void => {
    let from = 0;
    while (from < run.length && STOP_MODIFIERS.has(run[from]?.text ?? '')) from++;
    const units = run.slice(from);
    const last = run[run.length - 1];
    run = [];
    if (last === undefined) return;
    const acronym = t.value[last.end + 2] ?? '';
    if (t.value[last.end + 1] === '(' && isAcronym(acronym) && ACRONYM_CLOSE.has(t.value[last.end + 3] ?? '')) {
      const start = longFormStart(acronym, units.map((u) => u.text));
      if (start >= 0) {
        const longForm = units.slice(start);
        const head = longForm.pop()?.head ?? '';
        result.definitions.push([acronymKey(acronym), [...longForm.map((u) => u.text), head].join(' ')]);
        definedAcronymAt = last.end + 2;
      }
    }
    let to = units.length;
    while (to > 0 && !units[to - 1]?.noun) to--;
    if (to === 0) return;
    const kept = units.slice(0, to);
    const surface = kept.map((u) => u.text).join(' ');
    const head = kept[to - 1]?.head ?? '';
    const phrase = to === 1 ? head : `${kept.slice(0, to - 1).map((u) => u.text).join(' ')} ${head}`;
    if (STOP_TERMS.has(phrase)) return;
    if (to === 1 && phrase.length < 3 && !isAcronym(phrase)) return;
    result.phrases.push(phrase);
    result.surfaces.push(surface);
  };

  const count = t.value.length;
  for (let i = 0; i < count; i++) {
    const end = compoundEnd(t, i);
    const afterRunMember = run.length > 0 && (run[run.length - 1]?.end ?? -2) === i - 1;
    const unit = i === definedAcronymAt
      ? undefined
      : end > i ? compoundUnit(t, i, end) : singleUnit(t, i, afterRunMember);
    if (unit === undefined || !afterRunMember) closeRun();
    if (unit !== undefined) run.push(unit);
    i = unit === undefined ? i : unit.end;
  }
  closeRun();
  return result;
}
