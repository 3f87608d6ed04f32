// The DuckDB engine gives the in-memory path's outputs byte for byte (every graph, the pair
// counts and whatever is computed from them: communities, layouts, graph files), on a generated
// corpus with fractional counting (the folded sums); and the pair SQL, run on the Parquet stage
// tables --parquet writes, finds the co-author and term links the run wrote.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { COAUTHOR_DEFAULTS } from '../pipeline/graphs/coauthor';
import { COAUTHOR_PAIRS_SQL, TERM_PAIRS_SQL } from '../pipeline/engine/pair-sql';
import { STAGE_TABLES } from '../pipeline/engine/stage-parquet';
import { fingerprint } from './helpers/fingerprint';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Data rows of a CSV the run wrote (no field of these holds a line break). */
const csvRows = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').length - 1;

describe('the DuckDB engine', () => {
  const root = scratchDir('engine');
  const out = { memory: join(root, 'memory'), duckdb: join(root, 'duckdb') };
  const done = (async () => {
    generateCorpus({ papers: 600, out: join(root, 'gen') });
    const input = join(root, 'gen', 'corpus');
    await Promise.all([
      run(tsx, ['pipeline/cli.ts', input, '--out', out.memory, '--counting', 'fractional', '--engine', 'memory'], { maxBuffer: 1 << 26 }),
      run(tsx, ['pipeline/cli.ts', input, '--out', out.duckdb, '--counting', 'fractional', '--engine', 'duckdb', '--parquet'], { maxBuffer: 1 << 26 }),
    ]);
  })();

  it('writes the files the in-memory path writes, byte for byte', async () => {
    await done;
    const memory = fingerprint(out.memory);
    const duckdb = fingerprint(out.duckdb);
    for (const table of STAGE_TABLES) expect(duckdb).toHaveProperty(`${table.name}.parquet`);
    const comparable = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([file]) => file !== 'run.json' && !file.endsWith('.parquet')));
    expect(memory).toHaveProperty(['coauthor_edges.csv']);
    expect(memory).toHaveProperty(['coupling_edges.csv']);
    expect(comparable(duckdb)).toEqual(comparable(memory));
    const engineOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { effectiveOptions: { engine: string } }).effectiveOptions.engine;
    expect([engineOf(out.memory), engineOf(out.duckdb)]).toEqual(['memory', 'duckdb']);
  }, 300_000);

  it('runs its pair SQL on the Parquet tables', async () => {
    await done;
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const table of STAGE_TABLES) await db.run(`CREATE VIEW ${table.name} AS SELECT * FROM '${join(out.duckdb, `${table.name}.parquet`)}'`);
    const count = async (sql: string, params: Record<string, number | boolean>) => (await db.runAndReadAll(`SELECT count(*) FROM (${sql})`, params)).getRowsJS()[0]![0];
    expect(Number(await count('SELECT * FROM papers', {}))).toBe(csvRows(join(out.duckdb, 'papers.csv')));
    expect(Number(await count(COAUTHOR_PAIRS_SQL, { max_authors: COAUTHOR_DEFAULTS.maxAuthors }))).toBe(csvRows(join(out.duckdb, 'coauthor_edges.csv')));
    expect(Number(await count(TERM_PAIRS_SQL, { evidence: 20, fractional: true }))).toBe(csvRows(join(out.duckdb, 'term_edges.csv')));
    db.closeSync();
  }, 300_000);
});
