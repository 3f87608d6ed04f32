// The real hf-daily scrape through ingestPaths: every array element is one record or one
// reject. Checks hold for every file; no single file's quirks are asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest/index';
import type { IngestResult } from '../pipeline/model';

// The project's shared folder sits beside the checkout, here and in CI.
const DIR = join(process.cwd(), '..', 'shared', 'data', 'hf-daily');
let result: IngestResult;

beforeAll(async () => {
  result = await ingestPaths([DIR]);
});

describe('ingest on hf-daily', () => {
  it('accounts for every array element as one record or one reject', () => {
    expect(result.files).toHaveLength(262);
    expect(result.files.every((f) => f.format === 'json' && f.encoding === 'utf-8')).toBe(true);
    expect(result.records.length + result.rejects.length).toBe(5917);
    for (const f of result.files) {
      const elements = (JSON.parse(readFileSync(`${DIR}/${f.file.split('/').at(-1)}`, 'utf8')) as unknown[]).length;
      expect(f.records + f.rejects, f.file).toBe(elements);
    }
  });

  it('puts each record at the line where its object starts', () => {
    const texts = new Map<string, string[]>();
    for (const r of result.records.filter((_, i) => i % 97 === 0)) {
      if (!texts.has(r.source.file)) texts.set(r.source.file, readFileSync(`${DIR}/${r.source.file.split('/').at(-1)}`, 'utf8').split('\n'));
      const lines = texts.get(r.source.file)!;
      expect(lines[r.source.line - 1]!.trim()).toBe('{');
      expect(lines[r.source.line]!.trim()).toBe(`"title": ${JSON.stringify(r.title)},`);
    }
  });

  it('reads nested fields and never takes the scrape date for a publication date', () => {
    expect(result.records.every((r) => r.date === undefined)).toBe(true);
    expect(result.records.every((r) => typeof r.url === 'string' && typeof r.hasCode === 'boolean')).toBe(true);
    expect(result.records.some((r) => r.hasCode)).toBe(true);
    expect(result.records.filter((r) => r.abstract).length).toBeGreaterThan(5000);
    expect(result.records.every((r) => r.upvotes === undefined || Number.isInteger(r.upvotes))).toBe(true);
    expect(result.records.filter((r) => r.authors?.length).length).toBeGreaterThan(2000);
  });
});
