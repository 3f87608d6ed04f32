// Walking input folders: byte file names, empty sub-folders and citegraph's own output folders.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import { displayPath } from '../pipeline/ingest/walk';
import { scratchDir } from './helpers/scratch';

const CSV = 'title,authors\n"Café Été","José Núñez; Zoë Ås"\n';
const fresh = () => scratchDir('walk');

describe('walking input folders', () => {
  it('reads a file whose name is not valid UTF-8, and says how it is shown', async () => {
    const dir = fresh();
    // "café.csv" in Latin-1: the é is the single byte 0xe9.
    const name = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.csv')]);
    writeFileSync(name, CSV);
    const result = await ingestPaths([dir]);
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.title, r.source.file])).toEqual([['Café Été', displayPath(join(dir, 'caf\ufffd.csv'))]]);
    expect(result.warnings.map((w) => w.reason)).toEqual(['file name is not valid UTF-8: read, and shown here with U+FFFD']);
  });

  it('lists an empty sub-folder in the warnings and reads the rest', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'full'));
    writeFileSync(join(dir, 'full', 'a.csv'), CSV);
    const result = await ingestPaths([dir]);
    expect(result.records).toHaveLength(1);
    expect(result.rejects).toEqual([]);
    expect(result.warnings.map((w) => [w.source.file, w.source.line, w.reason])).toEqual([[displayPath(join(dir, 'empty')), 0, 'empty folder: nothing to read']]);
  });

  it('never reads a citegraph output folder inside an input folder, nor one given as input', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.csv'), CSV);
    const out = join(dir, 'old-output');
    mkdirSync(out);
    writeFileSync(join(out, 'papers.csv'), 'id,title\np1,Old paper read back\n');
    writeFileSync(join(out, 'run.json'), JSON.stringify({ tool: { name: 'citegraph' }, outputs: ['papers.csv', 'run.json'] }));
    for (const inputs of [[dir], [out]]) {
      const result = await ingestPaths(inputs);
      expect(result.records.map((r) => r.title)).toEqual(inputs[0] === dir ? ['Café Été'] : []);
      expect(result.warnings.map((w) => [w.source.file, w.reason])).toEqual([[displayPath(out), 'a citegraph output folder: not read as input (give its files by name to read them)']]);
    }
    // Named one by one, its files are read like any other.
    expect((await ingestPaths([join(out, 'papers.csv')])).records.map((r) => r.title)).toEqual(['Old paper read back']);
  });

  it('reads a folder whose run.json belongs to another tool', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.csv'), CSV);
    writeFileSync(join(dir, 'run.json'), JSON.stringify({ tool: { name: 'other' } }));
    const result = await ingestPaths([dir]);
    expect(result.records.map((r) => r.title)).toEqual(['Café Été']);
  });
});
