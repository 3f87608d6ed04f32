// Web of Science plain text on real exports (tests/fixtures/formats/README.md says where each
// comes from) and on hand-written variants of today's shape.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const parse = (text: string, limits = readLimits()) => parseText(text, 'wos.txt', limits);

describe('Web of Science plain text', () => {
  it('reads a whole record of a real export field by field', () => {
    const result = parse(formatFixture('OnePaper.isi'));
    expect(result.format).toBe('wos-text');
    expect(result.rejects).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toHaveLength(1);
    const record = result.records[0]!;
    expect(record).toMatchObject({
      source: { file: 'wos.txt', line: 3, endLine: 87, format: 'wos-text' },
      title: 'The Motion Behind the Symbols: A Vital Role for Dynamism in the Conceptualization of Limits and Continuity in Expert Mathematics',
      authors: ['Marghetis, Tyler', 'Nunez, Rafael'],
      date: { raw: 'APR 2013', year: 2013, month: 4 },
      categories: ['Psychology, Experimental', 'Psychology'],
      ids: { doi: '10.1111/tops.12013', pmid: '23460466', wos: 'WOS:000317623000007' },
      venue: 'TOPICS IN COGNITIVE SCIENCE',
      volume: '5',
      issue: '2',
      pageStart: '299',
      pageEnd: '316',
      documentType: 'Article',
      language: 'English',
      authorKeywords: ['Mathematical practice', 'Metaphor', 'Fictive motion', 'Gesture', 'Cauchy', 'Calculus', 'Conceptualization'],
      indexKeywords: ['REPRESENTATIONS', 'GESTURE', 'REAL', 'TIME'],
      citedBy: 4,
    });
    expect(record.abstract).toMatch(/^The canonical history of mathematics .* historical practice\.$/);
    const address = 'Univ Calif San Diego, Dept Cognit Sci, La Jolla, CA 92093 USA';
    expect(record.authorDetails).toEqual([
      { variants: ['Marghetis, T'], affiliations: [address], countries: ['United States'] },
      { variants: ['Nunez, R'], affiliations: [address], countries: ['United States'] },
    ]);
    expect(record).not.toHaveProperty('affiliations');
    expect(record.references).toHaveLength(45);
    expect(record.references![0]).toEqual({
      raw: 'Alibali MW, 1999, PSYCHOL SCI, V10, P327, DOI 10.1111/1467-9280.00163',
      firstAuthor: 'Alibali MW',
      year: 1999,
      source: 'PSYCHOL SCI',
      volume: '10',
      page: '327',
      ids: { doi: '10.1111/1467-9280.00163' },
    });
    expect(record.references!.find((r) => r.raw.startsWith('Rav Y.'))!.ids).toEqual({ doi: '10.1093/PHILMAT/NKM023' });
  });

  it('ties ORCID iDs and ResearcherIDs to the author their name matches, and says when none does', () => {
    const result = parse(formatFixture('wos-savedrecs-excerpt.txt'));
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.source.line, r.source.endLine])).toEqual([
      [3, 53],
      [55, 118],
      [120, 217],
    ]);
    const [goosHanchen, leaky, films] = result.records;
    expect(goosHanchen).toMatchObject({ date: { raw: 'AUG 15 2002', year: 2002, month: 8, day: 15 }, ids: { pmid: '18026466' } });
    // Old records tie no address to an author: the addresses are the paper's.
    expect(leaky!.affiliations).toEqual([
      'Ecole Natl Super Ingn Caen, Ctr Interdisciplinaire Rech Ions Laser, CNRS, Commiss Energie Atom,UMR 6637, F-14050 Caen, France',
      'CNRS, Inst Nonlinear Nice, UMR 6618, F-06560 Valbonne, France',
      'Prirodno Matemat Fak, Sarajevo, Bosnia & Herceg',
    ]);
    expect(leaky!.authors![4]).toBe('Kaiser, R');
    expect(leaky!.authorDetails![4]).toEqual({ orcid: '0000-0001-5194-3680', ids: { wos: 'J-3641-2014' } });
    expect(leaky!.authorDetails!.filter((d) => d.orcid !== undefined)).toHaveLength(1);
    expect(films!.authorKeywords).toEqual(['optical properties', 'thin films', 'nanostructure', 'dielectric', 'water adsorption']);
    expect(films!.authorDetails).toEqual([{}, { ids: { wos: 'E-9703-2012' } }]);
    expect(result.warnings).toEqual([
      {
        source: { file: 'wos.txt', line: 138, endLine: 138, format: 'wos-text' },
        field: 'RI',
        value: 'Wu, Qihong/B-9803-2009',
        reason: 'names no single author of the record: a ResearcherID not used',
      },
    ]);
  });

  it('reads a whole real export: every record, every cited reference, every line accounted for', () => {
    const text = formatFixture('savedrecs.txt');
    const result = parse(text);
    expect(result.rejects).toEqual([]);
    expect(result.records).toHaveLength(32);
    expect(result.records.flatMap((r) => r.references ?? [])).toHaveLength(958);
    expect(result.records.every((r) => r.ids?.wos?.startsWith('WOS:') && r.date?.year !== undefined && r.venue)).toBe(true);
    checkCoverage(text, result, 'wos.txt');
  });

  it('ties the addresses of today’s exports to the authors they name', () => {
    const result = parse(formatFixture('wos-modern.txt'));
    const [aria, lost] = result.records;
    expect(result.rejects).toEqual([]);
    expect(aria!.authorDetails).toEqual([
      {
        variants: ['Aria, M'],
        orcid: '0000-0002-8517-9411',
        ids: { wos: 'AAK-3548-2020' },
        affiliations: ['Univ Naples Federico II, Dept Econ & Stat, Via Cintia, I-80126 Naples, Italy', 'Univ Naples Federico II, K Synth Srl, Naples, Italy'],
        countries: ['Italy'],
      },
      {
        variants: ['Cuccurullo, C'],
        ids: { wos: 'X-0000-2019' },
        affiliations: ['Univ Campania Luigi Vanvitelli, Dept Management, Capua, Italy', 'Univ Naples Federico II, K Synth Srl, Naples, Italy'],
        countries: ['Italy'],
      },
    ]);
    expect(aria!.authorKeywords).toEqual(['Science mapping', 'Co-word analysis', 'Co-citation analysis', 'Bibliographic coupling', 'R package']);
    expect(aria!.categories).toEqual(['Computer Science, Interdisciplinary Applications', 'Information Science & Library Science', 'Computer Science']);
    expect(aria!.date).toEqual({ raw: 'NOV 2017', year: 2017, month: 11 });
    expect(lost).toMatchObject({
      authors: ['Chen, Xi', 'Wang, Jing', 'Smith, John A.'],
      documentType: 'Article; Proceedings Paper',
      date: { raw: '2021 MAR 15', year: 2021, month: 3, day: 15 },
      pageStart: '2233',
      citedBy: 3,
    });
    expect(lost!.authorDetails!.map((d) => d.countries)).toEqual([['China'], ['China'], ['United Kingdom']]);
    expect(lost!.authorDetails![0]!.orcid).toBe('0000-0001-2345-6789');
    expect(lost!.authorDetails![1]).not.toHaveProperty('ids');
    expect(lost!.authorDetails![2]!.ids).toEqual({ wos: 'A-1234-2010' });
    expect(result.warnings.map((w) => [w.source.line, w.source.endLine, w.field, w.value, w.reason])).toEqual([
      [23, 23, 'OI', 'Cuccurullo, Corrado/0000-0002-1401-7131', 'not an ORCID iD: not used'],
      [60, 81, '', '', 'record does not end with ER: it ends at the end of the text'],
      [71, 73, 'C1', 'Li, Wei', 'names no author of the record: this address is not tied to it'],
      [74, 74, 'RI', 'Wang, Jing/not-an-id', 'not a ResearcherID: not used'],
    ]);
  });

  it('reads cited references with parts missing, listed or doubled', () => {
    const [aria] = parse(formatFixture('wos-modern.txt')).records;
    expect(aria!.references).toEqual([
      { raw: '[Anonymous], 2016, NATURE, V537, P7', year: 2016, source: 'NATURE', volume: '537', page: '7' },
      {
        raw: 'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007',
        firstAuthor: 'Aria M',
        year: 2017,
        source: 'J INFORMETR',
        volume: '11',
        page: '959',
        ids: { doi: '10.1016/j.joi.2017.08.007' },
      },
      {
        raw: 'Small H, 1973, J AM SOC INFORM SCI, V24, P265, DOI [10.1002/asi.4630240406, DOI 10.1002/ASI.4630240406]',
        firstAuthor: 'Small H',
        year: 1973,
        source: 'J AM SOC INFORM SCI',
        volume: '24',
        page: '265',
        ids: { doi: '10.1002/asi.4630240406' },
      },
      expect.objectContaining({ firstAuthor: 'Cobo MJ' }),
      expect.objectContaining({ firstAuthor: 'van Eck NJ', source: 'SCIENTOMETRICS' }),
      { raw: 'Zupic I, 2015, ORGAN RES METHODS, V18, P429', firstAuthor: 'Zupic I', year: 2015, source: 'ORGAN RES METHODS', volume: '18', page: '429' },
      { raw: 'Garfield E., 1979, CITATION INDEXING IT', firstAuthor: 'Garfield E.', year: 1979, source: 'CITATION INDEXING IT' },
      { raw: 'Moed HF, ARTN e0123456, DOI 10.1371/journal.pone.0123456', firstAuthor: 'Moed HF', page: 'e0123456', ids: { doi: '10.1371/journal.pone.0123456' } },
    ]);
  });

  it('dates a paper in early access, which has no PY yet, by EY and EA', () => {
    const [record] = parse('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI Early\nEA JAN 2021\nEY 2021\nER\nEF\n').records;
    expect(record!.date).toEqual({ raw: 'JAN 2021', year: 2021, month: 1 });
  });

  it('reads CRLF text as LF text', () => {
    const text = formatFixture('wos-modern.txt');
    expect(parse(text.replace(/\n/g, '\r\n'))).toEqual(parse(text));
  });
});

describe('Web of Science plain text that is broken', () => {
  const header = 'FN Clarivate Analytics Web of Science\nVR 1.0\n';
  const record = (title: string) => `PT J\nAU Ng, A\nTI ${title}\nPY 2020\nER\n`;

  it('rejects the lines between records that are no record, and a record without a title', () => {
    const text = `${header}${record('First')}\nsome pasted note\nand another line\n\nPT J\nAU Ng, A\nPY 2020\nER\n\n${record('Third')}EF\n`;
    const result = parse(text);
    expect(result.records.map((r) => [r.title, r.source.line, r.source.endLine])).toEqual([
      ['First', 3, 7],
      ['Third', 17, 21],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([
      [9, 10, 'lines outside any record (no PT line opens one)'],
      [12, 15, 'record without a title (no TI)'],
    ]);
    checkCoverage(text, result, 'wos.txt');
  });

  it('reads a continuation line that lost its indentation, and a record whose PT was lost, with warnings', () => {
    const text = `${header}PT J\nTI A title that goes on\nover the next line\nER\nAU Ng, A\nTI Lost its PT\nER\n`;
    const result = parse(text);
    expect(result.records.map((r) => r.title)).toEqual(['A title that goes on over the next line', 'Lost its PT']);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.reason])).toEqual([
      [5, 'TI', 'not a tag line and not indented: read as a continuation of TI'],
      [7, '', 'record starts with AU, not PT (a lost PT line?)'],
    ]);
  });

  it('ends a record without ER at the next PT, with a warning', () => {
    const result = parse(`${header}PT J\nTI One\nPT J\nTI Two\nER\n`);
    expect(result.records.map((r) => [r.title, r.source.line, r.source.endLine])).toEqual([
      ['One', 3, 4],
      ['Two', 5, 7],
    ]);
    expect(result.warnings.map((w) => w.reason)).toEqual(['record does not end with ER: it ends at the next PT']);
  });

  it('says once a file that a tag is unknown, and passes over the tags it knows but does not read', () => {
    const result = parse(`${header}PT J\nTI One\nXX new field\nZ9 4\nER\nPT J\nTI Two\nXX again\nER\n`);
    expect(result.records).toHaveLength(2);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value])).toEqual([[5, 'XX', 'new field']]);
  });

  it('reads a file joined from several exports, BOMs and headers between them', () => {
    const text = `\ufeff${header}${record('First')}EF\n\ufeff${header}${record('Second')}EF\n`;
    const result = parse(text);
    expect(result.records.map((r) => r.title)).toEqual(['First', 'Second']);
    expect(result.rejects).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects a record over the record limit, naming its lines and size, and reads the next', () => {
    const text = `${header}${record('x'.repeat(300))}${record('Short')}`;
    const result = parse(text, readLimits(0.0002));
    expect(result.records.map((r) => r.title)).toEqual(['Short']);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([
      [3, 7, 'record of 328 characters, over --max-record-mb 0.0002 (200 characters): not read'],
    ]);
  });
});
