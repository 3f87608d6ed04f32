// A CSV table with a header row, read line by line: rows are cut at line ends outside quotes
// (csv-rows.ts), so each row knows its first and last line and a quoted field over several lines
// is one row; papaparse splits each row into cells. Only the row being read is held, and no more
// of it than the record limit. An Excel "sep=;" first line names the delimiter.
//
// A quote that is never closed would swallow every row below it. So a row over several lines is
// trusted only when it parses cleanly. When it does not (papaparse finds a stray quote, it reads
// as more fields than a row may have, the text ends or the limit is reached inside it), it is
// taken for an unclosed quote: the reject covers its lines up to the next line that reads on its
// own as a whole row (no open quote, the header's number of fields), and reading resumes there.
// A multi-line abstract closes cleanly, so it is never cut, whatever its lines look like.
//
// The header names the table's layout (a database's dialect, or the generic mapping): a first
// row that names none, above a wider row that does, is a note above the table (Dimensions writes
// "About the data: …" there) and is skipped with a warning. A dialect whose cells are never
// quoted (Web of Science tab-delimited) has its rows cut at the delimiter alone.
import Papa from 'papaparse';
import { CsvColumns, describeColumns } from './csv-columns';
import { endsInQuotes } from './csv-rows';
import { excelSeparator, guessDelimiter } from './detect';
import type { BoundedLineConsumer } from './lines';
import { overLimit, type ReadLimits } from './record-limit';
import { Collector } from './result';
import type { TableDialect } from './dialect';
import { RowReader, tableLayout } from './table-fields';

const RAW_MAX = 1000;
/** The warning a note line above the header gets (the coverage test reads it as a documented skip). */
export const NOTE_SKIPPED = 'a line above the header row, not part of the table: skipped';

/** A row being read: its lines (0-based index of the first) and its length with the line breaks. */
interface OpenRow {
  start: number;
  lines: string[];
  chars: number;
  inQuotes: boolean;
}

/** A row gone past the limit with a quote still open: followed to its end, its lines not kept. */
interface Overflow {
  start: number;
  head: string;
  chars: number;
  inQuotes: boolean;
  /** The last line of it that is not blank. */
  last: number;
}

export class CsvTableParser implements BoundedLineConsumer {
  readonly out: Collector;
  private delimiter: string | undefined;
  private columns: CsvColumns | undefined;
  private rows: RowReader | undefined;
  private dialect: TableDialect | undefined;
  /** Cells are cut at the delimiter alone: the dialect never quotes them. */
  private unquoted = false;
  /** The first row, when it named no layout and may be a note above the header. */
  private preamble: { cells: number; line: number; endLine: number; raw: string; names: string[] } | undefined;
  private row: OpenRow | undefined;
  private overflow: Overflow | undefined;
  /** The last line that is not blank: where the text ends. */
  private lastText = 0;
  /** Set when the header cannot be used: the whole table is one reject, written at the end. */
  private layout: { line: number; reason: string; raw: string } | undefined;
  /** Lines to read again after an unclosed quote was cut off, the next one last. */
  private readonly again: [string, number][] = [];

  constructor(
    file: string,
    private readonly limits: ReadLimits,
  ) {
    this.out = new Collector(file, 'csv');
  }

  line(text: string, index: number): void {
    if (text.trim() !== '') this.lastText = index;
    this.read(text, index);
    this.drain();
  }

  /** The quote state after a line that is not held is unknown: what is open ends before it, and it is a reject of its own. */
  longLine(head: string, length: number, index: number): void {
    this.lastText = index;
    if (this.layout) return;
    while (this.row || this.overflow) {
      if (this.overflow) this.endOverflow(`still open at line ${index + 1}, which is over the limit`);
      else if (!this.columns) this.rejectTable(this.takeRow(), 'the header row does not end before a line over the limit');
      else if (this.row!.lines.length > 1) this.resync(this.takeRow(), `still open at line ${index + 1}, which is over the limit`);
      else this.endRow(this.takeRow());
      this.drain();
    }
    if (this.layout) return;
    if (!this.columns) this.rejectTable({ start: index, lines: [head], chars: length, inQuotes: false }, `the header row is a line of ${overLimit(length, this.limits)}`);
    else this.out.reject(index + 1, index + 1, `line of ${overLimit(length, this.limits)}: not read`, head);
  }

  end(): void {
    for (;;) {
      if (this.overflow) this.endOverflow('still open at the end of the file');
      if (!this.row) break;
      const row = this.takeRow();
      // An open header takes the whole text; an open data row over several lines was an unclosed quote.
      if (this.columns && row.lines.length > 1) this.resync(row, 'still open at the end of the file');
      else this.endRow(row);
      this.drain();
    }
    // A first row that named no layout, and no row after it to be the header.
    if (this.preamble && !this.columns && !this.layout) {
      const { line, raw, names } = this.preamble;
      this.layout = { line, reason: `unknown table layout: no title column; columns: ${names.join(', ')}`, raw };
    }
    if (this.layout) this.out.reject(this.layout.line, this.lastText + 1, this.layout.reason, this.layout.raw);
  }

  private drain(): void {
    for (let next = this.again.pop(); next; next = this.again.pop()) this.read(next[0], next[1]);
  }

  private read(text: string, index: number): void {
    if (this.layout) return;
    if (this.overflow) return this.followOverflow(text, index);
    const row = this.row ?? this.startRow(text, index);
    if (!row) return;
    row.lines.push(text);
    row.chars += (row.lines.length > 1 ? 1 : 0) + text.length;
    row.inQuotes = !this.unquoted && endsInQuotes(text, this.delimiter!, row.inQuotes);
    if (row.chars > this.limits.maxRecordChars) this.overLimit(this.takeRow(), index);
    else if (!row.inQuotes) this.endRow(this.takeRow());
  }

  private takeRow(): OpenRow {
    const row = this.row!;
    this.row = undefined;
    return row;
  }

  /** The row a line starts, or none: a blank line, or the "sep=" line above the header. */
  private startRow(text: string, index: number): OpenRow | undefined {
    if (text.trim() === '') return undefined;
    if (!this.delimiter) {
      const separator = excelSeparator(text);
      this.delimiter = separator ?? guessDelimiter(text) ?? ',';
      if (separator) return undefined;
    }
    this.row = { start: index, lines: [], chars: 0, inQuotes: false };
    return this.row;
  }

  private endRow(row: OpenRow): void {
    const { start, lines } = row;
    const text = lines.join('\n');
    const [line, endLine] = [start + 1, start + lines.length];
    const raw = text.slice(0, RAW_MAX);
    const parsed = this.parse(text);
    const { error } = parsed;
    // A row of blank cells (",,,") is an empty spreadsheet row, skipped like a blank line.
    if (!parsed.cells) return;
    if (!this.columns) return this.readHeader(parsed.cells, line, endLine, raw);
    const { width, names } = this.columns;
    const cells = error ? parsed.cells : this.realign(parsed.cells, line, endLine);
    const extra = cells.flatMap((value, column) => (column >= width && value.trim() !== '' ? [{ value, column }] : []));
    const counts = `${cells.length} fields but the header has ${width}`;
    if (lines.length > 1 && (error || extra.length > 1)) return this.resync(row, error ? `papaparse: ${error}` : `it reads as ${counts}`);
    if (error) return this.out.reject(line, endLine, `malformed CSV row: ${error}`, raw);
    // One value beyond the header is an export's unnamed extra column (Scopus writes one); more is a row that does not fit.
    if (extra.length > 1) return this.out.reject(line, endLine, `row has ${counts}: ${extra.length} values beyond the last column ("${names.at(-1)}")`, raw);
    for (const { value, column } of extra) this.out.warn(line, endLine, `(column ${column + 1})`, value, `row has ${counts}: the value beyond the last column ("${names.at(-1)}") is not read`);
    const { row: values, passed } = this.columns.read(cells);
    for (const p of passed) {
      const reason = `${describeColumns(p.field, names)} name one field: the value of column ${p.column + 1} is not read, an earlier column's is`;
      this.out.warn(line, endLine, names[p.column]!, p.value, reason);
    }
    this.rows!.emit(this.out, values, line, endLine, raw);
  }

  /** A row one field wider than the header, put right where the dialect knows how (Scopus), with a warning. */
  private realign(cells: string[], line: number, endLine: number): string[] {
    const { width, names } = this.columns!;
    const fixed = cells.length === width + 1 ? this.dialect?.realign?.(cells, names) : undefined;
    if (!fixed) return cells;
    const after = names[fixed.column - 1] ?? '';
    const reason = `row has ${cells.length} fields but the header has ${width}: the field after "${after}", which the header does not name, is not read, and the fields after it are read one column to the left`;
    this.out.warn(line, endLine, `(column ${fixed.column + 1})`, cells[fixed.column]!, reason);
    return fixed.cells;
  }

  private readHeader(cells: string[], line: number, endLine: number, raw: string): void {
    const columns = new CsvColumns(cells);
    const layout = tableLayout(columns.names);
    const preamble = this.preamble;
    if (!layout && !preamble) {
      // Maybe a note above the header: the next row says. Its delimiter is guessed afresh.
      this.preamble = { cells: cells.filter((c) => c.trim() !== '').length, line, endLine, raw, names: columns.names };
      this.delimiter = undefined;
      return;
    }
    if (!layout || (preamble && preamble.cells >= cells.length)) {
      const first = preamble ?? { line, raw, names: columns.names };
      this.columns = columns;
      this.layout = { line: first.line, reason: `unknown table layout: no title column; columns: ${first.names.join(', ')}`, raw: first.raw };
      return;
    }
    if (preamble) this.out.warn(preamble.line, preamble.endLine, '', preamble.raw, NOTE_SKIPPED);
    this.columns = columns;
    this.rows = new RowReader(layout);
    if (layout !== 'generic') {
      this.dialect = layout;
      this.unquoted = layout.unquoted === true;
      this.out.addDialect(layout.name);
    }
    for (const field of columns.repeated()) {
      const names = field.columns.map((c) => columns.names[c]!).join(', ');
      this.out.warn(line, endLine, names, raw, `${describeColumns(field, columns.names)} name one field: each row's first non-empty value among them is read`);
    }
  }

  /**
   * The open row did not end as a row: its lines up to the next one that reads as a whole row
   * are one reject, and the lines from there are read again. `why` says how it went wrong.
   */
  private resync({ start, lines }: OpenRow, why: string): void {
    const resume = this.wholeRowAfter(lines, 1);
    const last = lastTextIndex(lines, resume ?? lines.length);
    const [line, endLine] = [start + 1, start + last + 1];
    const what = `unclosed quote in the row at line ${line} (${why}): lines ${line}–${endLine} rejected`;
    const raw = lines.slice(0, last + 1).join('\n').slice(0, RAW_MAX);
    if (resume === undefined) return this.out.reject(line, endLine, `${what}; none of its lines after the first reads as a whole row`, raw);
    this.out.reject(line, endLine, `${what}, reading resumes at line ${start + resume + 1}, the next line that reads as a whole row`, raw);
    for (let i = lines.length - 1; i >= resume; i--) this.again.push([lines[i]!, start + i]);
  }

  /** The held row is over the limit: cut off at a whole row if it has one, else followed to its end unheld. */
  private overLimit(row: OpenRow, index: number): void {
    const size = overLimit(row.chars, this.limits);
    if (!this.columns) return this.rejectTable(row, `the header row is over the limit: ${size}`);
    if (row.lines.length > 1 && this.wholeRowAfter(row.lines, 1) !== undefined) return this.resync(row, `still open past ${size}`);
    const head = row.lines.join('\n').slice(0, RAW_MAX);
    if (!row.inQuotes) return this.out.reject(row.start + 1, index + 1, `row of ${size}: not read`, head);
    this.overflow = { start: row.start, head, chars: row.chars, inQuotes: true, last: row.start + lastTextIndex(row.lines, row.lines.length) };
  }

  private followOverflow(text: string, index: number): void {
    const overflow = this.overflow!;
    if (this.isWholeRow(text)) {
      this.endOverflow(`still open past ${overLimit(overflow.chars, this.limits)}`, index);
      return this.read(text, index);
    }
    overflow.chars += 1 + text.length;
    if (text.trim() !== '') overflow.last = index;
    overflow.inQuotes = endsInQuotes(text, this.delimiter!, overflow.inQuotes);
    if (!overflow.inQuotes) {
      this.overflow = undefined;
      this.out.reject(overflow.start + 1, index + 1, `row of ${overLimit(overflow.chars, this.limits)}: not read`, overflow.head);
    }
  }

  /** The overflowing row ends unclosed; `resume` is the line reading goes on at, if any. */
  private endOverflow(why: string, resume?: number): void {
    const { start, last, head } = this.overflow!;
    this.overflow = undefined;
    const what = `unclosed quote in the row at line ${start + 1} (${why}): lines ${start + 1}–${last + 1} rejected`;
    const then = resume === undefined ? '; no later line reads as a whole row' : `, reading resumes at line ${resume + 1}, the next line that reads as a whole row`;
    this.out.reject(start + 1, last + 1, what + then, head);
  }

  /** The header cannot be read, so nothing in the table can: one reject from the header to the end, written at the end. */
  private rejectTable(header: OpenRow, reason: string): void {
    // A row held as a possible note above the header is in the reject too.
    const line = this.preamble && !this.columns ? this.preamble.line : header.start + 1;
    this.layout = { line, reason, raw: header.lines.join('\n').slice(0, RAW_MAX) };
  }

  /** The first of `lines` from `from` on that reads alone as a whole row. */
  private wholeRowAfter(lines: readonly string[], from: number): number | undefined {
    for (let i = from; i < lines.length; i++) if (this.isWholeRow(lines[i]!)) return i;
    return undefined;
  }

  /** A line that is a row by itself: no quote left open, clean, the header's number of fields (or one more). */
  private isWholeRow(text: string): boolean {
    if (text.trim() === '' || (!this.unquoted && endsInQuotes(text, this.delimiter!, false))) return false;
    const { cells, error } = this.parse(text);
    const width = this.columns!.width;
    return cells !== undefined && !error && (cells.length === width || cells.length === width + 1);
  }

  private parse(text: string): { cells: string[] | undefined; error: string | undefined } {
    if (this.unquoted) {
      const cells = text.split(this.delimiter!);
      return { cells: cells.every((c) => c.trim() === '') ? undefined : cells, error: undefined };
    }
    // The line end lets a closing quote followed by spaces read as closing, as it does mid-file.
    const { data, errors } = Papa.parse<string[]>(`${text}\n`, { delimiter: this.delimiter, newline: '\n', skipEmptyLines: 'greedy' });
    return { cells: data[0], error: errors[0]?.message };
  }
}

/** The index of the last line before `end` that is not blank (0 when all are). */
function lastTextIndex(lines: readonly string[], end: number): number {
  for (let i = end - 1; i > 0; i--) if (lines[i]!.trim() !== '') return i;
  return 0;
}
