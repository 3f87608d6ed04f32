// A CSV table with a header row, read line by line: rows are cut at line ends outside quotes
// (csv-rows.ts), so each row knows its first and last line and a quoted field over several lines
// is one row; papaparse splits each row into cells. Only the row being read is held.
import Papa from 'papaparse';
import { endsInQuotes } from './csv-rows';
import { guessDelimiter } from './detect';
import type { LineConsumer } from './lines';
import { Collector } from './result';
import { emitRow, hasTitleColumn } from './table-fields';

const RAW_MAX = 1000;

interface OpenRow {
  /** 0-based index of its first line. */
  start: number;
  lines: string[];
  inQuotes: boolean;
}

export class CsvTableParser implements LineConsumer {
  readonly out: Collector;
  private delimiter: string | undefined;
  private header: string[] | undefined;
  private row: OpenRow | undefined;
  /** The last line that is not blank: where the text ends. */
  private lastText = 0;
  /** Set when the header has no title column: the whole table is one reject, written at the end. */
  private layout: { line: number; reason: string; raw: string } | undefined;

  constructor(file: string) {
    this.out = new Collector(file, 'csv');
  }

  line(text: string, index: number): void {
    const blank = text.trim() === '';
    if (!blank) this.lastText = index;
    if (this.layout) return;
    if (!this.row) {
      if (blank) return;
      // The first non-blank line is the header: it shows the delimiter.
      this.delimiter ??= guessDelimiter(text) ?? ',';
      this.row = { start: index, lines: [], inQuotes: false };
    }
    this.row.lines.push(text);
    this.row.inQuotes = endsInQuotes(text, this.delimiter!, this.row.inQuotes);
    if (!this.row.inQuotes) this.endRow(index);
  }

  end(): void {
    // A quoted field still open runs to the end of the text.
    if (this.row) this.endRow(this.lastText);
    if (this.layout) this.out.reject(this.layout.line, this.lastText + 1, this.layout.reason, this.layout.raw);
  }

  private endRow(lastIndex: number): void {
    const { start, lines } = this.row!;
    this.row = undefined;
    const text = lines.join('\n');
    const [line, endLine] = [start + 1, lastIndex + 1];
    const raw = text.slice(0, RAW_MAX);
    // The line end lets a closing quote followed by spaces read as closing, as it does mid-file.
    const { data, errors } = Papa.parse<string[]>(`${text}\n`, { delimiter: this.delimiter, newline: '\n', skipEmptyLines: 'greedy' });
    const cells = data[0];
    // A row of blank cells (",,,") is an empty spreadsheet row, skipped like a blank line.
    if (!cells) return;
    if (!this.header) {
      this.header = cells.map((c, i) => c.trim() || `(column ${i + 1})`);
      if (!hasTitleColumn(this.header)) this.layout = { line, reason: `unknown table layout: no title column; columns: ${this.header.join(', ')}`, raw };
      return;
    }
    const error = errors[0];
    if (error) return this.out.reject(line, endLine, `malformed CSV row: ${error.message}`, raw);
    const extra = cells.slice(this.header.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) return this.out.reject(line, endLine, `row has ${cells.length} fields but the header has ${this.header.length}`, raw);
    emitRow(this.out, Object.fromEntries(this.header.map((name, i) => [name, cells[i] ?? ''])), line, endLine, raw);
  }
}
