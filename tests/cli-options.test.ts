import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, helpText, parseCommandLine } from '../pipeline/options';

describe('command-line options', () => {
  it('default to seeds/ and output/', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'run', paths: ['seeds'], options: DEFAULT_OPTIONS });
    expect(DEFAULT_OPTIONS.out).toBe('output');
  });

  it('take paths and --out', () => {
    const parsed = parseCommandLine(['a', 'b/c.json', '--out', 'x']);
    expect(parsed).toMatchObject({ kind: 'run', paths: ['a', 'b/c.json'], options: { out: 'x' } });
  });

  it('say what is wrong with an unknown flag or a missing value', () => {
    expect(parseCommandLine(['--frobnicate'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('frobnicate') });
    expect(parseCommandLine(['--out'])).toMatchObject({ kind: 'usage-error' });
  });

  it('recognise --help and list every option in it', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    for (const name of Object.keys(DEFAULT_OPTIONS)) expect(helpText()).toContain(`--${name}`);
  });
});

describe('option values', () => {
  it('are range-checked with a message naming the option', () => {
    expect(parseCommandLine(['--resolution', '-1'])).toEqual({ kind: 'usage-error', message: '--resolution must be a number greater than 0 (got -1)' });
    expect(parseCommandLine(['--resolution', '0'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommandLine(['--top-k', '0'])).toEqual({ kind: 'usage-error', message: '--top-k must be a whole number at least 1 (got 0)' });
    expect(parseCommandLine(['--runs', '2.5'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('whole number') });
    expect(parseCommandLine(['--min-similarity', '1.5'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('at most 1') });
  });

  it('are converted to numbers', () => {
    expect(parseCommandLine(['--resolution', '1.5', '--top-k', '5'])).toMatchObject({ options: { resolution: 1.5, 'top-k': 5 } });
  });

  it('each have a row in the README option table, which says --help prints the same list', () => {
    const rows = new Set([...readFileSync('README.md', 'utf8').matchAll(/^\| `--([a-z-]+)/gm)].map((m) => m[1]));
    expect(Object.keys(DEFAULT_OPTIONS).filter((name) => !rows.has(name))).toEqual([]);
  });
});
