import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

const CHROME = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'Daily Papers', '', 'byAK and the research community', '', 'May 28', ''];
const page = (...blocks: string[][]) => [...CHROME, ...blocks.flatMap((b) => [...b, ''])].join('\n');

const COUNTED = ['First Title', '', 'First abstract.', '', '  • 5 authors', '·', 'Feb 27 3'];
const ORG = ['Second Title', '', 'Second abstract.', '', 'apple Apple', '·', 'Mar 8, 2024 6'];
const PLAIN = ['Third Title', '', 'Third abstract.', '', '  • 1 authors', '·', 'Jun 26, 2025'];

describe('listing page with counts', () => {
  it('skips the page chrome and reads each block, with the line of its title', () => {
    const result = parseText(page(COUNTED, ORG, PLAIN), 'l.txt');
    expect(result.format).toBe('listing-page');
    expect(result.rejects).toEqual([]);
    expect(result.records).toEqual([
      {
        source: { file: 'l.txt', line: 13, endLine: 19, format: 'listing-page' },
        title: 'First Title',
        abstract: 'First abstract.',
        authorCount: 5,
        date: { raw: 'Feb 27', month: 2, day: 27 },
        upvotes: 3,
      },
      {
        source: { file: 'l.txt', line: 21, endLine: 27, format: 'listing-page' },
        title: 'Second Title',
        abstract: 'Second abstract.',
        submitter: 'apple Apple',
        date: { raw: 'Mar 8, 2024', year: 2024, month: 3, day: 8 },
        upvotes: 6,
      },
      {
        source: { file: 'l.txt', line: 29, endLine: 35, format: 'listing-page' },
        title: 'Third Title',
        abstract: 'Third abstract.',
        authorCount: 1,
        date: { raw: 'Jun 26, 2025', year: 2025, month: 6, day: 26 },
      },
    ]);
  });

  it('keeps a multi-word organisation line verbatim', () => {
    const block = ['Ladder', '', 'Abstract.', '', 'BostonU Boston University', '·', 'Jul 31, 2024'];
    expect(parseText(page(block), 'l.txt').records[0]!.submitter).toBe('BostonU Boston University');
  });

  it('parses CRLF and a BOM exactly like LF', () => {
    const text = page(COUNTED, ORG, PLAIN);
    expect(parseText('\ufeff' + text.replace(/\n/g, '\r\n'), 'l.txt')).toEqual(parseText(text, 'l.txt'));
  });

  it('does not depend on blank lines', () => {
    const dense = page(COUNTED, ORG).split('\n').filter((l) => l.trim() !== '').join('\n');
    expect(parseText(dense, 'l.txt').records.map((r) => [r.title, r.abstract, r.upvotes])).toEqual([
      ['First Title', 'First abstract.', 3],
      ['Second Title', 'Second abstract.', 6],
    ]);
  });

  it('keeps a paper whose author/date lines are lost, without them', () => {
    const lost = ['Lost Meta Title', '', 'Its abstract.'];
    const result = parseText(page(lost, COUNTED), 'l.txt');
    expect(result.records.map((r) => [r.title, r.authorCount])).toEqual([
      ['Lost Meta Title', undefined],
      ['First Title', 5],
    ]);
    expect(result.rejects).toEqual([]);
  });

  it('rejects author/date lines with no paper above them, and an abstract with no title', () => {
    const orphanMeta = ['  • 2 authors', '·', 'Jan 1, 2020'];
    const untitled = ['An abstract whose title was cut. '.repeat(12).trim(), '', '  • 3 authors', '·', 'Feb 2, 2021'];
    const result = parseText(page(COUNTED, orphanMeta, untitled), 'l.txt');
    expect(result.records.map((r) => r.title)).toEqual(['First Title']);
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([
      [21, 'author/date lines without a paper title above them'],
      [25, 'line fits no paper: too long or sentence-like for a title, and no title above it'],
      [27, 'author/date lines without a paper title above them'],
    ]);
    expect(result.rejects[0]!.excerpt).toBe('• 2 authors · Jan 1, 2020');
    expect(result.rejects.every((r) => r.excerpt.length <= 200)).toBe(true);
  });
});
