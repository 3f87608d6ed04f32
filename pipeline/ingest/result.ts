// What a parser returns for one file, and the collector each parser fills in line order.
import type { Profile, Reject, SourceFormat, SourceRecord, SourceRef } from '../model';
import { makeReject } from './text';

export interface ParseResult {
  records: SourceRecord[];
  rejects: Reject[];
  profiles: Profile[];
}

export class Collector implements ParseResult {
  readonly records: SourceRecord[] = [];
  readonly rejects: Reject[] = [];
  readonly profiles: Profile[] = [];

  constructor(
    readonly file: string,
    readonly format: SourceFormat,
  ) {}

  /** `line` is 1-based; 0 for the file as a whole. */
  source(line: number): SourceRef {
    return { file: this.file, line, format: this.format };
  }

  reject(line: number, reason: string, text: string): void {
    this.rejects.push(makeReject(this.file, line, this.format, reason, text));
  }
}
