// Which author of a record a name elsewhere in it means: WoS names authors again in its addresses
// ("[Marghetis, Tyler; Nunez, Rafael] Univ …") and beside their ORCID iDs and ResearcherIDs
// ("kaiser, robin/0000-…", for the author "Kaiser, R"). Names are compared as "Family, Given",
// ignoring case, accents and full stops: the same name is that author; else a name with the same
// family name and given names compatible with every form of the author's ("Robin" with "R",
// "Rafael" with "Rafael E." and "RE"), when only one author has it.

export interface NamedAuthor {
  name: string;
  variants: readonly string[];
}

/** A record's authors, indexed once so that each name is matched in constant time when it is written the same. */
export class AuthorMatcher {
  private readonly byKey = new Map<string, number[]>();
  /** Each author's forms in parts, under each of its family names: a loose match looks at these only. */
  private readonly byFamily = new Map<string, { author: number; forms: NameParts[] }[]>();

  constructor(authors: readonly NamedAuthor[]) {
    authors.forEach((a, i) => {
      const forms = [a.name, ...a.variants];
      for (const key of new Set(forms.map(nameKey))) push(this.byKey, key, i);
      const parts = forms.map(nameParts);
      for (const family of new Set(parts.map((p) => p.family))) push(this.byFamily, family, { author: i, forms: parts });
    });
  }

  /** The indexes of the authors the name is, by the rule above; empty when none is (or several, loosely). */
  match(name: string): number[] {
    const same = this.byKey.get(nameKey(name));
    if (same) return same;
    const parts = nameParts(name);
    const loose = (this.byFamily.get(parts.family) ?? []).filter((c) => c.forms.every((form) => compatible(form, parts)));
    return loose.length === 1 ? [loose[0]!.author] : [];
  }
}

/**
 * A "Name/id" item ("kaiser, robin/0000-0001-5194-3680", WoS OI and RI, their BibTeX ORCID-Numbers
 * and ResearcherID-Numbers): the one author its name matches and the id read by `read`, or why
 * it ties no id (`kind` names the id: "an ORCID iD").
 */
export function tieNamedId(item: string, matcher: AuthorMatcher, read: (text: string) => string | undefined, kind: string): { author: number; id: string } | { doubt: string } {
  const slash = item.lastIndexOf('/');
  const id = read(item.slice(slash + 1));
  const matched = slash > 0 ? matcher.match(item.slice(0, slash)) : [];
  if (id === undefined) return { doubt: `not ${kind}: not used` };
  if (matched.length !== 1) return { doubt: `names no single author of the record: ${kind} not used` };
  return { author: matched[0]!, id };
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function nameKey(name: string): string {
  return fold(name).toLowerCase().replace(/\./g, ' ').replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

interface NameParts {
  family: string;
  /** One letter a given name: "re" for "RE", "R. E." and "Rafael E.". */
  initials: string;
  /** The first given name when it is written out. */
  first?: string;
}

/** "Family, Given" in parts; glued capitals ("RE", "MJL") are initials, as WoS and MEDLINE write them. */
function nameParts(name: string): NameParts {
  const comma = name.indexOf(',');
  const family = nameKey(comma < 0 ? name : name.slice(0, comma));
  const words = fold(comma < 0 ? '' : name.slice(comma + 1)).split(/[\s.-]+/).filter((w) => w !== '');
  const glued = (w: string) => w.length <= 3 && w === w.toUpperCase();
  const initials = words.map((w) => (glued(w) ? w : w[0]!)).join('').toLowerCase();
  const first = words[0] !== undefined && !glued(words[0]) && words[0].length > 1 ? words[0].toLowerCase() : undefined;
  return first === undefined ? { family, initials } : { family, initials, first };
}

/** Same family name; initials that agree; first names that agree where both are written out. */
function compatible(a: NameParts, b: NameParts): boolean {
  if (a.family !== b.family || !(a.initials.startsWith(b.initials) || b.initials.startsWith(a.initials))) return false;
  return a.first === undefined || b.first === undefined || a.first === b.first;
}
