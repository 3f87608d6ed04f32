import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

const HF_STYLE = readFileSync('tests/fixtures/ingest/hf-style.json', 'utf8');

describe('JSON table', () => {
  it('reads an array of objects, with the line where each object starts', () => {
    const json = JSON.stringify(
      [
        { title: 'One', authors: ['Ann One', 'Bo Two'], abstract: 'A.', year: 2020, categories: ['cs.LG'], upvotes: '7' },
        { Title: 'Two', authors: [{ name: 'Cy Three' }, { name: 'Di Four' }], published: 'May 25, 2023', url: 'https://x/2' },
      ],
      null,
      2,
    );
    const result = parseText(json, 't.json');
    expect(result.format).toBe('json');
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      {
        source: { file: 't.json', line: 2, format: 'json' },
        title: 'One',
        abstract: 'A.',
        authors: ['Ann One', 'Bo Two'],
        date: { raw: '2020', year: 2020 },
        categories: ['cs.LG'],
        upvotes: 7,
      },
      {
        source: { file: 't.json', line: 15, format: 'json' },
        title: 'Two',
        authors: ['Cy Three', 'Di Four'],
        date: { raw: 'May 25, 2023', year: 2023, month: 5, day: 25 },
        url: 'https://x/2',
      },
    ]);
  });

  it('finds the array under a wrapper key, and splits ";"-separated authors', () => {
    const json = '{\n  "count": 2,\n  "Papers": [\n    {"title": "One", "authors": "Ann One; Bo Two"},\n    {"title": "Two"}\n  ]\n}';
    const result = parseText(json, 't.json');
    expect(result.records.map((r) => [r.title, r.source.line, r.authors])).toEqual([
      ['One', 4, ['Ann One', 'Bo Two']],
      ['Two', 5, undefined],
    ]);
  });

  it('reads nested hf-daily style objects one level down, and never scrape dates', () => {
    const result = parseText(HF_STYLE, 'hf.json');
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      {
        source: { file: 'hf.json', line: 2, format: 'json' },
        title: 'A Paper With Code',
        abstract: 'The abstract, from details.',
        authors: ['Ann One', 'bo-two'],
        url: 'https://huggingface.co/papers/2512.00001',
        upvotes: 7,
        hasCode: true,
      },
      {
        source: { file: 'hf.json', line: 17, format: 'json' },
        title: 'A Paper Without',
        url: 'https://arxiv.org/abs/2512.00002',
        upvotes: 0,
        hasCode: false,
      },
    ]);
  });

  it('rejects an object without a title at its own line, and elements that are not objects', () => {
    const json = '[\n  {"title": "One"},\n  {"abstract": "no title"},\n  {"title": "  "},\n  42\n]';
    const result = parseText(json, 't.json');
    expect(result.records.map((r) => r.title)).toEqual(['One']);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([
      [3, 'row without a title'],
      [4, 'row without a title'],
      [5, 'array element 4 is not an object'],
    ]);
    expect(result.rejects.map((r) => r.excerpt)).toEqual(['{"abstract": "no title"}', '{"title": "  "}', '42']);
  });

  it('is one reject naming the keys when no object has a title', () => {
    const result = parseText('[{"name": "x", "year": 2020}, {"name": "y", "venue": "Z"}]', 't.json');
    expect(result.records).toEqual([]);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([[0, 'unknown table layout: no title field; keys: name, year, venue']]);
  });

  it('rejects invalid JSON once, at the line of the parse error', () => {
    const result = parseText('[\n  {"title": "One"},\n  {"title" "Two"}\n]', 't.json');
    expect(result.records).toEqual([]);
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]!.source.line).toBe(3);
    expect(result.rejects[0]!.reason).toMatch(/^invalid JSON: .*position \d+/);
  });

  it('takes a single paper object as one record, and rejects other JSON', () => {
    expect(parseText('{"title": "Solo", "authors": [{"name": "Ann One"}]}', 't.json').records.map((r) => r.authors)).toEqual([['Ann One']]);
    expect(parseText('{"meta": {"n": 1}}', 't.json').rejects.map((r) => r.reason)).toEqual(['unknown JSON layout: no array of papers; keys: meta']);
    expect(parseText('[]', 't.json')).toEqual({ format: 'json', records: [], rejects: [], profiles: [] });
  });
});
