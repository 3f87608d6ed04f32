// Where things start in JSON text, for line numbers: JSON.parse gives values, not positions.
// A single linear scan over text that JSON.parse has already accepted, so no validation here.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Offset just past the string literal that opens at `at`. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return i;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offsets of the elements of the array whose "[" is at `open`, and of its "]". */
export function arrayElementOffsets(text: string, open: number): { starts: number[]; close: number } {
  const starts: number[] = [];
  let depth = 0;
  let expectValue = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (depth === 1 && expectValue && c !== 0x5d /* ] of an empty array */) {
      starts.push(i);
      expectValue = false;
    }
    if (c === QUOTE) i = skipString(text, i) - 1;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (i === open) expectValue = true;
    } else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) return { starts, close: i };
    } else if (c === 0x2c && depth === 1) expectValue = true;
  }
  return { starts, close: text.length };
}

/**
 * Offset of the value under `key` in the top-level object whose "{" is at `open`; the last one
 * when the key repeats, as JSON.parse keeps the last.
 */
export function objectValueOffset(text: string, open: number, key: string): number | undefined {
  let found: number | undefined;
  let depth = 0;
  let expectKey = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = skipString(text, i);
      if (depth === 1 && expectKey) {
        const value = skipSpace(text, skipSpace(text, end) + 1); // past the ":"
        if (JSON.parse(text.slice(i, end)) === key) found = value;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (i === open) expectKey = true;
    } else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) break;
    } else if (c === 0x2c && depth === 1) expectKey = true;
  }
  return found;
}
