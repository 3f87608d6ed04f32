// An author profile page: a header (name, main category, figures) and then one block per paper:
//
//   LGMay 25, 2023Code          categories, date, Code flag
//   Sharpness-Aware ...         title
//   A, B, C et al. · eth-zurich author line
//   We study ...                abstract
//
// Blocks start at their category/date line and are read by their non-blank lines, so a lost or
// doubled blank line changes nothing. The owner is an author of every paper on the page.
import type { SourceRecord } from '../model';
import { hasAuthorLineMarks, looksLikeAuthorLine, splitAuthorLine } from './author-line';
import { parseDate } from './dates';
import type { LineConsumer } from './lines';
import { Lookahead } from './lookahead';
import { type CategoryDateLine, parseCategoryDateLine } from './page-lines';
import { ProfileHeader } from './profile-header';
import { Collector } from './result';
import { looksLikeTitle, type TextLine } from './title-pairs';

/** A paper's title, author line and abstract, plus the line after them that may start another paper. */
const PAPER_LINES = 4;

interface Block {
  start: TextLine;
  head: CategoryDateLine;
  /** Its title and fields are not read yet. */
  fresh: boolean;
}

export class ProfilePageParser implements LineConsumer {
  readonly out: Collector;
  /** Until the first block starts. */
  private header: ProfileHeader | undefined;
  private owner: string | undefined;
  private block: Block | undefined;
  private readonly lines = new Lookahead<TextLine>(PAPER_LINES, (window) => (this.block?.fresh ? this.readHead(window) : this.readLoose(window)));

  constructor(file: string) {
    this.out = new Collector(file, 'profile-page');
    this.header = new ProfileHeader(this.out);
  }

  line(raw: string, index: number): void {
    const text = raw.trim();
    if (text === '') return;
    const head = parseCategoryDateLine(text);
    if (head) {
      this.closeSection();
      this.block = { start: { index, text }, head, fresh: true };
    } else if (this.header) this.header.push({ index, text });
    else this.lines.push({ index, text });
  }

  end(): void {
    this.closeSection();
  }

  /** The header or block so far is complete: read what is left of it. */
  private closeSection(): void {
    if (this.header) {
      const { owner, loose } = this.header.end();
      this.header = undefined;
      this.owner = owner;
      for (const line of loose) this.lines.push(line);
    }
    this.lines.end();
    if (this.block?.fresh) this.readHead([]);
  }

  /**
   * The title, an optional author line and the abstract after a category/date line. Lines after
   * those (a block whose next category/date line was lost) are read loose.
   */
  private readHead(window: readonly TextLine[]): number {
    const block = this.block!;
    block.fresh = false;
    const title = window[0] && !hasAuthorLineMarks(window[0].text) ? window[0] : undefined;
    const fields = paperFields(window, title ? 1 : 0);
    const last = window[fields.next - 1] ?? block.start;
    if (!title) {
      const used = [block.start.text, ...window.slice(0, fields.next).map((t) => t.text)].join('\n');
      this.out.reject(block.start.index + 1, last.index + 1, 'paper block without a title after its category/date line', used);
      return fields.next;
    }
    const record: SourceRecord = {
      source: this.out.source(block.start.index + 1, last.index + 1),
      title: title.text,
      date: parseDate(block.head.dateText) ?? { raw: block.head.dateText },
      hasCode: block.head.hasCode,
    };
    if (block.head.categories.length > 0) record.categories = block.head.categories;
    this.out.records.push(withFields(record, fields, this.owner));
    return fields.next;
  }

  /**
   * A line outside any category/date block: a title above an author line is a paper without its
   * date; any other line is rejected on its own, so each shows up in the rejects.
   */
  private readLoose(window: readonly TextLine[]): number {
    const line = window[0]!;
    if (!startsPaper(window, 0)) {
      this.out.reject(line.index + 1, line.index + 1, 'line fits no field of a paper block (a lost category/date line?)', line.text);
      return 1;
    }
    const fields = paperFields(window, 1);
    const last = window[fields.next - 1]!;
    this.out.records.push(withFields({ source: this.out.source(line.index + 1, last.index + 1), title: line.text }, fields, this.owner));
    return fields.next;
  }
}

interface PaperFields {
  authorLine?: TextLine;
  abstract?: TextLine;
  /** Index of the first line not used. */
  next: number;
}

/** From `from`: an author line if one is there, then the abstract unless the line starts another paper. */
function paperFields(text: readonly TextLine[], from: number): PaperFields {
  let i = from;
  const authorLine = text[i] && looksLikeAuthorLine(text[i]!.text) ? text[i++] : undefined;
  const abstract = text[i] && !startsPaper(text, i) ? text[i++] : undefined;
  return { authorLine, abstract, next: i };
}

/** A title-like line directly above an author line. */
function startsPaper(text: readonly TextLine[], i: number): boolean {
  const line = text[i];
  const next = text[i + 1];
  return !!line && !!next && looksLikeTitle(line.text) && !hasAuthorLineMarks(line.text) && looksLikeAuthorLine(next.text);
}

function withFields(record: SourceRecord, fields: PaperFields, owner: string | undefined): SourceRecord {
  if (fields.abstract) record.abstract = fields.abstract.text;
  if (fields.authorLine) {
    const { names, truncated, affiliation } = splitAuthorLine(fields.authorLine.text);
    record.authors = names;
    record.authorsTruncated = truncated;
    if (affiliation !== undefined) record.affiliation = affiliation;
  }
  if (owner !== undefined) addOwner(record, owner);
  return record;
}

/** The page hides its owner behind "et al." on many papers; the owner wrote every one of them. */
function addOwner(record: SourceRecord, owner: string): void {
  const key = foldName(owner);
  const authors = record.authors ?? [];
  if (authors.some((a) => foldName(a) === key)) return;
  record.authors = [...authors, owner];
  record.authorsInferred = [owner];
}

function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
