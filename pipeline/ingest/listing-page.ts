// A listing page with counts: site chrome, then per paper
//
//   Title
//   Abstract
//     • 5 authors        or an organisation line such as "apple Apple"
//   ·
//   Mar 8, 2024 6        date, and an upvote count when there is one
//
// The "·"/date lines close a paper, so a paper is the title and abstract above them. Lines are
// read without their blanks, so a lost or doubled blank line changes nothing; text between two
// closings that is more than one paper is paired as on a bare listing.
import type { SourceRecord } from '../model';
import { emitUnit } from './bare-listing';
import { parseDate } from './dates';
import { ListingParser } from './page-body';
import { isSeparatorDot, parseAuthorCount, parseListingDate } from './page-lines';
import { looksLikeTitle, nextUnit, pairTitles, TITLE_MAX, type TextLine, unitSize } from './title-pairs';

/** The lines that close one paper. */
interface Closing {
  lines: TextLine[];
  authorCount?: number;
  submitter?: string;
  dateText?: string;
  upvotes?: number;
}

/** A closing is at most three lines: count or organisation, "·", date. */
const CLOSING_MAX = 3;
/** A closing claims at most the last two lines above it as its title and abstract. */
const CLAIMED = 2;

export class ListingPageParser extends ListingParser {
  /** Lines above the next closing. Those it can no longer claim are paired as soon as they are settled. */
  private pending: TextLine[] = [];

  constructor(file: string) {
    super(file, 'listing-page', CLOSING_MAX);
  }

  protected step(window: readonly TextLine[]): number {
    const closing = readClosing(window);
    if (closing) {
      this.closePaper(closing);
      return closing.lines.length;
    }
    this.pending.push(window[0]!);
    this.pairSettled();
    return 1;
  }

  override end(): void {
    super.end();
    this.closePaper(undefined);
  }

  /**
   * Pairs the pending lines no closing can claim: a unit and the line after it (which decides
   * whether it has an abstract) must lie above the last CLAIMED lines.
   */
  private pairSettled(): void {
    while (this.pending.length >= CLAIMED + 2) {
      const unit = nextUnit(this.pending[0]!, this.pending[1]);
      emitUnit(this.out, unit);
      this.pending.splice(0, unitSize(unit));
    }
  }

  /** The title and abstract just above a closing form its paper; lines above those are paired alone. */
  private closePaper(closing: Closing | undefined): void {
    const pending = this.pending;
    this.pending = [];
    const n = pending.length;
    let title: TextLine | undefined;
    let abstract: TextLine | undefined;
    let above = pending;
    if (closing && n >= 2 && pending[n - 2]!.text.length <= TITLE_MAX) {
      [title, abstract] = [pending[n - 2], pending[n - 1]];
      above = pending.slice(0, n - 2);
    } else if (closing && n >= 1 && looksLikeTitle(pending[n - 1]!.text)) {
      title = pending[n - 1];
      above = pending.slice(0, n - 1);
    }
    for (const unit of pairTitles(above)) emitUnit(this.out, unit);
    if (!closing) return;
    const first = closing.lines[0]!;
    const last = closing.lines.at(-1)!;
    if (!title) {
      this.out.reject(first.index + 1, last.index + 1, 'author/date lines without a paper title above them', closing.lines.map((l) => l.text).join('\n'));
      return;
    }
    const record = emitUnit(this.out, abstract ? { title, abstract } : { title }, last)!;
    addClosing(record, closing);
  }
}

/** An author count or organisation line, the "·" line and the date line; each may be missing. */
function readClosing(window: readonly TextLine[]): Closing | undefined {
  const closing: Closing = { lines: [] };
  let i = 0;
  const text = (k: number) => window[k]?.text ?? '';
  const authorCount = parseAuthorCount(text(i));
  if (authorCount !== undefined) {
    closing.authorCount = authorCount;
    i++;
  } else if (isOrganisationLine(text(i)) && isSeparatorDot(text(i + 1))) {
    closing.submitter = text(i);
    i++;
  }
  if (isSeparatorDot(text(i))) i++;
  const date = parseListingDate(text(i));
  if (date) {
    closing.dateText = date.dateText;
    if (date.upvotes !== undefined) closing.upvotes = date.upvotes;
    i++;
  }
  if (i === 0) return undefined;
  closing.lines = window.slice(0, i);
  return closing;
}

/** "apple Apple", "BostonU Boston University": short, and neither "·" nor a date. */
function isOrganisationLine(text: string): boolean {
  return text !== '' && text.length <= 200 && !isSeparatorDot(text) && !parseListingDate(text);
}

function addClosing(record: SourceRecord, closing: Closing): void {
  if (closing.authorCount !== undefined) record.authorCount = closing.authorCount;
  if (closing.submitter !== undefined) record.submitter = closing.submitter;
  if (closing.dateText !== undefined) record.date = parseDate(closing.dateText) ?? { raw: closing.dateText };
  if (closing.upvotes !== undefined) record.upvotes = closing.upvotes;
}
