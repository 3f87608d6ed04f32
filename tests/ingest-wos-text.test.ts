// Web of Science plain text on real exports (tests/fixtures/formats/README.md says where each
// comes from) and on hand-written variants of today's shape; and the parsers of its authors and
// cited references, which read the tab-delimited export's cells too.
import { describe, expect, it } from 'vitest';
import { authorFields } from '../pipeline/ingest/author-details';
import { splitOutsideBrackets } from '../pipeline/ingest/cells';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { readWosPeople, type WosField, type WosPersonFields } from '../pipeline/ingest/wos-people';
import { readWosReference } from '../pipeline/ingest/wos-references';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const parse = (text: string, limits = readLimits()) => parseText(text, 'wos.txt', limits);

describe('Web of Science plain text', () => {
  it('reads records cut from an export without its FN and VR header, but nothing else opening with PT', () => {
    const whole = formatFixture('wos-savedrecs-excerpt.txt');
    const headless = whole.split('\n').slice(2).join('\n');
    const [withHeader, without] = [parse(whole), parse(headless)];
    expect(without.format).toBe('wos-text');
    expect(without.rejects).toEqual([]);
    expect(without.records.map((r) => [r.title, r.references?.length])).toEqual(withHeader.records.map((r) => [r.title, r.references?.length]));
    // A table whose first cell is "PT J" is no export.
    expect(parse('PT J\nsome words after it\n').format).not.toBe('wos-text');
  });

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

describe('Web of Science cited references', () => {
  it('reads cited references with and without their parts', () => {
    expect(readWosReference('Danet S., UNHEALTHY EFFECTS AT')).toEqual({ raw: 'Danet S., UNHEALTHY EFFECTS AT', firstAuthor: 'Danet S.', source: 'UNHEALTHY EFFECTS AT' });
    expect(readWosReference('2008, SCIENCE')).toEqual({ raw: '2008, SCIENCE', year: 2008, source: 'SCIENCE' });
    expect(readWosReference('Park N., 2007, J INTERIOR DES, V33, P17, DOI DOI 10.1111/J.1939-1668.2007.TB00419.X').ids).toEqual({ doi: '10.1111/J.1939-1668.2007.TB00419.X' });
    expect(readWosReference('Takahashi K, 2004, RO-MAN 2004: 13TH IEEE INTERNATIONAL WORKSHOP, PROCEEDINGS, P95')).toMatchObject({ source: 'RO-MAN 2004: 13TH IEEE INTERNATIONAL WORKSHOP, PROCEEDINGS', page: '95' });
    expect(readWosReference('Smith J, 2020, PLOS ONE, V15, PE0234567').page).toBe('E0234567');
    expect(readWosReference('Lee K, 2019, J X, V2, P3, DOI 10.1000/xyz.').ids).toEqual({ doi: '10.1000/xyz' });
  });

  it('reads a page with letters, which Web of Science marks with a small p', () => {
    // Real cited references of metaknowledge's ManyAuthors.isi and the shared data's savedrecs.txt.
    expect(readWosReference('Pickett B, 2004, INT J RADIAT ONCOL, V60, pS185, DOI 10.1016/S0360-3016(04)01175-7')).toMatchObject({ volume: '60', page: 'S185' });
    expect(readWosReference('Carrie D, 1997, CIRCULATION, V96, pII6').page).toBe('II6');
    expect(readWosReference('Amit G, 2006, AM HEART J, V152, p887e9').page).toBe('887e9');
    expect(readWosReference('1999, OPTICAL COMPONENTS G, pCH13')).toMatchObject({ year: 1999, source: 'OPTICAL COMPONENTS G', page: 'CH13' });
  });

  it('gives "[Anonymous]" no first author: it names none, and would make every anonymous work one author', () => {
    const anonymous = readWosReference('[Anonymous], 2019, NATURE, V5, DOI [10.1038/a1, 10.1038/b2]');
    expect(anonymous).toMatchObject({ year: 2019, source: 'NATURE', volume: '5', ids: { doi: '10.1038/a1' } });
    expect(anonymous).not.toHaveProperty('firstAuthor');
  });

  it('reads a volume with a series letter, and keeps commas inside brackets in the source (savedrecs.txt)', () => {
    expect(readWosReference('THORNBER KK, 1973, PHYS LETT A, VA 43, P501, DOI 10.1016/0375-9601(73)90012-1')).toMatchObject({ source: 'PHYS LETT A', volume: 'A 43', page: '501' });
    expect(readWosReference('MIDWINTE.JE, 1970, IEEE J QUANTUM ELECT, VQE 6, P583, DOI 10.1109/JQE.1970.1076337')).toMatchObject({ source: 'IEEE J QUANTUM ELECT', volume: 'QE 6' });
    expect(readWosReference('Moll E., 1986, Patent No. [U.S. 4,619,748, 4619748]').source).toBe('Patent No. [U.S. 4,619,748, 4619748]');
  });
});

describe('Web of Science authors', () => {
  /** Each tag one field of these values; what is doubted is kept as [tag, value, reason]. */
  function people(given: Partial<Record<keyof WosPersonFields, string[]>>) {
    const doubts: string[][] = [];
    const field = (tag: keyof WosPersonFields): WosField[] => (given[tag] ? [{ values: given[tag], doubt: (value, reason) => doubts.push([tag, value, reason]) }] : []);
    const { authors, affiliations } = readWosPeople({ AF: field('AF'), AU: field('AU'), C1: field('C1'), OI: field('OI'), RI: field('RI') });
    return { ...authorFields(authors), affiliations, doubts };
  }

  it('reads addresses, the authors in their brackets and the country; an address naming nobody is the paper’s', () => {
    const cell = '[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, Comp & Technol, Nottingham, England; [Younis, Eman M. G.] Menia Univ, Fac Comp & Informat, Al Minya, Egypt';
    expect(splitOutsideBrackets(cell, ';')).toEqual([
      '[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, Comp & Technol, Nottingham, England',
      '[Younis, Eman M. G.] Menia Univ, Fac Comp & Informat, Al Minya, Egypt',
    ]);
    const named = people({ AF: ['Kanjo, Eiman', 'Sherkat, Nasser', 'Younis, Eman M. G.'], C1: splitOutsideBrackets(cell, ';') });
    const nottingham = { affiliations: ['Nottingham Trent Univ, Comp & Technol, Nottingham, England'], countries: ['United Kingdom'] };
    expect(named.authorDetails).toEqual([nottingham, nottingham, { affiliations: ['Menia Univ, Fac Comp & Informat, Al Minya, Egypt'], countries: ['Egypt'] }]);
    expect(named.affiliations).toEqual([]);
    const unnamed = people({ AU: ['Ng, A'], C1: ['Beijing 100871, Peoples R China.', 'Somewhere, 12345', '[Ng, A]'] });
    expect(unnamed.affiliations).toEqual(['Beijing 100871, Peoples R China', 'Somewhere, 12345']);
    expect(unnamed.authorDetails).toBeUndefined();
    expect(unnamed.doubts).toEqual([]);
  });

  it('ties addresses, ResearcherIDs and ORCIDs to authors whatever their case', () => {
    const result = people({
      AU: ['Kanjo, E', 'Younis, EMG', 'Sherkat, N'],
      AF: ['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser'],
      C1: ['[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, Nottingham, England', '[Younis, Eman M. G.] Menia Univ, Al Minya, Egypt'],
      RI: ['Sherkat, Nasser/A-1234-2010'],
      OI: ['Sherkat, Nasser/0000-0003-1488-5682', 'kanjo, eiman/0000-0002-1720-0661'],
    });
    expect(result.authors).toEqual(['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser']);
    expect(result.authorDetails).toEqual([
      { variants: ['Kanjo, E'], affiliations: ['Nottingham Trent Univ, Nottingham, England'], countries: ['United Kingdom'], orcid: '0000-0002-1720-0661' },
      { variants: ['Younis, EMG'], affiliations: ['Menia Univ, Al Minya, Egypt'], countries: ['Egypt'] },
      { variants: ['Sherkat, N'], affiliations: ['Nottingham Trent Univ, Nottingham, England'], countries: ['United Kingdom'], ids: { wos: 'A-1234-2010' }, orcid: '0000-0003-1488-5682' },
    ]);
    expect(result.affiliations).toEqual([]);
    expect(result.doubts).toEqual([]);
  });

  it('keeps the AF names when AU lists another number of names, and says so', () => {
    const result = people({ AU: ['Ng, A', 'Li, W'], AF: ['Ng, Andrew'] });
    expect([result.authors, result.authorDetails]).toEqual([['Ng, Andrew'], undefined]);
    expect(result.doubts).toEqual([['AU', 'Ng, A; Li, W', 'AU lists 2 names and AF 1: the short forms are not paired with the full names']]);
  });
});
