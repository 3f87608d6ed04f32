// One file's decoded text → what it holds. The text may come whole (parseText) or in chunks as
// it is read (TextParser); either way it is normalised, its shape detected from its head, and
// fed to that shape's reader, which holds no more of it than the block it is reading. Cutting
// the text into other chunks changes nothing in the result. No record is held beyond the limit
// (record-limit.ts).
import type { SourceFormat } from '../model';
import { BareListingParser } from './bare-listing';
import { BibtexParser } from './bibtex-reader';
import { CsvTableParser } from './csv-table';
import { detectFormat, HEAD_CHARS, unrecognised } from './detect';
import { JsonTableReader } from './json-table';
import { type BoundedLineConsumer, type LineConsumer, LineSplitter } from './lines';
import { ListingPageParser } from './listing-page';
import { MEDLINE } from './medline';
import { ProfilePageParser } from './profile-page';
import { PubmedXmlReader } from './pubmed-xml';
import { overLimit, type ReadLimits, readLimits } from './record-limit';
import type { Collector, ParseResult, TextReader } from './result';
import { RIS } from './ris';
import { type TaggedFormat, TaggedRecordReader } from './tagged-reader';
import { EXCERPT_SOURCE, makeReject, TextNormaliser } from './text';
import { WOS_TEXT } from './wos-text';

export type FileParse = ParseResult & { format?: SourceFormat };

type Parser = LineConsumer & { readonly out: Collector };

const READERS: Record<SourceFormat, (file: string, limits: ReadLimits) => TextReader> = {
  'profile-page': (file, limits) => lineReader(truncating(new ProfilePageParser(file), limits), limits),
  'listing-page': (file, limits) => lineReader(truncating(new ListingPageParser(file), limits), limits),
  'bare-listing': (file, limits) => lineReader(truncating(new BareListingParser(file), limits), limits),
  csv: (file, limits) => lineReader(new CsvTableParser(file, limits), limits),
  json: (file, limits) => new JsonTableReader(file, limits),
  'wos-text': tagged(WOS_TEXT),
  medline: tagged(MEDLINE),
  ris: tagged(RIS),
  bibtex: (file, limits) => lineReader(new BibtexParser(file, limits), limits),
  'pubmed-xml': (file, limits) => new PubmedXmlReader(file, limits),
};

/** The reader of one shape, for text already normalised (TextNormaliser). */
export function readerFor(format: SourceFormat, file: string, limits: ReadLimits = readLimits()): TextReader {
  return READERS[format](file, limits);
}

function tagged(format: TaggedFormat): (file: string, limits: ReadLimits) => TextReader {
  return (file, limits) => lineReader(new TaggedRecordReader(format, file, limits), limits);
}

function lineReader(parser: BoundedLineConsumer & { readonly out: Collector }, limits: ReadLimits): TextReader {
  const splitter = new LineSplitter(parser, limits.maxRecordChars);
  return {
    push: (chunk) => splitter.push(chunk),
    end: () => {
      splitter.end();
      return parser.out;
    },
  };
}

/**
 * A page parser reads a line over the limit as its first characters, with a warning: a page's
 * line is a title or an abstract, and cut short it is still one.
 */
function truncating(parser: Parser, limits: ReadLimits): BoundedLineConsumer & { readonly out: Collector } {
  return {
    out: parser.out,
    line: (text, index) => parser.line(text, index),
    end: () => parser.end(),
    longLine: (head, length, index) => {
      parser.out.warn(index + 1, index + 1, '', head, `line of ${overLimit(length, limits)}: only its first characters are read`);
      parser.line(head, index);
    },
  };
}

/** Pure and synchronous; never throws. */
export function parseText(text: string, file: string, limits: ReadLimits = readLimits()): FileParse {
  const parser = new TextParser(file, limits);
  parser.push(text);
  return parser.end();
}

export class TextParser {
  private readonly normaliser = new TextNormaliser();
  /** The text until the head is complete; afterwards just enough of it for an excerpt. */
  private head = '';
  private reader: TextReader | undefined;
  private format: SourceFormat | undefined;
  /** Set once the outcome is known without reading further. */
  private outcome: FileParse | undefined;
  /** The head held only white space, so far. */
  private blank = false;

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits = readLimits(),
  ) {}

  push(chunk: string): void {
    this.take(this.normaliser.push(chunk));
  }

  end(): FileParse {
    this.take(this.normaliser.end());
    // A text shorter than a head is detected now.
    if (!this.reader && !this.outcome && !this.blank) this.start();
    const reader = this.reader;
    if (reader) {
      this.guard(() => {
        const { records, rejects, warnings, profiles, dialect } = reader.end();
        this.outcome = { format: this.format, ...(dialect ? { dialect } : {}), records, rejects, warnings, profiles };
      });
    }
    return this.outcome ?? this.failed('file holds only white space');
  }

  private take(text: string): void {
    if (this.outcome) return;
    const reader = this.reader;
    if (reader) this.guard(() => reader.push(text));
    else if (this.blank) {
      if (/\S/.test(text)) this.outcome = this.failed(unrecognised(text));
    } else {
      this.head += text;
      if (this.head.length >= HEAD_CHARS) this.start();
    }
  }

  /** The head is complete: detect the shape and start its reader on what came so far. */
  private start(): void {
    const head = this.head;
    this.head = head.slice(0, EXCERPT_SOURCE);
    if (!/\S/.test(head)) {
      this.blank = true;
      return;
    }
    this.format = detectFormat(head);
    if (!this.format) {
      this.outcome = this.failed(unrecognised(head));
      return;
    }
    const reader = readerFor(this.format, this.file, this.limits);
    this.reader = reader;
    this.guard(() => reader.push(head));
  }

  /** A parser bug must cost one file, not the run; the reject says what happened. */
  private guard(read: () => void): void {
    try {
      read();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.reader = undefined;
      this.outcome = { format: this.format, ...this.failed(`could not parse as ${this.format}: ${message}`) };
    }
  }

  private failed(reason: string): ParseResult {
    return { records: [], rejects: [makeReject(this.file, 0, 0, 'file', reason, this.head)], warnings: [], profiles: [] };
  }
}
