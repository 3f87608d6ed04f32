// Shared text helpers: one normal form for every parser, and the rejects they emit.
import type { Reject, SourceFormat } from '../model';

const EXCERPT_MAX = 200;

/**
 * A leading byte-order mark dropped and every line end made "\n", so CRLF, CR and BOM input
 * parse exactly like plain LF input and line numbers agree with what an editor shows.
 */
export function normaliseText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/** At most EXCERPT_MAX UTF-16 units, line breaks folded to spaces so a row reads on one line. */
export function excerpt(text: string): string {
  // Only the head matters; cutting first keeps this cheap on a 200 MB line.
  const head = text.slice(0, EXCERPT_MAX * 4).replace(/[ \t]*\n\s*/g, ' ').trim();
  if (head.length <= EXCERPT_MAX) return head;
  let cut = head.slice(0, EXCERPT_MAX - 1);
  // Never leave half a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function makeReject(file: string, line: number, format: SourceFormat | 'file', reason: string, text: string): Reject {
  return { source: { file, line, format }, reason, excerpt: excerpt(text) };
}

/** 1-based line of an offset; offsets must come in increasing order (linear overall). */
export function lineCounter(text: string): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    for (let nl = text.indexOf('\n', pos); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) line++;
    pos = Math.max(pos, offset);
    return line;
  };
}
