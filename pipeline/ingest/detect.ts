// Which shape a file holds, from its content alone (never its name). The tagged exports open
// with lines of their own (tagged-formats.ts), BibTeX with an "@" entry and PubMed XML with its
// DOCTYPE or root element; page shapes are told apart by lines only they have; tables by their
// first characters or header row. Only the head of a file is read, so
// detection costs the same on a 200 MB file as on a small one.
import type { SourceFormat } from '../model';
import { afterNonJson } from './json-preamble';
import { isPageChrome } from './page-body';
import { isSeparatorDot, parseAuthorCount, parseCategoryDateLine, parseProfileStat } from './page-lines';
import { detectTaggedFormat } from './tagged-formats';
import { tableLayout } from './table-fields';
import { normaliseText } from './text';
import { looksLikeTitle } from './title-pairs';

const HEAD_LINES = 5000;
/** The head of a file that detection reads; a streamed file is held until this much has come. */
export const HEAD_CHARS = 4_000_000;

export function detectFormat(text: string): SourceFormat | undefined {
  const head = normaliseText(text.slice(0, HEAD_CHARS));
  const start = head.search(/\S/);
  if (start < 0) return undefined;
  const tagged = detectTaggedFormat(head.slice(start));
  if (tagged) return tagged;
  // The marked-up exports say what they are in their first characters.
  if (xmlKind(head.slice(start)) === 'pubmed') return 'pubmed-xml';
  if (startsBibtex(head)) return 'bibtex';
  if (startsJson(head.slice(start, start + 1000))) return 'json';
  // Comments or an anti-XSSI prefix before JSON: a JSON file still, never a listing.
  const afterPreamble = afterNonJson(head.slice(start));
  if (afterPreamble !== undefined && startsJson(afterPreamble)) return 'json';
  // Excel's "sep=;" line says a CSV table follows.
  if (excelSeparator(head.slice(start).split('\n', 1)[0]!)) return 'csv';

  const lines = head.split('\n', HEAD_LINES).map((l) => l.trim());
  if (looksLikeJsonLines(lines)) return 'json';
  const signs = countSigns(lines);
  // One glued category/date line, or two header figures, only happen on a profile page.
  const profile = signs.categoryDates + signs.stats;
  const listing = signs.authorCounts + signs.dots;
  if ((signs.categoryDates > 0 || signs.stats >= 2) && profile >= listing) return 'profile-page';
  if (listing > 0) return 'listing-page';
  if (signs.chrome > 0) return 'bare-listing';
  const header = csvHeader(lines);
  if (header === 'followed') return 'csv';
  if (looksLikeTitleAbstractPairs(lines)) return 'bare-listing';
  return header === 'spaced' ? 'csv' : undefined;
}

/** Why a text whose shape is not recognised is not read: other XML is said to be XML. */
export function unrecognised(text: string): string {
  const head = normaliseText(text.slice(0, HEAD_CHARS)).trimStart();
  const xml = xmlKind(head);
  if (xml !== undefined && xml !== 'pubmed') return `XML, but not a PubMed export (root element <${xml.root}>): of XML, only PubMed's PubmedArticleSet is read`;
  return 'unrecognised content: not a profile page, listing page, CSV or JSON table, or Web of Science, MEDLINE, RIS, BibTeX or PubMed XML export';
}

const PUBMED_ROOTS = new Set(['PubmedArticleSet', 'PubmedBookArticleSet', 'PubmedArticle', 'PubmedBookArticle']);
const PROLOG = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+([A-Za-z_][\w.:-]*)(?:[^>[]|\[[\s\S]*?\])*>)\s*/i;

/**
 * 'pubmed' for PubMed XML (its DOCTYPE or root element says so), the root element of other XML
 * (a text with an XML declaration, or one that starts with an element that is not HTML), else
 * undefined. `text` starts at its first character that is not white space.
 */
function xmlKind(text: string): 'pubmed' | { root: string } | undefined {
  if (text[0] !== '<') return undefined;
  const declared = text.startsWith('<?xml');
  let rest = text;
  let doctype: string | undefined;
  for (let m = PROLOG.exec(rest); m; m = PROLOG.exec(rest)) {
    doctype ??= m[1];
    rest = rest.slice(m[0].length);
  }
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
  if (PUBMED_ROOTS.has(doctype ?? '') || PUBMED_ROOTS.has(root ?? '')) return 'pubmed';
  if ((doctype ?? root)?.toLowerCase() === 'html') return undefined;
  return declared || root !== undefined ? { root: root ?? doctype ?? '?' } : undefined;
}

/** A line that starts a BibTeX entry ("@article{") or directive ("@comment", "@string{", "@preamble{"). */
const BIB_START = /^[ \t]*@[ \t]*(?:comment\b|[A-Za-z][^\s{}()@,="#%]*[ \t]*[{(])/i;

/** BibTeX: the first line that is neither blank nor a "%" comment starts an entry or a directive. */
function startsBibtex(head: string): boolean {
  for (const line of head.split('\n', HEAD_LINES)) {
    const text = line.trim();
    if (text !== '' && !text.startsWith('%')) return BIB_START.test(line);
  }
  return false;
}

/** An object, or an array that starts the way a table (or broken JSON) does; not "[Re] A title". */
function startsJson(text: string): boolean {
  return text[0] === '{' || /^\[\s*(?:[[{"\]\d-]|(?:true|false|null)\s*[,\]])/.test(text);
}

const JSON_LINES_SAMPLE = 20;

/** JSON Lines whose first line is broken: half or more of its first lines are whole JSON objects or arrays. */
function looksLikeJsonLines(lines: readonly string[]): boolean {
  const sample = lines.filter((l) => l !== '').slice(0, JSON_LINES_SAMPLE);
  const json = sample.filter(isJsonLine).length;
  return json > 0 && 2 * json >= sample.length;
}

function isJsonLine(line: string): boolean {
  if (line[0] !== '{' && line[0] !== '[') return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

function countSigns(lines: readonly string[]) {
  const signs = { categoryDates: 0, stats: 0, authorCounts: 0, dots: 0, chrome: 0 };
  for (const line of lines) {
    const glued = parseCategoryDateLine(line);
    if (glued && (glued.categories.length > 0 || glued.hasCode)) signs.categoryDates++;
    else if (parseProfileStat(line)) signs.stats++;
    else if (parseAuthorCount(line) !== undefined) signs.authorCounts++;
    else if (isSeparatorDot(line)) signs.dots++;
    else if (isPageChrome(line)) signs.chrome++;
  }
  return signs;
}

const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

const SEPARATOR_LINE = /^"?sep=([^\n])"?[ \t]*$/i;

/** The delimiter an Excel "sep=;" first line names; that line is a directive, not the header. */
export function excelSeparator(line: string): string | undefined {
  return SEPARATOR_LINE.exec(line)?.[1];
}

/** The delimiter a header line uses most, if any. */
export function guessDelimiter(headerLine: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const count = headerLine.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/**
 * A header row of short column names: 'followed' directly by a data row (or alone), 'spaced'
 * when a blank line comes first. A spaced header is only trusted when the text is not title and
 * abstract pairs, since a listing title with a comma looks just like one. A first line that is
 * no header may be a note above one (Dimensions' "About the data: …"): then the next line is the
 * header if it names a table layout.
 */
function csvHeader(lines: readonly string[]): 'followed' | 'spaced' | undefined {
  const first = lines.findIndex((l) => l !== '');
  if (first === -1) return undefined;
  const header = headerAt(lines, first);
  if (header) return header.verdict;
  const next = lines.findIndex((l, i) => i > first && l !== '');
  const below = next === -1 ? undefined : headerAt(lines, next);
  return below && tableLayout(below.names) !== undefined ? below.verdict : undefined;
}

function headerAt(lines: readonly string[], at: number): { verdict: 'followed' | 'spaced'; names: string[] } | undefined {
  const delimiter = guessDelimiter(lines[at]!);
  if (!delimiter) return undefined;
  const names = lines[at]!.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (!names.every((n) => n.length <= 64)) return undefined;
  const verdict = lines[at + 1] !== '' || lines.slice(at + 1).every((l) => l === '') ? 'followed' : 'spaced';
  return { verdict, names };
}

/**
 * A listing whose site header was not copied: most non-blank lines are a title followed by
 * an abstract-length line.
 */
function looksLikeTitleAbstractPairs(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l !== '');
  let paired = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (looksLikeTitle(text[i]!) && text[i + 1]!.length >= 300) {
      paired += 2;
      i++;
    }
  }
  return paired > 0 && paired >= 0.8 * text.length;
}
