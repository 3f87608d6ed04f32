// What an export says of its authors beyond their names, tied to the names it is said of:
// Web of Science writes addresses as "Liao, Pin-Chao; Zhang, Kenan, Tsinghua Univ, …" (or
// "[Liao, Pin-Chao; Zhang, Kenan] Tsinghua Univ, …") and ids as "Bornmann, Lutz/0000-0003-0810-7091".
// A name is matched to an author as the author list writes it (case and spacing aside), or else
// to the one author with that family name and first initial. What matches no author is handed
// back rather than guessed at.
import type { AuthorDetail, AuthorIdKind } from '../model';

export class AuthorDetails {
  private readonly details: AuthorDetail[];
  private readonly keys: string[];

  constructor(private readonly authors: readonly string[]) {
    this.details = authors.map(() => ({}));
    this.keys = authors.map(nameKey);
  }

  /**
   * An address line: given to the authors its leading names match, and true; false when no
   * author's name leads it (a paper-level or reprint address).
   */
  address(line: string): boolean {
    const bracketed = /^\[([^\]]*)\]\s*(.+)$/.exec(line);
    const matched: number[] = [];
    let rest = line;
    if (bracketed) {
      for (const name of bracketed[1]!.split(';')) {
        const i = this.find(name);
        if (i !== undefined) matched.push(i);
      }
      rest = bracketed[2]!;
    } else {
      for (let i = this.leading(rest); i !== undefined; i = this.leading(rest)) {
        matched.push(i);
        rest = rest.slice(this.authors[i]!.length).replace(/^\s*[;,]\s*/, '');
      }
    }
    if (matched.length === 0 || rest.trim() === '') return false;
    for (const i of new Set(matched)) (this.details[i]!.affiliations ??= []).push(rest.trim());
    return true;
  }

  /** "Name/id": the id given to that author, and true; false when the name matches none. */
  id(item: string, kind: 'orcid' | AuthorIdKind): boolean {
    const m = /^(.*)\/\s*([^/]+)$/.exec(item.trim());
    const i = m ? this.find(m[1]!) : undefined;
    if (i === undefined) return false;
    const detail = this.details[i]!;
    if (kind === 'orcid') detail.orcid ??= m![2]!.trim();
    else (detail.ids ??= {})[kind] ??= m![2]!.trim();
    return true;
  }

  /** One detail per author, or undefined when nothing was said of any. */
  result(): AuthorDetail[] | undefined {
    return this.details.some((d) => Object.keys(d).length > 0) ? this.details : undefined;
  }

  /** The author whose name starts the text, followed by a separator; the longest name wins. */
  private leading(text: string): number | undefined {
    const lower = text.toLowerCase();
    let best: number | undefined;
    this.authors.forEach((name, i) => {
      const key = name.toLowerCase();
      if (lower.startsWith(key) && /^\s*[;,]/.test(text.slice(key.length)) && (best === undefined || key.length > this.authors[best]!.length)) best = i;
    });
    return best;
  }

  private find(name: string): number | undefined {
    const key = nameKey(name);
    const exact = this.keys.indexOf(key);
    if (exact !== -1) return exact;
    const [family, given = ''] = key.split(',').map((p) => p.trim());
    const candidates = this.keys.flatMap((k, i) => {
      const [f, g = ''] = k.split(',').map((p) => p.trim());
      return f === family && given !== '' && g[0] === given[0] ? [i] : [];
    });
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

/** Case, spacing and accents aside: "Glanzel, Wolfgang" is "Glänzel, Wolfgang". */
function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
