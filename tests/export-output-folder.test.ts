// The output folder: replaced whole, refused where replacing it would cost the user files, locked
// against a second run, and put right after a killed one. Every case works on real folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputFolder } from '../pipeline/export/output-folder';
import { OutputRefused } from '../pipeline/export/output-location';
import { scratchDir } from './helpers/scratch';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});
const rename = vi.mocked(fsPromises.rename);
const realRename = (await vi.importActual<typeof fsPromises>('node:fs/promises')).rename;
afterEach(() => rename.mockImplementation(realRename));

const freshParent = () => scratchDir('out');

/** A complete run into `out`: `files` written, then run.json listing them, then the swap. */
async function run(out: string, files: Record<string, string>, inputs: string[] = []): Promise<string[]> {
  const notes: string[] = [];
  const folder = await OutputFolder.open(out, { inputs, onNote: (n) => notes.push(n) });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder.tmp, name, '..'), { recursive: true });
    writeFileSync(join(folder.tmp, name), text);
  }
  const outputs = [...(await folder.written()), 'run.json'].sort();
  writeFileSync(join(folder.tmp, 'run.json'), JSON.stringify({ tool: { name: 'citegraph' }, outputs }));
  await folder.commit();
  return notes;
}

async function refusal(out: string, inputs: string[] = []): Promise<string> {
  const error = await OutputFolder.open(out, { inputs }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutputRefused);
  return (error as Error).message;
}

describe('replacing the output folder', () => {
  it('replaces what citegraph wrote and keeps everything else, .gitkeep included', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    await run(out, { 'papers.csv': 'old', 'graphs/a.gexf': 'old', 'stale.csv': 'old' });
    writeFileSync(join(out, '.gitkeep'), '');
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    writeFileSync(join(out, 'graphs', 'my-figure.png'), 'mine');
    const notes = await run(out, { 'papers.csv': 'new', 'graphs/a.gexf': 'new' });
    expect(readdirSync(out).sort()).toEqual(['.gitkeep', 'graphs', 'my-notes.txt', 'papers.csv', 'run.json']);
    expect(readdirSync(join(out, 'graphs')).sort()).toEqual(['a.gexf', 'my-figure.png']);
    expect(readFileSync(join(out, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('new');
    expect(notes.join('\n')).toMatch(/kept in .*\.gitkeep, graphs\/my-figure\.png, my-notes\.txt/);
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('leaves the previous output, and nothing else, when the run fails', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    await run(out, { 'papers.csv': 'old' });
    const folder = await OutputFolder.open(out, { inputs: [] });
    writeFileSync(join(folder.tmp, 'papers.csv'), 'half');
    folder.abandon();
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('undoes a swap whose rename fails, at each step, and keeps the user files', async () => {
    for (const failing of [1, 2, 3]) {
      const parent = freshParent();
      const out = join(parent, 'output');
      await run(out, { 'papers.csv': 'old' });
      writeFileSync(join(out, 'mine.txt'), 'mine');
      let calls = 0;
      rename.mockImplementation(async (from, to) => {
        if (++calls === failing) throw Object.assign(new Error('simulated'), { code: 'EIO' });
        return realRename(from, to);
      });
      // Renames: mine.txt into the new folder, the old folder aside, the new folder in.
      await expect(run(out, { 'papers.csv': 'new' })).rejects.toThrow(/could not replace .*EIO/);
      rename.mockImplementation(realRename);
      expect(readFileSync(join(out, 'papers.csv'), 'utf8'), `rename ${failing}`).toBe('old');
      expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('mine');
      expect(readdirSync(parent), `rename ${failing}`).toEqual(['output']);
    }
  });

  it('puts the previous output back, and says so, after a run died between the two renames', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    await run(out, { 'papers.csv': 'old' });
    renameSync(out, join(parent, '.output.previous'));
    mkdirSync(join(parent, '.output.tmp-999999999')); // a killed run's empty temporary folder
    const notes: string[] = [];
    const folder = await OutputFolder.open(out, { inputs: [], onNote: (n) => notes.push(n) });
    folder.abandon();
    expect(notes.join('\n')).toMatch(/restored the previous output/);
    expect(readFileSync(join(out, 'papers.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('returns the user files a killed run had moved into its temporary folder', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    await run(out, { 'papers.csv': 'old' });
    const dead = join(parent, '.output.tmp-999999999');
    mkdirSync(dead);
    writeFileSync(join(dead, '.citegraph-partial'), '');
    writeFileSync(join(dead, '.citegraph-carried.json'), JSON.stringify(['mine.txt', 'not-moved-yet.txt']));
    writeFileSync(join(dead, 'mine.txt'), 'mine');
    writeFileSync(join(out, 'not-moved-yet.txt'), 'mine too');
    (await OutputFolder.open(out, { inputs: [] })).abandon();
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'not-moved-yet.txt'), 'utf8')).toBe('mine too');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('leaves a hidden folder that only looks like a temporary one alone', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    mkdirSync(join(parent, '.output.tmp-123'));
    writeFileSync(join(parent, '.output.tmp-123', 'thesis.tex'), 'mine');
    await run(out, { 'papers.csv': 'new' });
    expect(readFileSync(join(parent, '.output.tmp-123', 'thesis.tex'), 'utf8')).toBe('mine');
  });

  it('creates the folder and its parents when they do not exist yet', async () => {
    const out = join(freshParent(), 'nested', 'out');
    await run(out, { x: '1' });
    expect(existsSync(join(out, 'x'))).toBe(true);
  });

  it('writes through a symlink: the link keeps pointing at the new output', async () => {
    const parent = freshParent();
    mkdirSync(join(parent, 'real'));
    symlinkSync(join(parent, 'real'), join(parent, 'link'));
    await run(join(parent, 'link'), { 'papers.csv': 'one' });
    await run(join(parent, 'link'), { 'papers.csv': 'two' });
    expect(readFileSync(join(parent, 'link', 'papers.csv'), 'utf8')).toBe('two');
    expect(readdirSync(parent).sort()).toEqual(['link', 'real']);
  });
});

describe('refusing an output location before anything is read', () => {
  it('refuses a folder of the user files, and deletes nothing', async () => {
    const parent = freshParent();
    const out = join(parent, 'thesis');
    mkdirSync(out);
    writeFileSync(join(out, 'chapter1.tex'), 'mine');
    expect(await refusal(out)).toMatch(/holds files that citegraph did not write \(chapter1\.tex\)/);
    expect(readdirSync(out)).toEqual(['chapter1.tex']);
    expect(readdirSync(parent)).toEqual(['thesis']);
  });

  it('refuses a folder whose run.json is not citegraph’s', async () => {
    const out = join(freshParent(), 'other');
    mkdirSync(out);
    writeFileSync(join(out, 'run.json'), JSON.stringify({ tool: { name: 'othertool' } }));
    expect(await refusal(out)).toMatch(/did not write \(run\.json\)/);
  });

  it('accepts a folder that holds only hidden files, and keeps them', async () => {
    const out = join(freshParent(), 'output');
    mkdirSync(out);
    writeFileSync(join(out, '.gitkeep'), '');
    await run(out, { 'papers.csv': 'new' });
    expect(readdirSync(out).sort()).toEqual(['.gitkeep', 'papers.csv', 'run.json']);
  });

  it('refuses the input, a folder holding an input, and a folder inside an input', async () => {
    const parent = freshParent();
    const inputs = join(parent, 'papers');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.csv'), 'title\nA');
    expect(await refusal(inputs, [inputs])).toMatch(/is the input/);
    expect(await refusal(parent, [inputs])).toMatch(/contains the input/);
    expect(await refusal(join(inputs, 'out'), [inputs])).toMatch(/is inside the input/);
    expect(await refusal(inputs, [join(inputs, 'a.csv')])).toMatch(/contains the input/);
    expect(readdirSync(inputs)).toEqual(['a.csv']);
  });

  it('refuses the current folder, a folder holding it, the home folder and /', async () => {
    expect(await refusal('.')).toMatch(/is the current folder/);
    expect(await refusal('..')).toMatch(/contains the current folder/);
    expect(await refusal(homedir())).toMatch(/is your home folder|contains the current folder/);
    expect(await refusal('/')).toMatch(/is the root folder/);
  });

  it('refuses a file, a dangling symlink, a mount point and a parent that cannot be written', async () => {
    const parent = freshParent();
    writeFileSync(join(parent, 'file.txt'), 'x');
    expect(await refusal(join(parent, 'file.txt'))).toMatch(/exists and is not a folder/);
    symlinkSync(join(parent, 'nowhere'), join(parent, 'dangling'));
    expect(await refusal(join(parent, 'dangling'))).toMatch(/symlink whose target does not exist/);
    expect(await refusal('/proc')).toMatch(/mount point/);
    expect(await refusal(join(parent, 'file.txt', 'out'))).toMatch(/its parent is a file, not a folder/);
    // Not even root may create files in /proc.
    expect(await refusal('/proc/self/citegraph-out')).toMatch(/cannot write beside it \(E[A-Z]+\)/);
    expect(readdirSync(parent).sort()).toEqual(['dangling', 'file.txt']);
  });

  it('refuses a second run while the first holds the folder, and takes over a killed run’s lock', async () => {
    const parent = freshParent();
    const out = join(parent, 'output');
    const first = await OutputFolder.open(out, { inputs: [] });
    expect(await refusal(out)).toMatch(new RegExp(`another citegraph run \\(process ${process.pid}\\) is writing it`));
    first.abandon();
    writeFileSync(join(parent, '.output.lock'), '999999999\n');
    await run(out, { 'papers.csv': 'new' });
    expect(readdirSync(parent)).toEqual(['output']);
  });
});
