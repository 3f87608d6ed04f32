import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDirAtomically } from '../pipeline/export/atomic-dir';

function freshParent(): string {
  return mkdtempSync(join(tmpdir(), 'citegraph-atomic-'));
}

describe('replacing the output folder atomically', () => {
  it('replaces the old folder whole and keeps its .gitkeep', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    mkdirSync(out);
    writeFileSync(join(out, '.gitkeep'), '');
    writeFileSync(join(out, 'stale.csv'), 'old');
    await replaceDirAtomically(out, (tmp) => writeFile(join(tmp, 'papers.csv'), 'new'));
    expect(readdirSync(out).sort()).toEqual(['.gitkeep', 'papers.csv']);
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('leaves the previous output in place when writing fails', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    mkdirSync(out);
    writeFileSync(join(out, 'papers.csv'), 'old');
    await expect(
      replaceDirAtomically(out, async (tmp) => {
        await writeFile(join(tmp, 'papers.csv'), 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('puts the previous output back after a run died between the two renames', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    mkdirSync(out);
    writeFileSync(join(out, 'papers.csv'), 'old');
    renameSync(out, join(parent, '.output.previous'));
    mkdirSync(join(parent, '.output.tmp-999999999')); // a killed run's half-written folder
    await expect(replaceDirAtomically(out, () => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('creates the folder when it does not exist yet', async () => {
    const out = join(freshParent(), 'nested', 'out');
    await replaceDirAtomically(out, (tmp) => writeFile(join(tmp, 'x'), '1'));
    expect(existsSync(join(out, 'x'))).toBe(true);
  });
});
