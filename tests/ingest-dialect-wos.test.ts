// Web of Science tab-delimited export (tests/fixtures/formats/README.md), and the CR and C1 cell
// parsers it shares with the plain-text export.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, parseText } from '../pipeline/ingest/index';
import { parseWosAddresses, parseWosReference, splitWosAddressCell, wosPeople } from '../pipeline/ingest/wos-fields';
import { fixture, parseFixture } from './helpers/formats';

describe('Web of Science tab-delimited', () => {
  it('reads each line as a record: AF names with AU variants, addresses tied by C1 brackets, cited references', () => {
    const { format, dialect, records, rejects, warnings } = parseFixture('wos-tab.txt');
    expect([format, dialect, records.length, rejects, warnings]).toEqual(['csv', 'wos', 3, [], []]);
    const [motion, shift, brevik] = records;
    expect(motion).toMatchObject({
      source: { line: 2, endLine: 2 },
      title: 'The Motion Behind the Symbols: A Vital Role for Dynamism in the Conceptualization of Limits and Continuity in Expert Mathematics',
      authors: ['Marghetis, Tyler', 'Nunez, Rafael'],
      venue: 'TOPICS IN COGNITIVE SCIENCE',
      volume: '5',
      issue: '2',
      pageStart: '299',
      pageEnd: '316',
      date: { raw: 'APR 2013', year: 2013, month: 4 },
      documentType: 'Article',
      language: 'English',
      citedBy: 4,
      indexKeywords: ['REPRESENTATIONS', 'GESTURE', 'REAL', 'TIME'],
      ids: { doi: '10.1111/tops.12013', wos: 'WOS:000317623000007', pmid: '23460466' },
    });
    expect(motion!.authorKeywords).toContain('Fictive motion');
    expect(motion!.authorDetails![1]).toEqual({ variants: ['Nunez, R'], affiliations: ['Univ Calif San Diego, Dept Cognit Sci, La Jolla, CA 92093 USA'], countries: ['United States'] });
    expect(motion!.references![0]).toEqual({ raw: 'Alibali MW, 1999, PSYCHOL SCI, V10, P327, DOI 10.1111/1467-9280.00163', firstAuthor: 'Alibali MW', year: 1999, source: 'PSYCHOL SCI', volume: '10', page: '327', ids: { doi: '10.1111/1467-9280.00163' } });
    expect(shift!.authorDetails!.map((d) => d.affiliations)).toEqual(shift!.authors!.map(() => ['Islamic Univ Gaza, Dept Phys, Gaza, Palestinian Aut, Israel']));
    // A 1979 record: addresses without names are the paper's.
    expect(brevik!.authorDetails).toBeUndefined();
    expect(brevik!.affiliations).toEqual(['UNIV TRONDHEIM,INST THEORET PHYS,N-7034 TRONDHEIM,NORWAY', 'LUFTKRIGSSKOLEN,TRONDHEIM MIL 7000,NORWAY']);
    expect(brevik!.references!.length).toBeGreaterThan(50);
  });

  it('reads a quote in a cell as text: cells are never quoted', () => {
    const lines = fixture('wos-tab.txt').split('\r\n');
    const cells = lines[1]!.split('\t');
    cells[8] = '"Big data" in a title, and a stray " quote';
    lines[1] = cells.join('\t');
    const { records, rejects } = parseText(lines.join('\r\n'), 'wos.txt');
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.title)[0]).toBe('"Big data" in a title, and a stray " quote');
    expect(records).toHaveLength(3);
  });

  it('reads the same records from UTF-16 with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wos-'));
    const text = fixture('wos-tab.txt');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(text.startsWith('\ufeff') ? text : `\ufeff${text}`, 'utf16le'));
    writeFileSync(join(dir, 'utf8.txt'), text);
    const { files, records } = await ingestPaths([dir]);
    expect(files.map((f) => [f.encoding, f.dialect, f.records])).toEqual([
      ['utf-16le', 'wos', 3],
      ['utf-8', 'wos', 3],
    ]);
    const strip = (r: (typeof records)[number]) => ({ ...r, source: { ...r.source, file: '' } });
    expect(records.slice(0, 3).map(strip)).toEqual(records.slice(3).map(strip));
  });
});

describe('Web of Science cells', () => {
  it('reads cited references with and without their parts', () => {
    expect(parseWosReference('Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007')).toEqual({
      raw: 'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007',
      firstAuthor: 'Aria M',
      year: 2017,
      source: 'J INFORMETR',
      volume: '11',
      page: '959',
      ids: { doi: '10.1016/j.joi.2017.08.007' },
    });
    expect(parseWosReference('Danet S., UNHEALTHY EFFECTS AT')).toEqual({ raw: 'Danet S., UNHEALTHY EFFECTS AT', firstAuthor: 'Danet S.', source: 'UNHEALTHY EFFECTS AT' });
    expect(parseWosReference('2008, SCIENCE')).toEqual({ raw: '2008, SCIENCE', year: 2008, source: 'SCIENCE' });
    expect(parseWosReference('Park N., 2007, J INTERIOR DES, V33, P17, DOI DOI 10.1111/J.1939-1668.2007.TB00419.X').ids).toEqual({ doi: '10.1111/J.1939-1668.2007.TB00419.X' });
    expect(parseWosReference('[Anonymous], 2019, NATURE, V5, DOI [10.1038/a1, 10.1038/b2]')).toMatchObject({ firstAuthor: '[Anonymous]', ids: { doi: '10.1038/a1' } });
    expect(parseWosReference('Takahashi K, 2004, RO-MAN 2004: 13TH IEEE INTERNATIONAL WORKSHOP, PROCEEDINGS, P95')).toMatchObject({ source: 'RO-MAN 2004: 13TH IEEE INTERNATIONAL WORKSHOP, PROCEEDINGS', page: '95' });
    expect(parseWosReference('Smith J, 2020, PLOS ONE, V15, PE0234567').page).toBe('E0234567');
  });

  it('reads addresses, the authors in their brackets and the country', () => {
    const cell = '[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, Comp & Technol, Nottingham, England; [Younis, Eman M. G.] Menia Univ, Fac Comp & Informat, Al Minya, Egypt';
    expect(parseWosAddresses(splitWosAddressCell(cell))).toEqual([
      { authors: ['Kanjo, Eiman', 'Sherkat, Nasser'], address: 'Nottingham Trent Univ, Comp & Technol, Nottingham, England', country: 'England' },
      { authors: ['Younis, Eman M. G.'], address: 'Menia Univ, Fac Comp & Informat, Al Minya, Egypt', country: 'Egypt' },
    ]);
    expect(parseWosAddresses(['Beijing 100871, Peoples R China.', 'Somewhere, 12345'])).toEqual([
      { authors: [], address: 'Beijing 100871, Peoples R China', country: 'China' },
      { authors: [], address: 'Somewhere, 12345' },
    ]);
  });

  it('ties addresses, ResearcherIDs and ORCIDs to authors whatever their case', () => {
    const addresses = parseWosAddresses(['[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, Nottingham, England', '[Younis, Eman M. G.] Menia Univ, Al Minya, Egypt']);
    const people = wosPeople(['Kanjo, E', 'Younis, EMG', 'Sherkat, N'], ['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser'], addresses, ['Sherkat, Nasser/A-1234-2010'], ['Sherkat, Nasser/0000-0003-1488-5682', 'kanjo, eiman/0000-0002-1720-0661']);
    expect(people.names).toEqual(['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser']);
    expect(people.details).toEqual([
      { variants: ['Kanjo, E'], affiliations: ['Nottingham Trent Univ, Nottingham, England'], countries: ['England'], orcid: '0000-0002-1720-0661' },
      { variants: ['Younis, EMG'], affiliations: ['Menia Univ, Al Minya, Egypt'], countries: ['Egypt'] },
      { variants: ['Sherkat, N'], affiliations: ['Nottingham Trent Univ, Nottingham, England'], countries: ['England'], ids: { wos: 'A-1234-2010' }, orcid: '0000-0003-1488-5682' },
    ]);
    expect(people.affiliations).toEqual([]);
  });
});
