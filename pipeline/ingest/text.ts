// Shared text helpers: one normal form for every parser, and the rejects they emit.
import type { Reject, SourceFormat, SourceRef, Warning } from '../model';

const EXCERPT_MAX = 200;
/** excerpt() reads no further than this, so callers may keep just this much of a long text. */
export const EXCERPT_SOURCE = EXCERPT_MAX * 4;

/**
 * A leading byte-order mark dropped and every line end made "\n", so CRLF, CR and BOM input
 * parse exactly like plain LF input and line numbers agree with what an editor shows. Fed in
 * chunks, the result is the same however the text is cut: a CR that ends a chunk waits to see
 * whether an LF follows.
 */
export class TextNormaliser {
  private started = false;
  private heldCR = false;

  push(chunk: string): string {
    let text = this.heldCR ? `\r${chunk}` : chunk;
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.heldCR = text.endsWith('\r');
    if (this.heldCR) text = text.slice(0, -1);
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }

  end(): string {
    return this.heldCR ? '\n' : '';
  }
}

export function normaliseText(text: string): string {
  const normaliser = new TextNormaliser();
  return normaliser.push(text) + normaliser.end();
}

/** At most EXCERPT_MAX UTF-16 units, line breaks folded to spaces so a row reads on one line. */
export function excerpt(text: string): string {
  // Only the head matters; cutting first keeps this cheap on a 200 MB line.
  const head = text.slice(0, EXCERPT_SOURCE).replace(/[ \t]*\n\s*/g, ' ').trim();
  if (head.length <= EXCERPT_MAX) return head;
  let cut = head.slice(0, EXCERPT_MAX - 1);
  // Never leave half a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** `line` 0 is the file as a whole; otherwise [line, endLine] is the block the reject covers. */
export function makeReject(file: string, line: number, endLine: number, format: SourceFormat | 'file', reason: string, text: string): Reject {
  return { source: sourceRef(file, line, endLine, format), reason, excerpt: excerpt(text) };
}

export function makeWarning(file: string, line: number, endLine: number, format: SourceFormat | 'file', field: string, value: string, reason: string): Warning {
  return { source: sourceRef(file, line, endLine, format), field, value: excerpt(value), reason };
}

function sourceRef(file: string, line: number, endLine: number, format: SourceFormat | 'file'): SourceRef {
  return line === 0 ? { file, line, format } : { file, line, endLine, format };
}

/** The first EXCERPT_SOURCE characters of a text given in pieces: all excerpt() needs of it. */
export class TextHead {
  text = '';

  add(piece: string, separator = ''): void {
    if (this.text.length < EXCERPT_SOURCE) this.text += (this.text === '' ? '' : separator) + piece.slice(0, EXCERPT_SOURCE);
  }
}
