// The CLI as a user runs it: a subprocess with real arguments, exit codes and messages.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['pipeline/cli.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'citegraph-cli-'));

describe('the pipeline command', () => {
  it('runs on seeds/ by default-style arguments and prints a summary', async () => {
    const out = join(tmp(), 'out');
    const { code, stdout, stderr } = await cli(['seeds', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/files read: 4\nrecords: +156\npapers: +140\nauthors: +\d+/);
    expect(stdout).toMatch(/rejects: +0/);
    for (const stage of ['ingest', 'corpus', 'coauthor', 'topics', 'terms', 'papers', 'layout', 'export']) expect(stderr).toContain(`] ${stage}: `);
    expect(readdirSync(out).sort()).toEqual(
      ['authors.csv', 'bundle.json', 'communities.csv', 'coauthor_edges.csv', 'graphs', 'merges.csv', 'paper_edges.csv', 'papers.csv', 'rejects.csv', 'run.json', 'term_edges.csv', 'terms.csv', 'warnings.csv'].sort(),
    );
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--out DIR');
  });

  it('exits 2 with a clear message on bad usage', async () => {
    for (const args of [['--frobnicate'], ['--resolution', '-1'], ['--top-k', '0'], ['--runs', 'many']]) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^citegraph: .*\nTry --help\.\n$/);
    }
  });

  it('names a missing path and still reads the rest', async () => {
    const out = join(tmp(), 'out');
    const { code, stderr, stdout } = await cli(['no/such/dir', 'seeds/000_39e9b5353dc8780f.txt', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/reject no\/such\/dir:0: .*no such file or folder/);
    expect(stdout).toMatch(/records: +23/);
    expect(readFileSync(join(out, 'rejects.csv'), 'utf8')).toContain('no/such/dir');
  });

  it('exits 1 and keeps the previous output when nothing can be read', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'papers.csv'), 'previous');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, stderr } = await cli([empty, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('folder holds no files');
    expect(stderr).toContain('previous output left in place');
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('previous');
  });
});
