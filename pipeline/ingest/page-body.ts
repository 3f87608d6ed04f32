// The paper lines of a listing page: its non-blank lines without the site chrome.
//
// Everything ingest reads turns into a record, a reject or a profile, except what this list
// names; these are the only lines it passes over without a word:
//   - blank lines, in every shape;
//   - on listing pages (with or without counts): the site chrome in PAGE_CHROME, and the page's
//     own date ("May 28"): a date line right under the chrome, or before any paper when no
//     chrome was copied;
//   - in tables: the CSV header row and rows whose cells are all blank; JSON punctuation, and
//     the members of a wrapper object other than its table of papers ("count": 2);
//   - in tagged exports: a Web of Science file's own lines (FN, VR, EF), and the "Provider:",
//     "Database:", "Content:" lines an RIS file may open with (tagged-reader.ts);
//   - in BibTeX: "%" comments outside entries, @comment, @preamble and @string (bibtex-reader.ts);
//     in PubMed XML: the XML declaration, the DOCTYPE, comments and the PubmedArticleSet tags
//     (pubmed-split.ts).
// A profile page's header lines go into its profile (or are rejected one by one).
import type { SourceFormat } from '../model';
import type { LineConsumer } from './lines';
import { Lookahead } from './lookahead';
import { parseListingDate } from './page-lines';
import { Collector } from './result';
import type { TextLine } from './title-pairs';

/** Site furniture above a listing: not a paper and not a reject. */
const PAGE_CHROME = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

export function isPageChrome(trimmed: string): boolean {
  return PAGE_CHROME.has(trimmed);
}

/** Fed a page's lines in order, says which are paper lines. */
export class PageBody {
  private afterChrome = false;
  private pageDateSeen = false;
  private bodySeen = false;

  /** The line, trimmed, when it is a paper line; undefined for a blank line, chrome or the page's date. */
  read(line: string, index: number): TextLine | undefined {
    const text = line.trim();
    if (text === '') return undefined;
    if (isPageChrome(text)) {
      this.afterChrome = true;
      return undefined;
    }
    const date = this.afterChrome || (!this.bodySeen && !this.pageDateSeen) ? parseListingDate(text) : undefined;
    this.afterChrome = false;
    if (date && date.upvotes === undefined) {
      this.pageDateSeen = true;
      return undefined;
    }
    this.bodySeen = true;
    return { index, text };
  }
}

/** A listing page parser: the paper lines go through a window of `size` lines to `step`. */
export abstract class ListingParser implements LineConsumer {
  readonly out: Collector;
  private readonly body = new PageBody();
  private readonly window: Lookahead<TextLine>;

  constructor(file: string, format: SourceFormat, size: number) {
    this.out = new Collector(file, format);
    this.window = new Lookahead(size, (lines) => this.step(lines));
  }

  /** Reads the lines at the window's start (those after them are there to look at) and says how many it used. */
  protected abstract step(window: readonly TextLine[]): number;

  line(text: string, index: number): void {
    const line = this.body.read(text, index);
    if (line) this.window.push(line);
  }

  end(): void {
    this.window.end();
  }
}
