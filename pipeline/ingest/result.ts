// What a parser returns for one file, and the collector each parser fills in line order.
import type { Profile, Reject, SourceFormat, SourceRecord, SourceRef } from '../model';
import { makeReject } from './text';

export interface ParseResult {
  records: SourceRecord[];
  rejects: Reject[];
  profiles: Profile[];
}

/** One file's text, fed in chunks of any size; end() says what it held. */
export interface TextReader {
  push(chunk: string): void;
  end(): ParseResult;
}

export class Collector implements ParseResult {
  readonly records: SourceRecord[] = [];
  readonly rejects: Reject[] = [];
  readonly profiles: Profile[] = [];

  constructor(
    readonly file: string,
    readonly format: SourceFormat,
  ) {}

  /** Lines are 1-based and inclusive: the block the record came from. */
  source(line: number, endLine: number): SourceRef {
    return { file: this.file, line, endLine, format: this.format };
  }

  /** `line` 0 for the file as a whole; otherwise the block [line, endLine]. */
  reject(line: number, endLine: number, reason: string, text: string): void {
    this.rejects.push(makeReject(this.file, line, endLine, this.format, reason, text));
  }
}
