// A reference as PubMed's reference lists write it, in NLM's citation style: "Lawrence MS, Stojanov
// P, et al. Mutational heterogeneity in cancer. Nature. 2013 Jul 11;499(7457):214-8." Older lists
// give only the journal part ("Nature. 2013 Aug 22;500(7463):415-21"). NLM's journal abbreviations
// carry no full stops, so the parts are split at ". "; what does not have the style's
// "year;volume:page" gives nothing but its text (and a DOI it names).
import type { CitedReference } from '../model';

/** ". 2013 Aug 22;500(7463):415-21": the year (a month and day may follow), then ";volume(issue):pages". */
const DATE_AND_NUMBERS = /(?:^|\.\s+)((?:1[6-9]|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s+\d{1,2})?)?\s*;\s*([\dA-Za-z-]+)?(?:\s*\([^)]*\))?(?:\s*:\s*([A-Za-z]{0,2}\d+))?/;
/** "Siegel RL, Miller KD": family names with initials. */
const AUTHOR_LIST = /^[\p{Lu}][\p{L}'’ -]*\s\p{Lu}{1,3}(?:,|$)/u;
const DOI_IN = /\bdoi:\s*(10\.\d{4,9}\/\S+?)\.?(?:\s|$)/i;

export function parseNlmCitation(raw: string): Omit<CitedReference, 'raw'> {
  const doi = DOI_IN.exec(raw)?.[1];
  const found: Omit<CitedReference, 'raw'> = doi ? { ids: { doi } } : {};
  const numbers = DATE_AND_NUMBERS.exec(raw);
  if (!numbers) return found;
  const parts = raw.slice(0, numbers.index).split(/\.\s+/).map((p) => p.trim()).filter((p) => p !== '');
  const source = parts.pop();
  if (source === undefined) return found;
  const authors = parts.length > 0 && AUTHOR_LIST.test(parts[0]!) ? parts.shift()! : undefined;
  const firstAuthor = authors?.split(/,\s*/)[0]?.replace(/\s+et al$/, '');
  return {
    ...found,
    ...(firstAuthor ? { firstAuthor } : {}),
    year: Number(numbers[1]),
    ...(parts.length > 0 ? { title: parts.join('. ') } : {}),
    source,
    ...(numbers[2] ? { volume: numbers[2] } : {}),
    ...(numbers[3] ? { page: numbers[3] } : {}),
  };
}
