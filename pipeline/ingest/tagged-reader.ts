// The tagged exports (Web of Science plain text, PubMed MEDLINE, RIS), read line by line into
// records; each format (wos-text.ts, medline.ts, ris.ts) says how its lines look and what its
// fields mean. A record runs from its start tag (PT, PMID, TY) to its end tag (ER) or, where that
// is missing, to the next start tag, a file tag (WoS EF) or the end of the text; only the record
// being read is held, and no more of it than the record limit. What becomes of each line:
// - inside a record, a tag line starts a field and the lines after it continue that field; a
//   line that should be indented as a continuation and is not is read as one all the same, with
//   a warning (its indentation was lost); blank lines are passed over;
// - outside any record, a tag line opens a record (with a warning when it is not the start tag:
//   the start line was lost); the lines of the file itself (WoS FN, VR, EF; an RIS file's
//   "Provider:" lines before its first tag line) are passed over; any other run of lines is one
//   reject;
// - a record without a title, or longer than the record limit, is one reject naming its lines.
// Warnings about a record are only given when it is kept. A tag the format does not know is
// reported once per file: exports gain fields, and its values are not read.
import type { SourceFormat, SourceRecord } from '../model';
import type { BoundedLineConsumer } from './lines';
import { overLimit, type ReadLimits } from './record-limit';
import { Collector } from './result';
import { isPlainObject } from './cells';
import { type TaggedField, TaggedFields } from './tagged-fields';
import { TextHead } from './text';

export interface TagLine {
  tag: string;
  value: string;
}

export interface TaggedSyntax {
  /** A tag line's tag and value; undefined for any other line. */
  tagLine(line: string): TagLine | undefined;
  /** WoS and MEDLINE indent continuation lines; in RIS any line of a record that is no tag line continues the field above. */
  indentedContinuations: boolean;
  /** How a field's lines join: a space where the exporter wrapped a long value, a line break where the value had one. */
  joiner: string;
  startTag: string;
  endTag?: string;
  /** Tags of the file, not of a record (WoS FN, VR, EF): passed over, and they close an open record. */
  fileTags: ReadonlySet<string>;
  /** Lines a file may open with before its first tag line (RIS "Provider: …"): passed over. */
  preamble?: RegExp;
}

/** A TaggedSyntax.tagLine from a pattern whose groups are the tag and the value (absent when empty). */
export function tagLinePattern(pattern: RegExp): (line: string) => TagLine | undefined {
  return (line) => {
    const m = pattern.exec(line.trimEnd());
    return m ? { tag: m[1]!, value: m[2] ?? '' } : undefined;
  };
}

/** What a record holds, but where it came from. */
export type RecordFields = Omit<SourceRecord, 'source'>;

export interface TaggedFormat {
  format: SourceFormat;
  /** The format's name in messages: "Web of Science". */
  name: string;
  syntax: TaggedSyntax;
  /** Every tag of the format, read or passed over on purpose; any other is reported once per file. */
  tags: ReadonlySet<string>;
  /** Why a record without a title is rejected. */
  untitled: string;
  /** The record a block holds; undefined when it has no title. */
  read(fields: TaggedFields): RecordFields | undefined;
  /** Whether a text's first non-blank lines (trimmed) open the way this format's files do. */
  opens(lines: readonly string[]): boolean;
}

interface PendingWarning {
  line: number;
  endLine: number;
  field: string;
  value: string;
  reason: string;
}

/** The record being read. Lines are 0-based indexes. */
interface OpenRecord {
  start: number;
  /** Its last line that is not blank. */
  last: number;
  fields: TaggedField[];
  chars: number;
  /** Gone past the limit: its fields are dropped, its lines only counted. */
  over: boolean;
  head: TextHead;
  warnings: PendingWarning[];
}

/** A run of lines outside any record that are not the file's own. */
interface Stray {
  start: number;
  last: number;
  head: TextHead;
}

export class TaggedRecordReader implements BoundedLineConsumer {
  readonly out: Collector;
  private record: OpenRecord | undefined;
  private stray: Stray | undefined;
  /** A tag line came: a preamble can no longer. */
  private tagSeen = false;
  private readonly reported = new Set<string>();

  constructor(
    private readonly format: TaggedFormat,
    file: string,
    private readonly limits: ReadLimits,
  ) {
    this.out = new Collector(file, format.format);
  }

  line(text: string, index: number): void {
    this.read(text, index, text.length);
  }

  /** Its head still says what kind of line it is; the record it is in goes past the limit. */
  longLine(head: string, length: number, index: number): void {
    this.read(head, index, length);
  }

  end(): void {
    this.endStray();
    this.close('the end of the text');
  }

  private read(text: string, index: number, length: number): void {
    if (text.trim() === '') {
      this.endStray();
      return;
    }
    const { syntax } = this.format;
    const tagged = syntax.tagLine(text);
    const preamble = !this.tagSeen && !tagged && syntax.preamble?.test(text) === true;
    this.tagSeen ||= tagged !== undefined;
    if (tagged && syntax.fileTags.has(tagged.tag)) {
      this.endStray();
      this.close(tagged.tag);
      return;
    }
    const record = this.record;
    if (!record) {
      if (tagged && tagged.tag !== syntax.endTag) this.open(tagged, text, index, length);
      else if (!preamble) this.addStray(text, index);
      return;
    }
    if (tagged?.tag === syntax.startTag) {
      this.close(`the next ${syntax.startTag}`);
      this.open(tagged, text, index, length);
      return;
    }
    this.grow(record, text, index, length);
    if (tagged && tagged.tag === syntax.endTag) this.emit();
    else if (tagged) addField(record, tagged, index);
    else if (!record.over) this.continueField(record, text, index);
  }

  private open(tagged: TagLine, text: string, index: number, length: number): void {
    this.endStray();
    const record: OpenRecord = { start: index, last: index, fields: [], chars: 0, over: false, head: new TextHead(), warnings: [] };
    this.record = record;
    const { startTag } = this.format.syntax;
    if (tagged.tag !== startTag) this.pend(record, index + 1, index + 1, '', text, `record starts with ${tagged.tag}, not ${startTag} (a lost ${startTag} line?)`);
    this.grow(record, text, index, length);
    addField(record, tagged, index);
  }

  private grow(record: OpenRecord, text: string, index: number, length: number): void {
    record.last = index;
    record.head.add(text, '\n');
    record.chars += length + 1;
    if (!record.over && record.chars > this.limits.maxRecordChars) {
      record.over = true;
      record.fields = [];
      record.warnings = [];
    }
  }

  private continueField(record: OpenRecord, text: string, index: number): void {
    const field = record.fields.at(-1)!;
    if (this.format.syntax.indentedContinuations && !/^\s/.test(text)) {
      this.pend(record, index + 1, index + 1, field.tag, text, `not a tag line and not indented: read as a continuation of ${field.tag}`);
    }
    field.values.push(text.trim());
    field.endLine = index + 1;
  }

  /** The record ends without its end tag (as every MEDLINE record does, having none). */
  private close(where: string): void {
    const record = this.record;
    if (!record) return;
    const { endTag } = this.format.syntax;
    if (endTag) this.pend(record, record.start + 1, record.last + 1, '', '', `record does not end with ${endTag}: it ends at ${where}`);
    this.emit();
  }

  private emit(): void {
    const record = this.record!;
    this.record = undefined;
    const [line, endLine] = [record.start + 1, record.last + 1];
    if (record.over) {
      this.out.reject(line, endLine, `record of ${overLimit(record.chars - 1, this.limits)}: not read`, record.head.text);
      return;
    }
    const fields = new TaggedFields(record.fields, this.format.syntax.joiner, (field, value, reason) =>
      this.pend(record, field.line, field.endLine, field.tag, value, reason),
    );
    const read = this.format.read(fields);
    if (!read) {
      this.out.reject(line, endLine, this.format.untitled, record.head.text);
      return;
    }
    this.out.records.push({ source: this.out.source(line, endLine), ...pruned(read) });
    this.reportUnknownTags(record);
    // In line order, whichever step found them.
    for (const w of record.warnings.sort((a, b) => a.line - b.line)) this.out.warn(w.line, w.endLine, w.field, w.value, w.reason);
  }

  private reportUnknownTags(record: OpenRecord): void {
    for (const field of record.fields) {
      if (this.format.tags.has(field.tag) || this.reported.has(field.tag)) continue;
      this.reported.add(field.tag);
      const reason = `not a ${this.format.name} tag citegraph knows: its values are not read (said once a file)`;
      this.pend(record, field.line, field.endLine, field.tag, field.values.join(' '), reason);
    }
  }

  private pend(record: OpenRecord, line: number, endLine: number, field: string, value: string, reason: string): void {
    record.warnings.push({ line, endLine, field, value, reason });
  }

  private addStray(text: string, index: number): void {
    this.stray ??= { start: index, last: index, head: new TextHead() };
    this.stray.last = index;
    this.stray.head.add(text, '\n');
  }

  private endStray(): void {
    const stray = this.stray;
    if (!stray) return;
    this.stray = undefined;
    this.out.reject(stray.start + 1, stray.last + 1, `lines outside any record (no ${this.format.syntax.startTag} line opens one)`, stray.head.text);
  }
}

/** A tag line starts a field, unless the record is past the limit and only counted. */
function addField(record: OpenRecord, tagged: TagLine, index: number): void {
  if (!record.over) record.fields.push({ tag: tagged.tag, line: index + 1, endLine: index + 1, values: [tagged.value.trim()] });
}

/** Fields without a value left out (and identifiers without one), so records hold only what their source gave. */
function pruned(fields: RecordFields): RecordFields {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const held = isPlainObject(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) : value;
    if (held === undefined || (Array.isArray(held) && held.length === 0) || (isPlainObject(held) && Object.keys(held).length === 0)) continue;
    kept[key] = held;
  }
  return kept as RecordFields;
}
