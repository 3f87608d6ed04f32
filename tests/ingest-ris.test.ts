// RIS on a real IEEE Xplore export (tests/fixtures/formats/README.md says where it comes from) and
// on hand-written files in the shapes of other exporters.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const parse = (text: string) => parseText(text, 'refs.ris');

describe('RIS', () => {
  it("reads Scopus's notes: its citation count and the references, one a line in its CSV's layout", () => {
    const result = parse(formatFixture('scopus-ris-excerpt.ris'));
    expect([result.format, result.rejects, result.warnings]).toEqual(['ris', [], []]);
    const [fusion, liveness] = result.records;
    expect([fusion!.citedBy, fusion!.references!.length, liveness!.citedBy, liveness!.references!.length]).toEqual([1066, 27, 167, 9]);
    expect([fusion!.documentType, liveness!.documentType]).toEqual(['Article; JOUR', 'Conference Paper; CONF']);
    expect(fusion!.references![2]).toEqual({
      raw: 'Brunelli, R., Falavigna, D., Person identification using multiple cues (1995) IEEE Trans. PAMI, 12 (10), pp. 955-966',
      firstAuthor: 'Brunelli, R.',
      year: 1995,
      title: 'Person identification using multiple cues',
      source: 'IEEE Trans. PAMI',
      volume: '12',
      page: '955',
    });
    // A book: its title is where the source would be.
    expect(fusion!.references![0]).toMatchObject({ firstAuthor: 'Ben-Yacoub, S.', year: 1999, source: 'Fusion of Face and Speech Data for Person Identity Verification' });
  });

  it('reads real records field by field, an author written twice once', () => {
    const result = parse(formatFixture('ris-example-excerpt.ris'));
    expect(result.format).toBe('ris');
    expect(result.rejects).toEqual([]);
    const [exascale, reference, tianhe] = result.records;
    expect(exascale).toMatchObject({
      source: { file: 'refs.ris', line: 1, endLine: 24, format: 'ris' },
      title: 'The European Approach to the Exascale Challenge',
      authors: ['G. Kalbe'],
      date: { raw: '1 Jan.-Feb. 2019', year: 2019, month: 1, day: 1 },
      ids: { doi: '10.1109/MCSE.2018.2884139' },
      venue: 'Computing in Science & Engineering',
      volume: '21',
      issue: '1',
      pageStart: '42',
      pageEnd: '47',
      documentType: 'JOUR',
      authorKeywords: ['Exascale computing', 'Industries', 'Investment', 'Technological innovation', 'Ecosystems', 'High performance computing'],
    });
    expect(exascale!.abstract).toMatch(/^An integrated European exascale .* operational HPC technologies\.$/);
    expect(reference).toMatchObject({ documentType: 'CONF', date: { raw: '24-27 Sept. 2019', year: 2019, month: 9, day: 24 } });
    expect(reference!.authors).toHaveLength(14);
    expect(reference!.authors).toContain('B. Somosköi');
    // Empty IS, SN, VO and VL lines give nothing.
    expect(reference).not.toHaveProperty('volume');
    expect(reference).not.toHaveProperty('issue');
    expect(tianhe).toMatchObject({ date: { raw: 'June 2021', year: 2021, month: 6 }, volume: '26', issue: '3' });
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([[7, 'AU', 'G. Kalbe', 'the same author twice in one record: kept once']]);
  });

  it('reads the whole real file, its CRLF, LF and CR line ends mixed, every line accounted for', () => {
    const text = formatFixture('example.ris');
    const result = parse(text);
    expect(result.records).toHaveLength(25);
    expect(result.rejects).toEqual([]);
    expect(result.records.every((r) => r.date?.year !== undefined && (r.authors?.length ?? 0) > 0)).toBe(true);
    // One record's DO line is empty.
    expect(result.records.filter((r) => r.ids?.doi?.startsWith('10.'))).toHaveLength(24);
    // The one date it cannot read ("1 Feb.1, 2015") is a warning, and PY still gives the year.
    expect(result.warnings.filter((w) => w.field === 'Y1').map((w) => w.value)).toEqual(['1 Feb.1, 2015']);
    checkCoverage(text, result, 'refs.ris');
  });

  it('reads a file with a BOM and CRLF: continuation lines, DA, DOIs in links, accession numbers, a record without a title', () => {
    const result = parse(formatFixture('ris-zotero.ris'));
    const [article, chapter] = result.records;
    expect(article).toEqual({
      source: { file: 'refs.ris', line: 1, endLine: 23, format: 'ris' },
      title: 'Citation networks in practice: a\nsecond line of the title',
      abstract: 'First paragraph of the abstract.\nSecond paragraph of the abstract.',
      authors: ['Brevik, Iver', 'Kalbe, G.'],
      date: { raw: '2019/01/15/', year: 2019, month: 1, day: 15 },
      ids: { doi: '10.1234/jex.2019.0012', wos: 'WOS:000455555500001' },
      url: 'https://doi.org/10.1234/jex.2019.0012',
      venue: 'Journal of Examples',
      volume: '12',
      issue: '3',
      pageStart: '101',
      pageEnd: '117',
      documentType: 'JOUR',
      language: 'en',
      authorKeywords: ['bibliometrics', 'science mapping', 'co-citation'],
      affiliations: ['University of Oslo, Oslo, Norway'],
    });
    expect(chapter).toMatchObject({
      title: 'A chapter with its DOI in a publisher link',
      authors: ['Smith, Jane'],
      date: { raw: '2020///', year: 2020 },
      ids: { doi: '10.1002/9781119.ch3', eid: '2-s2.0-85000000001' },
      venue: 'A Book of Chapters',
      documentType: 'CHAP',
    });
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[35, 38, 'record without a title (no TI or T1)']]);
    expect(result.warnings).toEqual([]);
  });

  it('passes over the provider lines some exporters open with', () => {
    const text = formatFixture('ris-jstor-preamble.ris');
    const result = parse(text);
    expect(result.format).toBe('ris');
    expect(result.records.map((r) => [r.title, r.source.line, r.venue, r.pageStart, r.pageEnd])).toEqual([['A record behind a provider preamble', 5, 'Journal of Preambles', '7', '19']]);
    expect(result.rejects).toEqual([]);
    checkCoverage(text, result, 'refs.ris');
  });

  it('rejects lines outside records, and ends a record without ER at the next TY', () => {
    const text = 'TY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\nER  - \nstray text\nER  - \n';
    const result = parse(text);
    expect(result.records.map((r) => [r.title, r.source.line, r.source.endLine])).toEqual([
      ['One', 1, 2],
      ['Two', 3, 5],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[6, 7, 'lines outside any record (no TY line opens one)']]);
    expect(result.warnings.map((w) => w.reason)).toEqual(['record does not end with ER: it ends at the next TY']);
    checkCoverage(text, result, 'refs.ris');
  });
});
