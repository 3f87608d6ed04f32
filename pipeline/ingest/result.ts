// What a parser returns for one file, and the collector each parser fills in line order.
import type { Profile, Reject, SourceFormat, SourceRecord, SourceRef, Warning } from '../model';
import { makeReject, makeWarning } from './text';

export interface ParseResult {
  records: SourceRecord[];
  rejects: Reject[];
  warnings: Warning[];
  profiles: Profile[];
  /** For a table: the databases whose layout it has ("scopus"; "openalex+crossref" for JSON Lines of both). */
  dialect?: string;
}

/** One file's text, fed in chunks of any size; end() says what it held. */
export interface TextReader {
  push(chunk: string): void;
  end(): ParseResult;
}

export class Collector implements ParseResult {
  readonly records: SourceRecord[] = [];
  readonly rejects: Reject[] = [];
  readonly warnings: Warning[] = [];
  readonly profiles: Profile[] = [];
  /** The dialects of the records read, in first-seen order. */
  readonly dialects: string[] = [];

  constructor(
    readonly file: string,
    readonly format: SourceFormat,
  ) {}

  get dialect(): string | undefined {
    return this.dialects.join('+') || undefined;
  }

  addDialect(name: string): void {
    if (!this.dialects.includes(name)) this.dialects.push(name);
  }

  /** Lines are 1-based and inclusive: the block the record came from. */
  source(line: number, endLine: number): SourceRef {
    return { file: this.file, line, endLine, format: this.format };
  }

  /** `line` 0 for the file as a whole; otherwise the block [line, endLine]. */
  reject(line: number, endLine: number, reason: string, text: string): void {
    this.rejects.push(makeReject(this.file, line, endLine, this.format, reason, text));
  }

  /** A doubtful value kept in the record of the block [line, endLine]; `line` 0 for the file as a whole. */
  warn(line: number, endLine: number, field: string, value: string, reason: string): void {
    this.warnings.push(makeWarning(this.file, line, endLine, this.format, field, value, reason));
  }
}
