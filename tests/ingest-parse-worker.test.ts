// Large inputs are parsed by a worker thread beside the main thread (ingest/file-worker.ts). What
// the worker parsed comes back by structured clone, so it must be the same, to the last field
// and type, as the main thread's own parse: real exports of every format, a file name that is
// not UTF-8, a file that cannot be decoded, and a missing path.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FileParseWorker } from '../pipeline/ingest/file-worker';
import { ingestPaths } from '../pipeline/ingest/index';
import { ingestFile } from '../pipeline/ingest/ingest-file';
import { readLimits } from '../pipeline/ingest/record-limit';
import { scratchDir } from './helpers/scratch';

const FORMATS = join(import.meta.dirname, 'fixtures', 'formats');
let dir: string;
let oddName: Buffer;

beforeAll(() => {
  dir = scratchDir('parse-worker');
  writeFileSync(join(dir, 'papers.csv'), 'title,authors,year\n"Café Été","José Núñez; Zoë Ås",2021\n"Graphs",Ada Lovelace,1843\n');
  writeFileSync(join(dir, 'binary.dat'), Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]));
  oddName = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x66, 0xff, 0x2e, 0x63, 0x73, 0x76])]); // "f\xff.csv"
  writeFileSync(oddName, 'title,authors\n"A paper under an odd name",Ada Lovelace\n');
});

describe('parsing files on a worker thread', () => {
  it('gives the same ingest result as parsing on this thread alone', async () => {
    const paths = [FORMATS, dir, join(dir, 'missing.csv')];
    const parse = vi.spyOn(FileParseWorker.prototype, 'parse');
    const here = await ingestPaths(paths, { inlineBelow: Infinity });
    expect(parse).not.toHaveBeenCalled();
    const beside = await ingestPaths(paths, { inlineBelow: 0 });
    expect(parse).toHaveBeenCalled(); // the worker read some of the files
    parse.mockRestore();
    expect(here.records.length).toBeGreaterThan(100);
    expect(here.rejects.some((r) => r.source.file.endsWith('binary.dat'))).toBe(true);
    expect(here.records.some((r) => r.title === 'A paper under an odd name')).toBe(true);
    expect(beside).toStrictEqual(here);
  });

  it('parses a file as this thread does, a Buffer path included', async () => {
    const worker = new FileParseWorker();
    try {
      const limits = readLimits();
      for (const path of [join(FORMATS, 'savedrecs.txt'), join(FORMATS, 'scopus.csv'), oddName]) {
        expect(await worker.parse(path, 'shown-name', limits)).toStrictEqual(await ingestFile(path, 'shown-name', limits));
      }
    } finally {
      await worker.close();
    }
  });

  it('refuses work once closed, naming the worker', async () => {
    const worker = new FileParseWorker();
    await worker.close();
    await expect(worker.parse(join(FORMATS, 'scopus.csv'), 'scopus.csv', readLimits())).rejects.toThrow(/ingest worker/);
  });
});
