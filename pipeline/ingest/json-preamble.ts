// Text around JSON values that is not JSON but often comes with it: comments (// …, # …, /* … */)
// and the anti-XSSI prefixes web APIs put before a response ()]}', while(1);, for(;;);). The
// reader skips them with a warning, and detection looks past them, so such a file is read as
// JSON rather than taken for a text listing.
import { JsonChars, nextChar, type Wait } from './json-chars';
import { readLimits } from './record-limit';

export interface NonJson {
  /** "a comment", "the anti-XSSI prefix ")]}'"". */
  what: string;
  line: number;
  endLine: number;
  text: string;
  /** False for a "/*" comment the text ends inside. */
  closed: boolean;
}

const XSSI_PREFIX = /^(?:\)\]\}',?|while\s*\(\s*(?:1|true)\s*\)\s*;|for\s*\(\s*;\s*;\s*\)\s*;)/;
/** Longer than any prefix XSSI_PREFIX takes, with the spaces it allows. */
const PREFIX_LOOKAHEAD = 40;

/** Skips the comment or prefix at the next character, if one is there; prefixes count only before the first value. */
export function* skipNonJson(chars: JsonChars, beforeFirstValue: boolean): Wait<NonJson | undefined> {
  const c = chars.peek();
  const mayBePrefix = beforeFirstValue && (c === ')' || c === 'w' || c === 'f');
  if (c !== '#' && c !== '/' && !mayBePrefix) return undefined;
  yield* chars.ensure(PREFIX_LOOKAHEAD);
  const ahead = chars.ahead(PREFIX_LOOKAHEAD);
  const kind = c === '#' || ahead.startsWith('//') ? 'line' : ahead.startsWith('/*') ? 'block' : undefined;
  const prefix = kind === undefined && mayBePrefix ? XSSI_PREFIX.exec(ahead)?.[0] : undefined;
  if (kind === undefined && prefix === undefined) return undefined;
  const line = chars.line;
  chars.record();
  let closed = true;
  if (prefix !== undefined) chars.take(prefix.length);
  else if (kind === 'line') yield* chars.skipLine();
  else {
    chars.take(2);
    closed = yield* chars.skipPast('*/');
  }
  const what = prefix === undefined ? 'a comment' : `the anti-XSSI prefix ${JSON.stringify(prefix)}`;
  return { what, line, endLine: chars.lastTextLine, text: chars.recording(), closed };
}

/** The start of the text after its leading comments and prefix, when it has any; for detection. */
export function afterNonJson(text: string): string | undefined {
  const chars = new JsonChars(readLimits());
  chars.feed(text);
  chars.finish();
  let skipped = false;
  for (;;) {
    finished(nextChar(chars));
    const found = finished(skipNonJson(chars, true));
    if (!found) break;
    if (!found.closed) return undefined;
    skipped = true;
  }
  return skipped ? chars.ahead(1000) : undefined;
}

/** A step run on text that has ended, which never waits. */
function finished<T>(step: Wait<T>): T {
  const result = step.next();
  if (!result.done) throw new Error('json-preamble: a step waited for text after the end');
  return result.value;
}
