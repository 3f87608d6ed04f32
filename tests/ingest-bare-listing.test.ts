import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

const CHROME = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'byAK and the research community', '', 'Mar 17', ''];
const page = (...lines: string[]) => [...CHROME, ...lines.flatMap((l) => [l, ''])].join('\n');

describe('bare listing page', () => {
  it('pairs titles and abstracts after the chrome, keeping text verbatim', () => {
    const result = parseText(page('First Title', 'First abstract with 20$^{th}$ century.', 'Second Title', 'Second abstract.'), 'b.txt');
    expect(result.format).toBe('bare-listing');
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      { source: { file: 'b.txt', line: 11, endLine: 13, format: 'bare-listing' }, title: 'First Title', abstract: 'First abstract with 20$^{th}$ century.' },
      { source: { file: 'b.txt', line: 15, endLine: 17, format: 'bare-listing' }, title: 'Second Title', abstract: 'Second abstract.' },
    ]);
  });

  it('trims lines', () => {
    const [record] = parseText(page('  Spaced Title \t', '  Spaced abstract.  '), 'b.txt').records;
    expect([record!.title, record!.abstract]).toEqual(['Spaced Title', 'Spaced abstract.']);
  });

  it('keeps a title whose abstract is lost, and rejects an abstract whose title is lost', () => {
    const result = parseText(page('Lonely Title', 'Next Title', 'Next abstract.', 'Orphan abstract.'), 'b.txt');
    expect(result.records.map((r) => [r.title, r.abstract])).toEqual([
      ['Lonely Title', undefined],
      ['Next Title', 'Next abstract.'],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.excerpt])).toEqual([[17, 'Orphan abstract.']]);
  });

  it('skips the chrome of a second page pasted below, but rejects a stray date line', () => {
    const twice = page('First Title', 'First abstract.') + '\n' + page('Second Title', 'Apr 2', 'Second abstract.');
    const result = parseText(twice, 'b.txt');
    expect(result.records.map((r) => [r.title, r.abstract])).toEqual([
      ['First Title', 'First abstract.'],
      ['Second Title', undefined],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.reason, r.excerpt])).toEqual([
      [27, 'date line that belongs to no paper', 'Apr 2'],
      [29, 'line fits no paper: too long or sentence-like for a title, and no title above it', 'Second abstract.'],
    ]);
  });

  it('parses CRLF and a BOM exactly like LF', () => {
    const text = page('First Title', 'First abstract.', 'Second Title', 'Second abstract.');
    expect(parseText('\ufeff' + text.replace(/\n/g, '\r\n'), 'b.txt')).toEqual(parseText(text, 'b.txt'));
  });
});
