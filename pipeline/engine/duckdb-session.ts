// An embedded DuckDB database for one run: tables loaded once from the pipeline's models (each
// table the first time a query needs it), queries streamed back chunk by chunk. DuckDB spills
// to its temporary folder past its memory limit and runs on every core.
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { DuckDBInstance, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';

export type ColumnType = 'INTEGER' | 'DOUBLE' | 'VARCHAR';
export type Cell = number | string | null;

export interface TableSpec {
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
}

export class DuckDBSession {
  private readonly loaded = new Map<string, Promise<void>>();
  private closed = false;

  private constructor(private readonly instance: DuckDBInstance, private readonly tempDir: string) {}

  /** `tempDir` is made, and removed on close: spilled data lives there. */
  static async open(tempDir: string, memoryMib: number): Promise<DuckDBSession> {
    await mkdir(tempDir, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      temp_directory: tempDir,
      memory_limit: `${Math.floor(memoryMib)}MB`,
      threads: String(availableParallelism()),
      // Lists aggregated ORDER BY need no global order; keeping insertion order costs memory.
      preserve_insertion_order: 'false',
    });
    return new DuckDBSession(instance, tempDir);
  }

  /** Creates and fills `table` from `rows` unless done already (concurrent callers share one load). */
  ensure(table: TableSpec, rows: () => Iterable<readonly Cell[]>): Promise<void> {
    let done = this.loaded.get(table.name);
    if (!done) {
      done = this.load(table, rows());
      this.loaded.set(table.name, done);
    }
    return done;
  }

  /** Creates and fills `table` from `rows`. */
  async load(table: TableSpec, rows: Iterable<readonly Cell[]>): Promise<void> {
    const connection = await this.instance.connect();
    try {
      await connection.run(`CREATE TABLE ${table.name} (${table.columns.map(([name, type]) => `${name} ${type}`).join(', ')})`);
      const appender = await connection.createAppender(table.name);
      const append = table.columns.map(([, type]) => appendOf(appender, type));
      for (const row of rows) {
        row.forEach((cell, i) => (cell === null ? appender.appendNull() : append[i]!(cell)));
        appender.endRow();
      }
      appender.closeSync();
    } finally {
      connection.closeSync();
    }
  }

  /** The rows of `sql`, converted to JS values (BIGINT as bigint), chunk by chunk. */
  async *rows(sql: string, params: Record<string, DuckDBValue> = {}): AsyncGenerator<unknown[]> {
    const connection = await this.instance.connect();
    try {
      const result = await connection.stream(sql, params);
      for await (const chunk of result.yieldRowsJs()) yield* chunk;
    } finally {
      connection.closeSync();
    }
  }

  async run(sql: string): Promise<void> {
    const connection = await this.instance.connect();
    try {
      await connection.run(sql);
    } finally {
      connection.closeSync();
    }
  }

  /** Closes the database and removes its spill folder; again is a no-op. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.instance.closeSync();
    await rm(this.tempDir, { recursive: true, force: true });
  }
}

function appendOf(appender: DuckDBAppender, type: ColumnType): (value: number | string) => void {
  if (type === 'INTEGER') return (value) => appender.appendInteger(value as number);
  if (type === 'DOUBLE') return (value) => appender.appendDouble(value as number);
  return (value) => appender.appendVarchar(value as string);
}
