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
