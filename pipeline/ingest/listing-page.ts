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
import { pageBody } from './page-body';
import { isSeparatorDot, parseAuthorCount, parseListingDate } from './page-lines';
import { Collector, type ParseResult } from './result';
import { looksLikeTitle, pairTitles, TITLE_MAX, type TextLine } from './title-pairs';

/** The lines that close one paper. */
interface Closing {
  lines: TextLine[];
  authorCount?: number;
  submitter?: string;
  dateText?: string;
  upvotes?: number;
}

export function parseListingPage(lines: readonly string[], file: string): ParseResult {
  const out = new Collector(file, 'listing-page');
  const body = pageBody(lines);
  let pending: TextLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const closing = readClosing(body, i);
    if (!closing) {
      pending.push(body[i]!);
      continue;
    }
    closePaper(out, pending, closing);
    pending = [];
    i += closing.lines.length - 1;
  }
  closePaper(out, pending, undefined);
  return out;
}

/** An author count or organisation line, the "·" line and the date line; each may be missing. */
function readClosing(body: readonly TextLine[], start: number): Closing | undefined {
  const closing: Closing = { lines: [] };
  let i = start;
  const text = (k: number) => body[k]?.text ?? '';
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
  if (i === start) return undefined;
  closing.lines = body.slice(start, i);
  return closing;
}

/** "apple Apple", "BostonU Boston University": short, and neither "·" nor a date. */
function isOrganisationLine(text: string): boolean {
  return text !== '' && text.length <= 200 && !isSeparatorDot(text) && !parseListingDate(text);
}

/** The title and abstract just above a closing form its paper; lines above those are paired alone. */
function closePaper(out: Collector, pending: readonly TextLine[], closing: Closing | undefined): void {
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
  for (const unit of pairTitles(above)) emitUnit(out, unit);
  if (!closing) return;
  if (!title) {
    const first = closing.lines[0]!;
    out.reject(first.index + 1, 'author/date lines without a paper title above them', closing.lines.map((l) => l.text).join('\n'));
    return;
  }
  const record = emitUnit(out, abstract ? { title, abstract } : { title })!;
  addClosing(record, closing);
}

function addClosing(record: SourceRecord, closing: Closing): void {
  if (closing.authorCount !== undefined) record.authorCount = closing.authorCount;
  if (closing.submitter !== undefined) record.submitter = closing.submitter;
  if (closing.dateText !== undefined) record.date = parseDate(closing.dateText) ?? { raw: closing.dateText };
  if (closing.upvotes !== undefined) record.upvotes = closing.upvotes;
}
