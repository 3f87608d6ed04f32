// A BibTeX or BibLaTeX file (Zotero, JabRef, Mendeley, the BibTeX exports of Web of Science and
// Scopus, a hand-kept .bib), read entry by entry as its lines arrive. A line that starts with
// "@type{" (or "@type(") starts a block; each block is read alone (bibtex-syntax.ts), so a
// broken entry costs itself only and its reject names its lines, and no more than one block is
// held, and no more of it than --max-record-mb allows. @string macros carry over from block to
// block; crossref inheritance waits for the parent (bibtex-crossref.ts).
//
// Passed over without a word: blank lines, "%" comments outside entries, @comment and @preamble
// (LaTeX for typesetting), and @string definitions (read into the macros). Any other text outside
// an entry is a comment to BibTeX too, but one that may be an entry gone wrong (an "@" lost): it
// is a warning, with its lines.
import { Crossrefs } from './bibtex-crossref';
import { emitEntry } from './bibtex-record';
import { BibMacros, readBibBlock } from './bibtex-syntax';
import type { BoundedLineConsumer } from './lines';
import { overLimit, type ReadLimits } from './record-limit';
import { Collector } from './result';
import { TextHead } from './text';

/** A line that starts an entry or a directive. */
const BIB_ENTRY_START = /^[ \t]*@[ \t]*(?:comment\b|[A-Za-z][^\s{}()@,="#%]*[ \t]*(?:[{(]|$))/i;

interface Block {
  /** 0-based index of its first line. */
  start: number;
  lines: string[];
  chars: number;
  /** The last line that is not blank. */
  last: number;
  /** Set once it is over the limit: its lines are no longer kept, only their head. */
  over?: TextHead;
}

export class BibtexParser implements BoundedLineConsumer {
  readonly out: Collector;
  private readonly macros = new BibMacros();
  private readonly crossrefs = new Crossrefs();
  private block: Block = { start: 0, lines: [], chars: 0, last: -1 };

  constructor(
    file: string,
    private readonly limits: ReadLimits,
  ) {
    this.out = new Collector(file, 'bibtex');
  }

  line(text: string, index: number): void {
    if (BIB_ENTRY_START.test(text)) this.startBlock(index);
    this.add(text, text.length, index);
  }

  longLine(head: string, length: number, index: number): void {
    if (BIB_ENTRY_START.test(head)) this.startBlock(index);
    this.add(head, length, index);
  }

  end(): void {
    this.flush();
    this.crossrefs.finish(this.out);
  }

  private startBlock(index: number): void {
    this.flush();
    this.block = { start: index, lines: [], chars: 0, last: -1 };
  }

  private add(text: string, length: number, index: number): void {
    const block = this.block;
    block.chars += length + 1;
    if (text.trim() !== '') block.last = index;
    if (!block.over && block.chars > this.limits.maxRecordChars) {
      block.over = new TextHead();
      block.over.add(block.lines.join('\n'));
      block.lines = [];
    }
    if (block.over) block.over.add(text, '\n');
    else block.lines.push(text);
  }

  private flush(): void {
    const { start, lines, chars, last, over } = this.block;
    if (last < 0) return;
    if (over) {
      this.out.reject(start + 1, last + 1, `entry of ${overLimit(chars, this.limits)}: not read`, over.text);
      return;
    }
    for (const item of readBibBlock(lines.join('\n'), start + 1, this.macros)) {
      if (item.kind === 'entry') {
        const facts = emitEntry(this.out, item);
        if (facts) this.crossrefs.add(facts);
      } else if (item.kind === 'stray') this.out.warn(item.line, item.endLine, '', item.text, 'text outside any entry, which BibTeX reads as a comment: not read');
      else if (item.kind === 'broken') this.out.reject(item.line, item.endLine, `broken entry: ${item.reason}`, item.text);
    }
  }
}
