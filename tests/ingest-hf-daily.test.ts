// A real hf-daily scrape (an excerpt of six unedited daily files, tests/fixtures/hf-daily/README.md)
// through ingestPaths: every array element is one record or one reject. Checks hold for every
// file; no single file's quirks are asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import type { IngestResult } from '../pipeline/model';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'hf-daily');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const elementsOf = (file: string) => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown[]).length;
let result: IngestResult;

beforeAll(async () => {
  result = await ingestPaths(FILES.map((f) => join(DIR, f)));
});

describe('ingest on hf-daily', () => {
  it('accounts for every array element as one record or one reject', () => {
    expect(result.files).toHaveLength(FILES.length);
    expect(result.files.every((f) => f.format === 'json' && f.encoding === 'utf-8')).toBe(true);
    expect(result.records.length + result.rejects.length).toBe(FILES.reduce((sum, f) => sum + elementsOf(f), 0));
    for (const f of result.files) expect(f.records + f.rejects, f.file).toBe(elementsOf(f.file.split('/').at(-1)!));
  });

  it('puts each record at the line where its object starts', () => {
    const texts = new Map<string, string[]>();
    for (const r of result.records.filter((_, i) => i % 7 === 0)) {
      if (!texts.has(r.source.file)) texts.set(r.source.file, readFileSync(join(DIR, r.source.file.split('/').at(-1)!), 'utf8').split('\n'));
      const lines = texts.get(r.source.file)!;
      expect(lines[r.source.line - 1]!.trim()).toBe('{');
      expect(lines[r.source.line]!.trim()).toBe(`"title": ${JSON.stringify(r.title)},`);
    }
  });

  it('reads nested fields and never takes the scrape date for a publication date', () => {
    expect(result.records.every((r) => r.date === undefined)).toBe(true);
    expect(result.records.every((r) => typeof r.url === 'string' && typeof r.hasCode === 'boolean')).toBe(true);
    expect(result.records.some((r) => r.hasCode)).toBe(true);
    expect(result.records.filter((r) => r.abstract).length).toBeGreaterThan(0.5 * result.records.length);
    expect(result.records.every((r) => r.upvotes === undefined || Number.isInteger(r.upvotes))).toBe(true);
    expect(result.records.some((r) => r.authors?.length)).toBe(true);
  });
});
