import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../pipeline/ingest/detect';
import { parseText } from '../pipeline/ingest/index';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

describe('detecting the tagged exports', () => {
  it('knows each by its first lines, whatever the file is called', () => {
    for (const [name, format] of [
      ['savedrecs.txt', 'wos-text'],
      ['OnePaper.isi', 'wos-text'],
      ['wos-modern.txt', 'wos-text'],
      ['pubmed_result1.txt', 'medline'],
      ['medline-modern.nbib', 'medline'],
      ['example.ris', 'ris'],
      ['ris-zotero.ris', 'ris'],
      ['ris-jstor-preamble.ris', 'ris'],
    ] as const) {
      expect(detectFormat(fixture(name)), name).toBe(format);
      expect(parseText(fixture(name), 'papers.csv').format, name).toBe(format);
    }
  });

  it('is not misled by CRLF, CR, a BOM or blank lines at the top', () => {
    const text = fixture('pubmed_result2.txt');
    expect(detectFormat('\ufeff\r\n\r\n' + text.replace(/\n/g, '\r\n'))).toBe('medline');
    expect(detectFormat(fixture('OnePaper.isi').replace(/\n/g, '\r'))).toBe('wos-text');
  });

  it('wants the whole signature', () => {
    expect(detectFormat('FN Thomson Reuters Web of Science\nPT J\nTI A title\nER\n')).not.toBe('wos-text');
    expect(detectFormat('Some notes\nPMID- 12345\nTI  - A title\n')).not.toBe('medline');
    expect(detectFormat('TY,TI,AU\nJOUR,A title,Ng A\n')).toBe('csv');
    expect(detectFormat('Provider: me\nProvider: me\nProvider: me\nProvider: me\nProvider: me\nProvider: me\nTY  - JOUR\n')).not.toBe('ris');
  });

  it('rejects a file of no shape with a message naming the tagged exports too', () => {
    const result = parseText('# Notes\n\nSome short remark.\n\n- a list item\n- another one\n', 'notes.md');
    expect(result.rejects.map((r) => r.reason)).toEqual([
      'unrecognised content: not a profile page, listing page, CSV or JSON table, or Web of Science, MEDLINE or RIS export',
    ]);
  });
});
