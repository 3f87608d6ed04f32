// A paper's keywords (the authors' and a database's: WoS DE and ID, Scopus, MeSH, OpenAlex topics)
// as phrases of the topic model, the way VOSviewer's keyword maps take them: each keyword whole,
// once per paper, in small letters but for acronyms, so that the merge (merge.ts) joins plurals,
// spellings and acronyms with the phrases of the text. "Large language models (LLMs)" defines LLM.
import { acronymKey, isAcronym, longFormStart } from './acronyms';
import type { Definition, ExtractedPhrases } from './phrases';

const TRAILING_ACRONYM = /^(.*\S)\s*\(([^()\s]+)\)$/u;

export function keywordPhrases(keywords: readonly string[]): ExtractedPhrases {
  const result: ExtractedPhrases = { phrases: [], surfaces: [], definitions: [] };
  const seen = new Set<string>();
  for (const keyword of keywords) {
    const found = keywordPhrase(keyword);
    if (found === undefined || seen.has(found.phrase)) continue;
    seen.add(found.phrase);
    result.phrases.push(found.phrase);
    result.surfaces.push(found.phrase);
    if (found.definition) result.definitions.push(found.definition);
  }
  return result;
}

function keywordPhrase(keyword: string): { phrase: string; definition?: Definition } | undefined {
  const text = keyword.replace(/\s+/g, ' ').replace(/^[\s.;,:]+|[\s.;,:]+$/g, '');
  const defined = TRAILING_ACRONYM.exec(text);
  const words = (defined?.[1] ?? text).split(' ').map((word) => (isAcronym(word) ? word : word.toLowerCase()));
  if (!words.some((word) => /\p{L}{2}/u.test(word))) return undefined;
  const phrase = words.join(' ');
  const acronym = defined?.[2] ?? '';
  if (isAcronym(acronym) && longFormStart(acronym, words) === 0) return { phrase, definition: [acronymKey(acronym), phrase, ''] };
  return { phrase };
}
