// PubMed XML text, in chunks of any size, → its article elements, each whole and with its first
// and last line, without parsing the rest of the document: <PubmedArticle> and
// <PubmedBookArticle> are found by their tags, so one broken article cannot hide the others, and
// only the article being read is held (no more of it than --max-record-mb). The XML declaration,
// the DOCTYPE (never fetched), comments and the <PubmedArticleSet> tags are passed over; anything
// else between articles is stray text. An article whose end tag does not come before the next
// article starts (or the text ends) is unclosed.
import type { ReadLimits } from './record-limit';
import { TextHead } from './text';

export type XmlPiece =
  /** `name`: PubmedArticle, PubmedBookArticle or DeleteCitation. */
  | { kind: 'article'; name: string; text: string; line: number; endLine: number }
  | { kind: 'unclosed'; name: string; text: string; line: number; endLine: number }
  | { kind: 'over'; name: string; chars: number; head: string; line: number; endLine: number }
  | { kind: 'stray'; head: string; line: number; endLine: number };

/** What is cut out whole: articles, and the list of deleted citations an update file ends with. */
const ARTICLE_START = /<(PubmedArticle|PubmedBookArticle|DeleteCitation)(?=[\s/>])/g;
/** Markup between articles that says nothing about a paper, and the offset after it (-1 while its end is yet to come). */
const PASSED_OVER: readonly [RegExp, (text: string, from: number) => number][] = [
  [/^<\?/, (text, from) => after(text, '?>', from)],
  [/^<!--/, (text, from) => after(text, '-->', from)],
  [/^<!DOCTYPE\b/i, doctypeEnd],
  [/^<\/?Pubmed(?:Book)?ArticleSet\b/, (text, from) => after(text, '>', from)],
];
/** Enough of a tag to tell which it is; also what a search keeps when it waits for more text. */
const LOOKAHEAD = 40;

interface Inside {
  name: string;
  line: number;
  /** Offset of its "<" in the buffer; -1 once it is over the limit and its text is let go. */
  start: number;
  /** Where to look for its end tag next. */
  searched: number;
  /** Characters let go (over the limit), and the line of the last of them that is not blank. */
  dropped: number;
  droppedLastLine?: number;
  /** Its first characters, kept as its text is let go. */
  head?: TextHead;
}

export class PubmedSplitter {
  private buf = '';
  /** The line of buf[0]. */
  private line = 1;
  private pos = 0;
  /** A known offset of the buffer and its line (see lineAt). */
  private cursor = { offset: 0, line: 1 };
  private inside: Inside | undefined;
  private stray: { line: number; endLine: number; head: TextHead } | undefined;

  constructor(
    private readonly limits: ReadLimits,
    private readonly emit: (piece: XmlPiece) => void,
  ) {}

  push(chunk: string): void {
    this.buf += chunk;
    this.run(false);
  }

  end(): void {
    this.run(true);
    this.flushStray();
  }

  private run(final: boolean): void {
    while (this.inside ? this.readInside(this.inside, final) : this.readOutside(final));
    this.consume();
  }

  /** Between articles: one construct passed over or read as stray; false when more text is needed. */
  private readOutside(final: boolean): boolean {
    const { buf } = this;
    const lt = buf.indexOf('<', this.pos);
    const textEnd = lt === -1 ? buf.length : lt;
    this.addStray(this.pos, textEnd);
    this.pos = textEnd;
    if (lt === -1) return false;
    if (buf.length - lt < LOOKAHEAD && !final) return false;
    ARTICLE_START.lastIndex = lt;
    const article = ARTICLE_START.exec(buf);
    if (article?.index === lt) {
      this.flushStray();
      this.inside = { name: article[1]!, line: this.lineAt(lt), start: lt, searched: lt + 1, dropped: 0 };
      return true;
    }
    const head = buf.slice(lt, lt + LOOKAHEAD);
    const passedOver = PASSED_OVER.find(([opens]) => opens.test(head))?.[1];
    const end = passedOver ? passedOver(buf, lt) : after(buf, '>', lt);
    const limit = this.limits.maxRecordChars;
    // Wait for its end while it may still come within the limit.
    if (end === -1 && !final && buf.length - lt <= limit) return false;
    if (end === -1 || end - lt > limit) {
      // A "<" that starts nothing that ends: stray text, read on from the next character.
      this.addStray(lt, lt + 1);
      this.pos = lt + 1;
      return true;
    }
    if (passedOver === undefined) this.addStray(lt, end);
    this.pos = end;
    return true;
  }

  /** In an article: its end, the next article's start, or more text to wait for; false when waiting. */
  private readInside(inside: Inside, final: boolean): boolean {
    const { buf } = this;
    const endTag = new RegExp(`</${inside.name}\\s*>`, 'g');
    endTag.lastIndex = inside.searched;
    const end = endTag.exec(buf);
    ARTICLE_START.lastIndex = inside.searched;
    const next = ARTICLE_START.exec(buf);
    if (end && (!next || end.index < next.index)) {
      this.finish(inside, end.index + end[0].length, 'article');
      return true;
    }
    if (next || final) {
      // Ends where the next article starts, or at the end of the text, without its end tag.
      this.finish(inside, next ? next.index : buf.length, 'unclosed');
      return true;
    }
    const from = inside.start === -1 ? 0 : inside.start;
    if (inside.dropped + buf.length - from > this.limits.maxRecordChars) {
      // Keep only what a tag split across chunks needs; count the rest.
      const keep = Math.max(from, buf.length - LOOKAHEAD);
      (inside.head ??= new TextHead()).add(buf.slice(from, keep));
      inside.dropped += keep - from;
      const last = buf.slice(from, keep).trimEnd().length;
      if (last > 0) inside.droppedLastLine = this.lineAt(from + last - 1);
      this.line += countLines(buf, 0, keep);
      this.buf = buf.slice(keep);
      this.cursor = { offset: 0, line: this.line };
      inside.start = -1;
      inside.searched = 0;
      this.pos = 0;
      return false;
    }
    inside.searched = Math.max(inside.searched, buf.length - LOOKAHEAD);
    return false;
  }

  /** The article runs to `to` (exclusive); its size counts all of that, the white space before the next article too. */
  private finish(inside: Inside, to: number, kind: 'article' | 'unclosed'): void {
    const from = inside.start === -1 ? 0 : inside.start;
    const text = this.buf.slice(from, to).trimEnd();
    const endLine = text === '' ? inside.droppedLastLine! : this.lineAt(from + text.length - 1);
    const chars = inside.dropped + to - from;
    if (chars > this.limits.maxRecordChars) {
      const head = inside.head ?? new TextHead();
      head.add(this.buf.slice(from, to));
      this.emit({ kind: 'over', name: inside.name, chars, head: head.text, line: inside.line, endLine });
    } else this.emit({ kind, name: inside.name, text, line: inside.line, endLine } as XmlPiece);
    this.inside = undefined;
    this.pos = to;
  }

  /** Stray text, its head kept as it comes (so however the chunks cut it, the excerpt is the same). */
  private addStray(from: number, to: number): void {
    const text = this.buf.slice(from, to);
    const first = text.search(/\S/);
    if (first === -1) {
      this.stray?.head.add(text);
      return;
    }
    const line = this.lineAt(from + first);
    const endLine = line + countLines(text, first, text.trimEnd().length - 1);
    if (this.stray) {
      this.stray.head.add(text);
      this.stray.endLine = endLine;
    } else {
      this.stray = { line, endLine, head: new TextHead() };
      this.stray.head.add(text.slice(first));
    }
  }

  private flushStray(): void {
    if (!this.stray) return;
    this.emit({ kind: 'stray', head: this.stray.head.text, line: this.stray.line, endLine: this.stray.endLine });
    this.stray = undefined;
  }

  /** Lets go of what has been read; an article being read stays. */
  private consume(): void {
    const keep = this.inside ? (this.inside.start === -1 ? 0 : this.inside.start) : this.pos;
    this.line += countLines(this.buf, 0, keep);
    this.buf = this.buf.slice(keep);
    this.cursor = { offset: 0, line: this.line };
    this.pos -= keep;
    if (this.inside && this.inside.start !== -1) {
      this.inside.start -= keep;
      this.inside.searched -= keep;
    }
  }

  /** The line of an offset in the buffer; offsets asked for mostly grow, so counting goes on from the last one. */
  private lineAt(offset: number): number {
    const cursor = this.cursor.offset <= offset ? this.cursor : { offset: 0, line: this.line };
    this.cursor = { offset, line: cursor.line + countLines(this.buf, cursor.offset, offset) };
    return this.cursor.line;
  }
}

/** The offset after the first `token` past `from`, or -1. */
function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from + 1);
  return at === -1 ? -1 : at + token.length;
}

/** A DOCTYPE's end: an internal subset ("[<!ENTITY …>]") holds ">" of its own. */
function doctypeEnd(text: string, from: number): number {
  const subset = text.indexOf('[', from);
  const gt = text.indexOf('>', from);
  if (subset === -1 || (gt !== -1 && gt < subset)) return gt === -1 ? -1 : gt + 1;
  const close = text.indexOf(']', subset);
  return close === -1 ? -1 : after(text, '>', close);
}

/** Line breaks in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
