import { describe, expect, it } from 'vitest';
import { detectFormat } from '../pipeline/ingest/detect';
import { parseText } from '../pipeline/ingest/index';
import { formatFixture } from './helpers/format-fixture';


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
      expect(detectFormat(formatFixture(name)), name).toBe(format);
      expect(parseText(formatFixture(name), 'papers.csv').format, name).toBe(format);
    }
  });

  it('is not misled by CRLF, CR, a BOM or blank lines at the top', () => {
    const text = formatFixture('pubmed_result2.txt');
    expect(detectFormat('\ufeff\r\n\r\n' + text.replace(/\n/g, '\r\n'))).toBe('medline');
    expect(detectFormat(formatFixture('OnePaper.isi').replace(/\n/g, '\r'))).toBe('wos-text');
  });

  it('wants the whole signature', () => {
    const wos = 'PT J\nTI A title\nER\n';
    expect(detectFormat(`FN Thomson Reuters Web of Science\nVR 1.0\n${wos}`)).toBe('wos-text');
    expect(detectFormat(`FN Thomson Reuters Web of Science\n${wos}`)).not.toBe('wos-text');
    const medline = 'PMID- 12345\nTI  - A title\n';
    expect(detectFormat(medline)).toBe('medline');
    expect(detectFormat(`Some notes\n${medline}`)).not.toBe('medline');
    const ris = 'TY  - JOUR\nTI  - A title\nER  - \n';
    expect(detectFormat(`${'Provider: me\n'.repeat(5)}${ris}`)).toBe('ris');
    expect(detectFormat(`${'Provider: me\n'.repeat(6)}${ris}`)).not.toBe('ris');
    expect(detectFormat('TY,TI,AU\nJOUR,A title,Ng A\n')).toBe('csv');
  });

  it('rejects a file of no shape with a message naming the tagged exports too', () => {
    const result = parseText('# Notes\n\nSome short remark.\n\n- a list item\n- another one\n', 'notes.md');
    expect(result.rejects.map((r) => r.reason)).toEqual([
      'unrecognised content: not a profile page, listing page, CSV or JSON table, or Web of Science, MEDLINE, RIS, BibTeX or PubMed XML export',
    ]);
  });
});
