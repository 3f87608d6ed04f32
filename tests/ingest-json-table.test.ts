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
        source: { file: 't.json', line: 2, endLine: 14, format: 'json' },
        title: 'One',
        abstract: 'A.',
        authors: ['Ann One', 'Bo Two'],
        date: { raw: '2020', year: 2020 },
        categories: ['cs.LG'],
        upvotes: 7,
      },
      {
        source: { file: 't.json', line: 15, endLine: 27, format: 'json' },
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
        source: { file: 'hf.json', line: 2, endLine: 16, format: 'json' },
        title: 'A Paper With Code',
        abstract: 'The abstract, from details.',
        authors: ['Ann One', 'bo-two'],
        ids: { arxiv: 'https://arxiv.org/abs/2512.00001' },
        url: 'https://huggingface.co/papers/2512.00001',
        upvotes: 7,
        hasCode: true,
      },
      {
        source: { file: 'hf.json', line: 17, endLine: 28, format: 'json' },
        title: 'A Paper Without',
        ids: { arxiv: 'https://arxiv.org/abs/2512.00002' },
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

  it('is one reject over the whole array, naming the keys, when no object has a title', () => {
    const result = parseText('[{"name": "x", "year": 2020},\n {"name": "y", "venue": "Z"}]', 't.json');
    expect(result.records).toEqual([]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[1, 2, 'unknown table layout: no title field; keys: name, year, venue']]);
  });

  it('rejects a broken element alone, at the line of the parse error, and reads on', () => {
    const result = parseText('[\n  {"title": "One"},\n  {\n  "title" "Two"},\n  {"title": "Three"}\n]', 't.json');
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([
      ['One', 2],
      ['Three', 5],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason, r.excerpt])).toEqual([
      [3, 4, "invalid JSON: Expected ':' after property name in JSON at line 4", '{ "title" "Two"}'],
    ]);
  });

  it('keeps what it read when the structure breaks where no line says where to resume, and rejects the rest of the file at once', () => {
    const compact = parseText('[{"title": "One"}, {"title": "Two"}} {"title": "Three"}]\n', 't.json');
    expect(compact.records.map((r) => r.title)).toEqual(['One', 'Two']);
    expect(compact.rejects.map((r) => [r.source.line, r.source.endLine, r.reason, r.excerpt])).toEqual([
      [1, 1, 'invalid JSON: expected "," or "]" after array element 2 at line 1, found "}"; the rest of the file is not read', '} {"title": "Three"}]'],
    ]);
    const truncated = parseText('{"papers": [\n  {"title": "One"},\n  {"title": "Tw', 't.json');
    expect(truncated.records.map((r) => r.title)).toEqual(['One']);
    expect(truncated.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([
      [3, 3, 'invalid JSON: the file ends inside array element 2 (an unclosed bracket or string); the rest of the file is not read'],
    ]);
  });

  it('reads JSON Lines: one value after another, a broken one rejected alone', () => {
    const lines = ['{"title": "One"}', '{"title": "Two", "authors": ["Ann One"]}', '[{"title": "Three"}]', '"stray"', '{"title": "Five", "year": 20x}', 'nul', '{"title": "Seven"}', '{"title": "Eight", "authors": ["Ann One", Bo]}'];
    const result = parseText(lines.join('\n'), 't.json');
    expect(result.records.map((r) => [r.title, r.source.line, r.authors])).toEqual([
      ['One', 1, undefined],
      ['Two', 2, ['Ann One']],
      ['Three', 3, undefined],
      ['Seven', 7, undefined],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([
      [4, 'JSON holds a string, not a table of papers'],
      [5, 'invalid JSON: Unexpected non-whitespace character after JSON at line 5'],
      [6, 'invalid JSON: Unexpected end of JSON input; reading resumes at line 7'],
      [8, 'invalid JSON: Unexpected token \'B\', "Bo" is not valid JSON'],
    ]);
  });

  it('takes a single paper object as one record, and rejects other JSON', () => {
    expect(parseText('{"title": "Solo", "authors": [{"name": "Ann One"}]}', 't.json').records.map((r) => r.authors)).toEqual([['Ann One']]);
    expect(parseText('{"meta": {"n": 1}}', 't.json').rejects.map((r) => r.reason)).toEqual(['unknown JSON layout: no array of papers; keys: meta']);
    expect(parseText('[]', 't.json')).toEqual({ format: 'json', records: [], rejects: [], warnings: [], profiles: [] });
  });
});
