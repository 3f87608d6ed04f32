// The author line of a profile page: "A, B, C et al. · eth-zurich". Its "et al." is read as a
// table's author cell reads it (author-names.ts).
import { ET_AL_END } from './author-names';

export interface AuthorLine {
  names: string[];
  /** The page cut the list short with "et al.". */
  truncated: boolean;
  affiliation?: string;
}

const AFFILIATION_SEPARATOR = ' · ';

export function splitAuthorLine(text: string): AuthorLine {
  let rest = text.trim();
  let affiliation: string | undefined;
  const cut = rest.lastIndexOf(AFFILIATION_SEPARATOR);
  if (cut >= 0) {
    affiliation = rest.slice(cut + AFFILIATION_SEPARATOR.length).trim() || undefined;
    rest = rest.slice(0, cut).trim();
  }
  const truncated = ET_AL_END.test(rest);
  if (truncated) rest = rest.replace(ET_AL_END, '');
  const names = rest
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return affiliation === undefined ? { names, truncated } : { names, truncated, affiliation };
}

/** True when every comma-separated part could be a person's name (a sentence's parts cannot). */
export function looksLikeAuthorLine(text: string): boolean {
  if (text.length > 5000) return false;
  const { names } = splitAuthorLine(text);
  return names.length > 0 && names.every(looksLikeName);
}

/** "et al." or an affiliation tail: only an author line has them. */
export function hasAuthorLineMarks(text: string): boolean {
  const trimmed = text.trim();
  return ET_AL_END.test(trimmed.split(AFFILIATION_SEPARATOR)[0] ?? '') || trimmed.includes(AFFILIATION_SEPARATOR);
}

function looksLikeName(name: string): boolean {
  return (
    name.length <= 100 &&
    /\p{L}/u.test(name) &&
    name.split(/\s+/).length <= 8 &&
    !/[:;!?"“”()[\]{}$\\=<>|]/.test(name) &&
    // A sentence ends in a word and a full stop; a name at most in an initial ("Peter L.").
    !/\p{L}{4,}\.$/u.test(name)
  );
}
