// The CLI as a user runs it: a subprocess with real arguments, exit codes and messages.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OutputFolder } from '../pipeline/export/output-folder';
import { scratchDir } from './helpers/scratch';

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

const tmp = () => scratchDir('cli');

describe('the pipeline command', () => {
  it('runs on seeds/ by default-style arguments and prints a summary', async () => {
    const out = join(tmp(), 'out');
    const { code, stdout, stderr } = await cli(['seeds', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/files read: 4\nrecords: +156\npapers: +140\nauthors: +\d+/);
    expect(stdout).toMatch(/rejects: +0/);
    const stages = [...stderr.matchAll(/^\[(\d+)\/14\] ([\w-]+): (skipped: .*|.* \(\d+\.\d s\))$/gm)].map((m) => `${m[1]} ${m[2]}${m[3]!.startsWith('skipped') ? ` ${m[3]}` : ''}`);
    const noReferences = 'skipped: no paper of the input lists its references';
    expect(stages).toEqual([
      '1 ingest', '2 corpus', '3 citations', '4 topics', '5 coauthor', '6 papers', '7 terms',
      ...['direct-citation', 'coupling', 'cocitation', 'historiograph', 'main-path'].map((kind, i) => `${8 + i} ${kind} ${noReferences}`),
      '13 time',
      '14 export',
    ]);
    expect(readdirSync(out).sort()).toEqual(
      ['authors.csv', 'bundle.json', 'bursts.csv', 'communities.csv', 'coauthor_edges.csv', 'graphs', 'merges.csv', 'paper_edges.csv', 'papers.csv', 'references.csv', 'rejects.csv', 'run.json', 'term_edges.csv', 'terms.csv', 'themes.csv', 'evolution.csv', 'warnings.csv'].sort(),
    );
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--out DIR');
  });

  it('exits 2 with a clear message on bad usage', async () => {
    for (const args of [['--frobnicate'], ['--resolution', '-1'], ['--top-k', '0'], ['--runs', 'many'], ['--slices', '2015,20x0'], ['--burst-gamma', '0']]) {
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

  it('exits 1 and keeps the previous output when nothing can be read, and says which it is', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const first = await cli([empty, '--out', out]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('folder holds no files');
    expect(first.stderr).toContain(`nothing was written to ${out}`);
    expect(existsSync(out)).toBe(false);

    expect((await cli(['seeds/000_39e9b5353dc8780f.txt', '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'papers.csv'), 'utf8');
    const { code, stderr } = await cli([empty, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('previous output left in place');
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['empty', 'out']);
  });

  it('exits 2 with one clear line, before reading anything, for an output folder it must not replace', async () => {
    const dir = tmp();
    const mine = join(dir, 'thesis');
    mkdirSync(mine);
    writeFileSync(join(mine, 'chapter1.tex'), 'mine');
    const cases: [string[], RegExp][] = [
      [['seeds', '--out', mine], /^citegraph: --out .*thesis: holds files that citegraph did not write \(chapter1\.tex\); choose an empty or new folder\n/],
      [['seeds', '--out', 'seeds'], /^citegraph: --out seeds: is the input seeds\n/],
      [['seeds', '--out', '.'], /^citegraph: --out \.: is the current folder\n/],
      [[mine, '--out', dir], /^citegraph: --out .*: contains the input .*thesis, which replacing it would delete\n/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/\nNothing was read or written\.\n$/);
      expect(stdout).toBe('');
    }
    expect(readdirSync(mine)).toEqual(['chapter1.tex']);
    expect(readdirSync(dir)).toEqual(['thesis']);
  });

  it('turns a second run into the same folder away at once while the first is writing', async () => {
    const out = join(tmp(), 'out');
    // The first run, held open here: it has claimed the folder and is still writing.
    const first = await OutputFolder.open(out, { inputs: ['seeds'] });
    const second = await cli(['seeds', '--out', out]);
    first.abandon();
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^citegraph: --out .*: another citegraph run \\(process ${process.pid}\\) is writing it; wait for that run to finish`));
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

});
