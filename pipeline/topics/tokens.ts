// One text as wink-nlp's tagged tokens, with the words wink splits put back together: it cuts an
// alphanumeric word at a digit or a letter it does not know ("3DGS" → "3" "DGS", "Erdős" →
// "Erd" "ő" "s"), and a term made of a fragment ("dgs", "erd") names nothing.
import { createRequire } from 'node:module';
import winkNLP, { type ItsFunction } from 'wink-nlp';

/**
 * wink's English model, loaded on the first text: it takes ~0.75 s of CPU and ~60 MB, which a
 * thread that never tags (the main thread while phrase workers tag) should not pay. Only the POS
 * tagger: phrases never cross punctuation, so sentence boundaries, entities, negation and
 * sentiment would be work for nothing.
 */
let tagger: { nlp: ReturnType<typeof winkNLP>; lemmaOf: ItsFunction<string> } | undefined;
function loadTagger() {
  const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
  const nlp = winkNLP(model, ['pos']);
  // wink's typings declare its.lemma with `addons` as third parameter, where its own ItsFunction
  // type expects it fourth; `tokens().out(its.lemma)` is the documented call and works.
  return { nlp, lemmaOf: nlp.its.lemma as unknown as ItsFunction<string> };
}

export interface Tokens {
  value: string[];
  normal: string[];
  pos: string[];
  lemma: string[];
  /** The spaces before each token: '' when it touches the previous one. */
  spaces: string[];
}

const ALPHANUMERIC = /^[\p{L}\p{N}]+$/u;
/** Tags that say nothing of the word a number or a stray letter is glued into. */
const WEAK_TAGS = new Set(['NUM', 'X', 'SYM', 'PUNCT']);

export function readTokens(text: string): Tokens {
  const { nlp, lemmaOf } = (tagger ??= loadTagger());
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const t: Tokens = {
    value: tokens.out() as string[],
    normal: tokens.out(its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    lemma: tokens.out(lemmaOf) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
  };
  return t.value.some((_, i) => glued(t, i)) ? joinGlued(t) : t;
}

/** Token i touches token i − 1 and both are letters or digits: two pieces of one word. */
function glued(t: Tokens, i: number): boolean {
  return i > 0 && t.spaces[i] === '' && ALPHANUMERIC.test(t.value[i]!) && ALPHANUMERIC.test(t.value[i - 1]!);
}

/** Glued pieces as one token, tagged as its first telling piece ("3" NUM + "DGS" PROPN: PROPN). */
function joinGlued(t: Tokens): Tokens {
  const out: Tokens = { value: [], normal: [], pos: [], lemma: [], spaces: [] };
  t.value.forEach((value, i) => {
    const last = out.value.length - 1;
    if (!glued(t, i)) {
      out.value.push(value);
      out.normal.push(t.normal[i]!);
      out.pos.push(t.pos[i]!);
      out.lemma.push(t.lemma[i]!);
      out.spaces.push(t.spaces[i]!);
      return;
    }
    out.value[last] += value;
    out.normal[last] += t.normal[i]!;
    out.lemma[last] = out.normal[last]!;
    if (WEAK_TAGS.has(out.pos[last]!)) out.pos[last] = t.pos[i]!;
  });
  return out;
}
