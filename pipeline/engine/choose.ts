// Which engine counts the pairs, and the DuckDB session when it is DuckDB (or when --parquet
// needs one to write the stage tables). `auto` keeps the in-memory path below a corpus size
// judged from memory, not a measured crossover: DuckDB was slower at every size the bench ran
// (README: Out of core), and the in-memory pair tables outgrow an 8 GiB plan near 10⁶ papers.
import { join } from 'node:path';
import { memoryBudgetMib } from '../memory-plan';
import type { DuckDBSession } from './duckdb-session';

export type Engine = 'memory' | 'duckdb';

/** `auto` picks DuckDB from this many papers on. */
export const DUCKDB_FROM_PAPERS = 1_000_000;

export function chooseEngine(option: Engine | 'auto', papers: number): Engine {
  return option === 'auto' ? (papers >= DUCKDB_FROM_PAPERS ? 'duckdb' : 'memory') : option;
}

/**
 * DuckDB's memory limit: half of what the run's budget (memory-plan.ts) leaves beside what the
 * process holds now, since the graphs it hands back still grow the heap; past it DuckDB spills.
 */
export function duckdbMemoryMib(memoryGib: number | undefined, residentMib = process.memoryUsage.rss() / 2 ** 20): number {
  return Math.max(256, Math.floor((memoryBudgetMib(memoryGib) - residentMib) / 2));
}

/**
 * A session spilling into the run's temporary output folder (closed before the folder is listed).
 * DuckDB is loaded here, not with the pipeline: its native module takes about a second to load.
 */
export async function openDuckDB(outDir: string, memoryGib: number | undefined): Promise<DuckDBSession> {
  const { DuckDBSession } = await import('./duckdb-session');
  return DuckDBSession.open(join(outDir, '.duckdb-spill'), duckdbMemoryMib(memoryGib));
}
