// A CSV header's columns, and each row read against them. Columns whose names normalise alike
// ("Title" and "title", "Publication Date" and "publication_date") are one field: a row gives it
// the first non-empty value among them. A short row is padded with empty cells (spreadsheets drop
// trailing empty cells); cells beyond the header are the caller's to judge.
import { normaliseKey, type Row } from './cells';
import { isFieldKey } from './table-fields';

/** One field of the table and the 0-based columns that hold it, in header order. */
export interface Field {
  name: string;
  columns: number[];
}

/** A value of a repeated column that was not read, because an earlier column of the field had one. */
export interface PassedValue {
  column: number;
  value: string;
  field: Field;
}

export class CsvColumns {
  /** Column names as shown; a blank one is "(column N)". */
  readonly names: string[];
  private readonly fields: Field[] = [];

  constructor(cells: readonly string[]) {
    this.names = cells.map((c, i) => c.trim() || `(column ${i + 1})`);
    const byKey = new Map<string, Field>();
    this.names.forEach((name, column) => {
      // Names of symbols only ("#", "%") normalise to nothing: those stay apart.
      const key = normaliseKey(name) || `\0${name}`;
      const field = byKey.get(key);
      if (field) field.columns.push(column);
      else {
        const created = { name, columns: [column] };
        byKey.set(key, created);
        this.fields.push(created);
      }
    });
  }

  get width(): number {
    return this.names.length;
  }

  /** Fields that more than one column names. */
  repeated(): Field[] {
    return this.fields.filter((f) => f.columns.length > 1);
  }

  /**
   * The row's cells by field. `passed` lists the values a repeated field's later columns hold
   * that differ from the one read, for fields a record is made from (other columns are not read).
   */
  read(cells: readonly string[]): { row: Row; passed: PassedValue[] } {
    const entries: [string, string][] = [];
    const passed: PassedValue[] = [];
    for (const field of this.fields) {
      const values = field.columns.map((c) => cells[c] ?? '');
      const chosen = values.find((v) => v.trim() !== '') ?? values[0]!;
      entries.push([field.name, chosen]);
      if (values.length === 1 || !isFieldKey(field.name)) continue;
      values.forEach((value, k) => {
        if (value.trim() !== '' && value.trim() !== chosen.trim()) passed.push({ column: field.columns[k]!, value, field });
      });
    }
    // fromEntries, not assignment: a column named "__proto__" stays a column.
    return { row: Object.fromEntries(entries), passed };
  }
}

/** "columns 2 and 5 ("Title", "title")". */
export function describeColumns(field: Field, names: readonly string[]): string {
  const numbers = field.columns.map((c) => c + 1);
  const list = numbers.length === 2 ? numbers.join(' and ') : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `columns ${list} (${field.columns.map((c) => JSON.stringify(names[c])).join(', ')})`;
}
