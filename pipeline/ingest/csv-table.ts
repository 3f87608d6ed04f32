// A CSV table with a header row. Rows are streamed (papaparse step mode) so a 200 MB file is
// never held as one array of rows; each row's line is found from papaparse's cursor, counting
// line breaks once from the previous row, so a quoted field over several lines is handled too.
import Papa from 'papaparse';
import { guessDelimiter } from './detect';
import { Collector, type ParseResult } from './result';
import { hasTitleColumn, rowToRecord } from './table-fields';
import { lineCounter } from './text';

export function parseCsvTable(text: string, file: string): ParseResult {
  const out = new Collector(file, 'csv');
  const firstLine = /^[ \t\n]*([^\n]*)/.exec(text)?.[1] ?? '';
  const lines = lineCounter(text);
  let header: string[] | undefined;
  let rowEnd = 0;

  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(firstLine) ?? ',',
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const cells = result.data;
      // Blank lines papaparse skipped lie between the previous row's end and this row's start.
      const start = skipWhiteSpace(text, rowEnd);
      rowEnd = result.meta.cursor;
      const line = lines(start);
      const raw = text.slice(start, Math.min(rowEnd, start + 1000));
      if (!header) {
        header = cells.map((c, i) => c.trim() || `(column ${i + 1})`);
        if (!hasTitleColumn(header)) {
          out.reject(0, `unknown table layout: no title column; columns: ${header.join(', ')}`, raw);
          parser.abort();
        }
        return;
      }
      const error = result.errors[0];
      if (error) return out.reject(line, `malformed CSV row: ${error.message}`, raw);
      const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
      if (extra.length > 0) return out.reject(line, `row has ${cells.length} fields but the header has ${header.length}`, raw);
      const row = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
      const record = rowToRecord(row, out.source(line));
      if (record) out.records.push(record);
      else out.reject(line, 'row without a title', raw);
    },
  });
  return out;
}

function skipWhiteSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
