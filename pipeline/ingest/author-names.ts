// An author cell of a table to the names it holds. Tables write lists in many ways: "A; B",
// "A | B", one name a line, "A, B and C", "A, B, & C", "Smith, A., Jones, B.", and "Smith, John"
// is one person. The rules, strongest first:
// - a line break, ";" or "|" separates names, and nothing else does then: "Last, First" parts of
//   such a list stay whole;
// - otherwise "and" separates names, and so does "&" after a comma or between two names of two
//   words or more: "Johnson & Johnson", "Ernst & Young Research" and "AT&T Labs" are one name;
// - a comma separates names when every part it separates has two words or more ("Ann One, Bo
//   Two"), except that initials after a comma belong to the name before ("Smith, A."); two parts
//   with a one-word one are one name, "Last, First"; three or more such parts are kept whole, and
//   said to be doubtful, since the commas may cut names or cut between them;
// - "et al.", "et al" or "and others" at the end say the list is cut short, and are no name.

export interface AuthorNames {
  names: string[];
  /** The list ended in "et al." or the like. */
  truncated: boolean;
  /** Why the split may be wrong, when it may. */
  doubt?: string;
}

/** "et al." (also "et al", "et. al.") at the end of a text, with the separator before it. */
export const ET_AL_END = /(?:,\s*|\s+|^)et\.?\s+al\.?$/i;
const CUT_SHORT_END = /(?:[,;|]\s*|\s+|^)(?:et\.?\s+al\.?|and\s+others)$/i;
/** A list item that is only a sign of more names. */
const CUT_SHORT_ITEM = /^(?:(?:and\s+)?others|et\.?\s+al\.?|…|\.\.\.)$/i;
const STRONG_SEPARATOR = /\s*(?:\n|;|\|)\s*/;
/** Comma (with an optional conjunction after it), or a conjunction alone. Captured, to tell them apart. */
const WEAK_SEPARATOR = /(\s*,\s*(?:(?:and|&)\s+)?|\s+and\s+|\s+&\s+)/i;
const LEADING_CONJUNCTION = /^(?:and|&)\s+/i;
/** "A.", "J.-P.", "A. B.", "AB": what follows a surname and a comma. */
const INITIALS = /^(?:\p{Lu}\.?(?:\s*-\s*|\s+)?){1,4}$/u;

export function splitAuthorNames(text: string): AuthorNames {
  let rest = text.trim();
  const truncated = CUT_SHORT_END.test(rest);
  if (truncated) rest = rest.replace(CUT_SHORT_END, '');
  if (STRONG_SEPARATOR.test(rest)) return listItems(rest.split(STRONG_SEPARATOR).map((n) => n.replace(LEADING_CONJUNCTION, '')), truncated);
  return { ...splitWeakList(rest), truncated };
}

/** Names given one per item (a JSON array, the parts of a ";" list): signs of more names dropped, and noted. */
export function listItems(items: readonly string[], truncated = false): AuthorNames {
  const names: string[] = [];
  for (const item of items) {
    const name = item.trim();
    if (CUT_SHORT_ITEM.test(name)) truncated = true;
    else if (name !== '') names.push(name);
  }
  return { names, truncated };
}

interface Part {
  text: string;
  /** How it is joined to the part before: "," or a conjunction. */
  after: 'comma' | 'and' | 'amp' | 'comma-and';
}

function splitWeakList(text: string): Omit<AuthorNames, 'truncated'> {
  const pieces = text.split(WEAK_SEPARATOR);
  const parts: Part[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    if (piece === '') continue;
    const last = parts[parts.length - 1];
    const after = i === 0 ? 'comma' : separatorKind(pieces[i - 1]!);
    // Initials after a comma finish the name before: "Smith, A.".
    if (last && after === 'comma' && INITIALS.test(piece) && !INITIALS.test(last.text)) last.text += `, ${piece}`;
    else parts.push({ text: piece, after });
  }
  // "&" between two names of two words or more separates them; any other is part of one name.
  for (let i = parts.length - 1; i > 0; i--) {
    const [before, part] = [parts[i - 1]!, parts[i]!];
    if (part.after === 'amp' && !(words(before.text) >= 2 && words(part.text) >= 2)) {
      before.text += ` & ${part.text}`;
      parts.splice(i, 1);
    }
  }
  // Conjunctions cut the list into runs of comma-separated parts; each run is read alone.
  const names: string[] = [];
  let doubt: string | undefined;
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 1 || run.every((p) => words(p) >= 2)) names.push(...run);
    else if (run.length === 2) names.push(run.join(', '));
    else if (run.length > 0) {
      names.push(run.join(', '));
      doubt = 'commas between one-word parts: kept as one name, since they may cut names or cut between them';
    }
    run = [];
  };
  for (const part of parts) {
    if (part.after !== 'comma') endRun();
    run.push(part.text);
  }
  endRun();
  return doubt === undefined ? { names } : { names, doubt };
}

function separatorKind(separator: string): Part['after'] {
  if (separator.includes(',')) return /and|&/i.test(separator) ? 'comma-and' : 'comma';
  return /and/i.test(separator) ? 'and' : 'amp';
}

function words(name: string): number {
  return name.split(/\s+/).length;
}
