// An author profile page: a header (name, main category, figures) and then one block per paper:
//
//   LGMay 25, 2023Code          categories, date, Code flag
//   Sharpness-Aware ...         title
//   A, B, C et al. · eth-zurich author line
//   We study ...                abstract
//
// Blocks start at their category/date line and are read by their non-blank lines, so a lost or
// doubled blank line changes nothing. The owner is an author of every paper on the page.
import type { ProfileStats, SourceRecord } from '../model';
import { hasAuthorLineMarks, looksLikeAuthorLine, splitAuthorLine } from './author-line';
import { parseDate } from './dates';
import { isCategoryCode, parseCategoryDateLine, parseProfileStat } from './page-lines';
import { Collector, type ParseResult } from './result';
import { looksLikeTitle, type TextLine } from './title-pairs';

export function parseProfilePage(lines: readonly string[], file: string): ParseResult {
  const out = new Collector(file, 'profile-page');
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (parseCategoryDateLine(line.trim())) starts.push(i);
  });
  const owner = readHeader(out, nonBlank(lines, 0, starts[0] ?? lines.length));
  starts.forEach((start, k) => readBlock(out, lines, start, starts[k + 1] ?? lines.length, owner));
  return out;
}

function nonBlank(lines: readonly string[], from: number, to: number): TextLine[] {
  const text: TextLine[] = [];
  for (let i = from; i < to; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed !== '') text.push({ index: i, text: trimmed });
  }
  return text;
}

const joined = (text: readonly TextLine[]) => text.map((t) => t.text).join('\n');

/**
 * The owner's name, then figures ("h-index30", "23papers", …) and the "23 Papers" heading.
 * Returns the owner's name when the header makes a profile.
 */
function readHeader(out: Collector, text: readonly TextLine[]): string | undefined {
  const [first, ...rest] = text;
  if (!first) return undefined;
  const firstIsName = !parseProfileStat(first.text) && !isCategoryCode(first.text);
  const stats: ProfileStats = {};
  let figures = 0;
  const unknown: TextLine[] = [];
  for (const line of firstIsName ? rest : text) {
    const stat = parseProfileStat(line.text);
    if (stat) {
      // The "23 Papers" heading repeats the "23papers" figure; the first one stands.
      stats[stat.key] ??= stat.value;
      figures++;
    } else if (isCategoryCode(line.text) && stats.category === undefined) stats.category = line.text;
    else unknown.push(line);
  }
  if (figures === 0) {
    // No profile header: papers whose category/date line was lost, or stray text.
    readLoose(out, text, undefined);
    return undefined;
  }
  if (!firstIsName) {
    out.reject(first.index + 1, "profile header without the owner's name on its first line", joined(text));
    return undefined;
  }
  for (const line of unknown) out.reject(line.index + 1, 'unrecognised line in the profile header', line.text);
  out.profiles.push({ name: first.text, stats, source: out.source(first.index + 1) });
  return first.text;
}

/**
 * The category/date line, the title, an optional author line and the abstract. Lines after
 * those (a block whose next category/date line was lost) are read loose.
 */
function readBlock(out: Collector, lines: readonly string[], start: number, end: number, owner: string | undefined): void {
  const headLine = lines[start]!.trim();
  const head = parseCategoryDateLine(headLine)!;
  const text = nonBlank(lines, start + 1, end);
  const title = text[0] && !hasAuthorLineMarks(text[0].text) ? text[0] : undefined;
  const fields = paperFields(text, title ? 1 : 0);
  if (!title) {
    const used = [headLine, ...text.slice(0, fields.next).map((t) => t.text)].join('\n');
    out.reject(start + 1, 'paper block without a title after its category/date line', used);
  } else {
    const record: SourceRecord = {
      source: out.source(start + 1),
      title: title.text,
      date: parseDate(head.dateText) ?? { raw: head.dateText },
      hasCode: head.hasCode,
    };
    if (head.categories.length > 0) record.categories = head.categories;
    out.records.push(withFields(record, fields, owner));
  }
  readLoose(out, text.slice(fields.next), owner);
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

/**
 * Lines outside any category/date block: a title above an author line is a paper without its
 * date; any other line is rejected on its own, so each shows up in the rejects.
 */
function readLoose(out: Collector, text: readonly TextLine[], owner: string | undefined): void {
  for (let i = 0; i < text.length; ) {
    const line = text[i]!;
    if (!startsPaper(text, i)) {
      out.reject(line.index + 1, 'line fits no field of a paper block (a lost category/date line?)', line.text);
      i++;
      continue;
    }
    const fields = paperFields(text, i + 1);
    out.records.push(withFields({ source: out.source(line.index + 1), title: line.text }, fields, owner));
    i = fields.next;
  }
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
