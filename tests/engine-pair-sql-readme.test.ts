// The README's out-of-core section prints the pair queries the DuckDB engine runs, verbatim: a
// change to pair-sql.ts that the README does not follow fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAIR_QUERIES } from '../pipeline/engine/pair-sql';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const sqlBlocks = [...readme.matchAll(/```sql\n([\s\S]*?)\n```/g)].map((m) => m[1]);

describe('the README', () => {
  it.each(PAIR_QUERIES.map((q) => [q.title, q.sql]))('carries the %s query as the engine runs it', (title, sql) => {
    expect(readme).toContain(`**${title}**`);
    expect(sqlBlocks).toContain(sql);
  });
});
