// A BibTeX name list ("Knuth, Donald E. and van der Berg, Jan and {World Health Organization}
// and others") → names in their fullest form, "von Last, First, Jr". Lists in the form the
// exports write (every name "Last, First" in plain text) are read here; any other goes through
// the parser's name parts (bibtex-tex.ts), which know "First von Last" and TeX accents.
import type { Creator } from '@retorquere/bibtex-parser';
import { plainText } from './bibtex-tex';

export interface NameList {
  names: string[];
  /** BibTeX's "and others": the list is cut short. */
  truncated: boolean;
}

/** The names of a plain list of "Last, First" names; undefined when the parser must read it. */
export function plainNames(raw: string): NameList | undefined {
  const list: NameList = { names: [], truncated: false };
  for (const part of splitAnd(raw)) {
    const literal = /^\{([^{}]*)\}$/.exec(part)?.[1];
    const text = literal ?? plainText(part);
    if (text === undefined) return undefined;
    if (text === 'others') list.truncated = true;
    else if (literal !== undefined) list.names.push(text);
    else {
      const parts = text.split(',').map((p) => p.trim());
      // "Last, First" or "Last, Jr, First"; a name without a comma may be "First von Last".
      if (parts.length === 1 && /\s/.test(text)) return undefined;
      if (parts.length > 3 || parts.some((p) => p === '')) return undefined;
      const [last, a, b] = parts;
      list.names.push([last, b ?? a, b === undefined ? undefined : a].filter((p) => p !== undefined).join(', '));
    }
  }
  return list;
}

export function creatorNames(creators: readonly Creator[]): NameList {
  const others = (c: Creator) => !c.name && !c.firstName && c.lastName === 'others';
  return { names: creators.filter((c) => !others(c)).map(formatName), truncated: creators.some(others) };
}

function formatName(c: Creator): string {
  if (c.name) return c.name;
  const family = [c.prefix, c.lastName].filter(Boolean).join(' ');
  return [family, c.firstName, c.suffix].filter(Boolean).join(', ');
}

const AND = /\s+and(?=\s)/iy;

/** The list cut at " and " outside braces, as BibTeX cuts it. */
function splitAnd(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      AND.lastIndex = i;
      if (AND.test(raw)) {
        parts.push(raw.slice(from, i));
        from = i = AND.lastIndex;
      }
    }
  }
  parts.push(raw.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
