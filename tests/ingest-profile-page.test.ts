import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

const HEADER = ['Jane Q. Doe', '', 'LG', 'h-index12', '40papers', '1,234citations', 'Novelty61%', 'AI Score50', '', '40 Papers', ''];
const page = (...blocks: string[][]) => [...HEADER, ...blocks.flatMap((b) => [...b, ''])].join('\n');

const GLUED = ['LGCLDec 12, 2025Code', 'Glued Categories Paper', '', 'Ann One, Bo Two, Cy Three et al. · eth-zurich', '', 'We show $^{th}$ things.'];
const YEARLESS = ['CVMar 4', 'Yearless Paper', '', 'Jane Q. Doe, Dee Four', '', 'Abstract two.'];
const SOLO = ['MLJun 17, 2015', 'Solo Paper', '', 'jane  q.  DOE', '', 'Abstract three.'];

describe('profile page', () => {
  it('turns the header into a profile with numeric figures', () => {
    const result = parseText(page(GLUED), 'p.txt');
    expect(result.format).toBe('profile-page');
    expect(result.profiles).toEqual([
      {
        name: 'Jane Q. Doe',
        stats: { category: 'LG', hIndex: 12, papers: 40, citations: 1234, novelty: 61, aiScore: 50 },
        source: { file: 'p.txt', line: 1, endLine: 10, format: 'profile-page' },
      },
    ]);
    expect(result.rejects).toEqual([]);
  });

  it('reads glued categories, the Code flag, et al. and the affiliation tail', () => {
    const [record] = parseText(page(GLUED), 'p.txt').records;
    expect(record).toEqual({
      source: { file: 'p.txt', line: 12, endLine: 17, format: 'profile-page' },
      title: 'Glued Categories Paper',
      abstract: 'We show $^{th}$ things.',
      authors: ['Ann One', 'Bo Two', 'Cy Three', 'Jane Q. Doe'],
      authorsTruncated: true,
      authorsInferred: ['Jane Q. Doe'],
      affiliation: 'eth-zurich',
      categories: ['LG', 'CL'],
      date: { raw: 'Dec 12, 2025', year: 2025, month: 12, day: 12 },
      hasCode: true,
    });
  });

  it('keeps a date without a year yearless, and infers nobody when the owner is listed', () => {
    const [record] = parseText(page(YEARLESS), 'p.txt').records;
    expect(record!.date).toEqual({ raw: 'Mar 4', month: 3, day: 4 });
    expect(record!.hasCode).toBe(false);
    expect(record!.categories).toEqual(['CV']);
    expect(record!.authors).toEqual(['Jane Q. Doe', 'Dee Four']);
    expect(record!.authorsTruncated).toBe(false);
    expect(record).not.toHaveProperty('authorsInferred');
  });

  it('matches the owner across case, white space and Unicode forms', () => {
    const fullWidth = ['LGJan 2, 2020', 'Wide Paper', '', 'Ｊａｎｅ Ｑ. Ｄｏｅ, Ed Five', '', 'Abstract.'];
    const records = parseText(page(SOLO, fullWidth), 'p.txt').records;
    expect(records.map((r) => r.authors)).toEqual([['jane  q.  DOE'], ['Ｊａｎｅ Ｑ. Ｄｏｅ', 'Ed Five']]);
    expect(records.every((r) => r.authorsInferred === undefined)).toBe(true);
  });

  it('gives every block its own record, in order, with the line of its category/date line', () => {
    const records = parseText(page(GLUED, YEARLESS, SOLO), 'p.txt').records;
    expect(records.map((r) => [r.title, r.source.line])).toEqual([
      ['Glued Categories Paper', 12],
      ['Yearless Paper', 19],
      ['Solo Paper', 26],
    ]);
  });

  it('parses CRLF and a BOM exactly like LF', () => {
    const text = page(GLUED, YEARLESS, SOLO);
    expect(parseText('\ufeff' + text.replace(/\n/g, '\r\n'), 'p.txt')).toEqual(parseText(text, 'p.txt'));
  });

  it('adds the owner to a paper whose author line is missing', () => {
    const [record] = parseText(page(['LGJan 2, 2020', 'No Authors Paper', '', 'A longer abstract: with a colon, so not names.']), 'p.txt').records;
    expect(record!.abstract).toBe('A longer abstract: with a colon, so not names.');
    expect(record!.authors).toEqual(['Jane Q. Doe']);
    expect(record!.authorsInferred).toEqual(['Jane Q. Doe']);
  });

  it('rejects a block without a title as one reject', () => {
    const untitled = ['LGJan 2, 2020', 'Ann One, Bo Two et al.', '', 'An abstract of a paper whose title was lost.'];
    const result = parseText(page(untitled, YEARLESS), 'p.txt');
    expect(result.records.map((r) => r.title)).toEqual(['Yearless Paper']);
    expect(result.rejects).toEqual([
      {
        source: { file: 'p.txt', line: 12, endLine: 15, format: 'profile-page' },
        reason: 'paper block without a title after its category/date line',
        excerpt: 'LGJan 2, 2020 Ann One, Bo Two et al. An abstract of a paper whose title was lost.',
      },
    ]);
  });

  it('keeps a paper whose category/date line was lost, without a date, and rejects stray lines one by one', () => {
    const merged = [...GLUED, '', 'Second Title', '', 'Dee Four, Ed Five', '', 'Second abstract.', '', 'A stray remark.', 'Another stray line.'];
    const result = parseText(page(merged), 'p.txt');
    expect(result.records.map((r) => [r.title, r.source.line, r.date?.raw, r.abstract, r.authors])).toEqual([
      ['Glued Categories Paper', 12, 'Dec 12, 2025', 'We show $^{th}$ things.', ['Ann One', 'Bo Two', 'Cy Three', 'Jane Q. Doe']],
      ['Second Title', 19, undefined, 'Second abstract.', ['Dee Four', 'Ed Five', 'Jane Q. Doe']],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.reason, r.excerpt])).toEqual([
      [25, 'line fits no field of a paper block (a lost category/date line?)', 'A stray remark.'],
      [26, 'line fits no field of a paper block (a lost category/date line?)', 'Another stray line.'],
    ]);
  });

  it('rejects unknown header lines, and a header that names nobody', () => {
    const odd = parseText(['Jane Doe', 'h-index3', 'Followers 10', '', ...GLUED].join('\n'), 'p.txt');
    expect(odd.profiles.map((p) => p.name)).toEqual(['Jane Doe']);
    expect(odd.rejects.map((r) => [r.source.line, r.reason])).toEqual([[3, 'unrecognised line in the profile header']]);

    const nameless = parseText(['h-index3', '5papers', '', ...GLUED].join('\n'), 'p.txt');
    expect(nameless.profiles).toEqual([]);
    expect(nameless.records[0]!.authorsInferred).toBeUndefined();
    expect(nameless.rejects.map((r) => [r.source.line, r.reason])).toEqual([[1, "profile header without the owner's name on its first line"]]);
  });
});
