// --engine auto keeps the in-memory path below the measured size and takes DuckDB from it; the
// DuckDB memory limit is half of what --memory leaves beside the process, never below 256 MiB.
import { describe, expect, it } from 'vitest';
import { chooseEngine, DUCKDB_FROM_PAPERS, duckdbMemoryMib } from '../pipeline/engine/choose';

describe('the engine choice', () => {
  it('auto: memory below the threshold, DuckDB from it; a stated engine as stated', () => {
    expect(chooseEngine('auto', DUCKDB_FROM_PAPERS - 1)).toBe('memory');
    expect(chooseEngine('auto', DUCKDB_FROM_PAPERS)).toBe('duckdb');
    expect(chooseEngine('duckdb', 10)).toBe('duckdb');
    expect(chooseEngine('memory', 10 * DUCKDB_FROM_PAPERS)).toBe('memory');
  });

  it("gives DuckDB half of the budget the process leaves", () => {
    expect(duckdbMemoryMib(4, 1000)).toBe(1548);
    expect(duckdbMemoryMib(1, 1000)).toBe(256);
  });
});
