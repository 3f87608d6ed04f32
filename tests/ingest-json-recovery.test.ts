// Broken JSON costs the value it breaks, not the rest of the file: a JSON Lines line, an element
// of a pretty-printed array; reading resumes at the next line that starts a value. Comments and
// anti-XSSI prefixes before JSON are skipped with a warning. Every reject names its own lines.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../pipeline/ingest/detect';
import { parseText } from '../pipeline/ingest/index';

const summary = (text: string) => {
  const result = parseText(text, 't.json');
  return {
    format: result.format,
    records: result.records.map((r) => [r.title, r.source.line, r.source.endLine]),
    rejects: result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason]),
  };
};

describe('broken JSON Lines', () => {
  it('rejects a broken line 2 of 5 alone and reads the 4 others', () => {
    const lines = ['{"title": "One"}', '{"title": "Two", "authors": ["Ann One", "Bo Two"}', '{"title": "Three"}', '{"title": "Four"}', '{"title": "Five"}'];
    expect(summary(lines.join('\n'))).toEqual({
      format: 'json',
      records: [
        ['One', 1, 1],
        ['Three', 3, 3],
        ['Four', 4, 4],
        ['Five', 5, 5],
      ],
      rejects: [[2, 2, 'invalid JSON: expected "," or "]" after array element 2 at line 2, found "}"; reading resumes at line 3']],
    });
  });

  it('resumes after a line cut short, a string left open, a bare word and an array left open', () => {
    const lines = ['{"title": "One", "abstract": "cut sh', '{"title": "Two"', '{"title": "Three"}', 'not json', '{"title": "Five", "authors": [', '{"title": "Six"}'];
    const { records, rejects } = summary(lines.join('\n'));
    expect(records).toEqual([
      ['Three', 3, 3],
      ['Six', 6, 6],
    ]);
    expect(rejects.map(([line, endLine]) => [line, endLine])).toEqual([
      [1, 1],
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
  });

  it('is still JSON when its first line is the broken one', () => {
    const text = 'oops\n{"title": "One"}\n{"title": "Two"}\n';
    expect(detectFormat(text)).toBe('json');
    expect(summary(text).records.map(([title]) => title)).toEqual(['One', 'Two']);
  });
});

describe('a broken element of a pretty-printed array', () => {
  it('costs itself only: reading resumes at the next element', () => {
    const json = ['[', '  {"title": "A"},', '  {"title": "B, "abstract": "quotes gone wrong"},', '  {"title": "C"},', '  {"title": "D", "authors": ["X", "Y"},', '  {"title": "E"}', ']'].join('\n');
    expect(summary(json)).toEqual({
      format: 'json',
      records: [
        ['A', 2, 2],
        ['C', 4, 4],
        ['E', 6, 6],
      ],
      rejects: [
        [3, 3, 'invalid JSON: a string runs past the end of its line on line 3 in array element 2; reading resumes at line 4'],
        [5, 5, 'invalid JSON: "}" closes a "[" on line 5 in array element 4; reading resumes at line 6'],
      ],
    });
  });

  it('that never closes gives back the elements it swallowed', () => {
    const json = ['{"papers": [', '  {"title": "A", "venue": {"name": "X",', '  {"title": "B"},', '  {"title": "C"}', ']}'].join('\n');
    expect(summary(json)).toEqual({
      format: 'json',
      records: [
        ['B', 3, 3],
        ['C', 4, 4],
      ],
      // Line 5's "]" shows the break; line 3, where the next element starts, is where it is cut.
      rejects: [[2, 2, 'invalid JSON: "]" closes a "{" on line 5 in array element 1; reading resumes at line 3']],
    });
  });

  it('is read on past a missing comma, with a warning', () => {
    const result = parseText('[\n  {"title": "A"}\n  {"title": "B"}\n]\n', 't.json');
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([
      ['A', 2],
      ['B', 3],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.reason])).toEqual([[3, 'a "," is missing before array element 2: read as if it were there']]);
  });

  it('names its own line also under a wrapper one level down', () => {
    const json = ['{"data": {', '  "total": 3,', '  "papers": [', '    {"title": "A"},', '    {"abstract": "no title"},', '    {"title": "C", "year": 20x}', '  ]', '}}'].join('\n');
    expect(summary(json)).toEqual({
      format: 'json',
      records: [['A', 4, 4]],
      rejects: [
        [5, 5, 'row without a title'],
        [6, 6, "invalid JSON: Expected ',' or '}' after property value in JSON at line 6"],
      ],
    });
  });
});

describe('JSON behind a comment or an anti-XSSI prefix', () => {
  it('reads ")]}\'"-prefixed JSON as JSON, with a warning', () => {
    const text = ")]}'\n[\n  {\"title\": \"A\"}\n]\n";
    expect(detectFormat(text)).toBe('json');
    const result = parseText(text, 't.json');
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([['A', 3]]);
    expect(result.warnings.map((w) => [w.source.line, w.value, w.reason])).toEqual([[1, ")]}'", 'the anti-XSSI prefix ")]}\'" is not JSON: skipped']]);
  });

  it('reads JSON after "//", "/* */" and "#" comments as JSON, with a warning for each', () => {
    const text = '// exported 2026-01-01\n/* by a\n   scraper */\n# papers\n{"papers": [{"title": "A"}]}\n';
    expect(detectFormat(text)).toBe('json');
    const result = parseText(text, 't.json');
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([['A', 5]]);
    expect(result.warnings.map((w) => [w.source.line, w.source.endLine, w.reason])).toEqual([
      [1, 1, 'a comment is not JSON: skipped'],
      [2, 3, 'a comment is not JSON: skipped'],
      [4, 4, 'a comment is not JSON: skipped'],
    ]);
  });

  it('reads "while(1);" and "for(;;);" prefixed JSON as JSON', () => {
    expect(summary('while(1);[{"title": "A"}]').records).toEqual([['A', 1, 1]]);
    expect(summary('for (;;);\n{"title": "A"}').records).toEqual([['A', 2, 2]]);
  });

  it('does not take text starting with "#" for JSON when no JSON follows', () => {
    expect(detectFormat('# Notes\n\nSome short remark.\n\n- a list item\n')).toBeUndefined();
  });
});
