// Web of Science tab-delimited export (tests/fixtures/formats/README.md). Its cells are read by
// the plain-text export's parsers (wos-people.ts, wos-references.ts), tested with that export in
// ingest-wos-text.test.ts; here, that the tab-delimited export reaches them alike.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, parseText } from '../pipeline/ingest/index';
import { fixture, parseFixture } from './helpers/formats';
import { scratchDir } from './helpers/scratch';

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

  it('reads each record as the plain-text export reads the same record', () => {
    const text = [...parseFixture('OnePaper.isi').records, ...parseFixture('savedrecs.txt').records];
    const tab = parseFixture('wos-tab.txt').records;
    expect(tab).toHaveLength(3);
    for (const record of tab) {
      const same = text.find((r) => r.title === record.title)!;
      expect({ ...record, source: undefined }).toEqual({ ...same, source: undefined });
    }
  });

  it('reads PD ranges, early access dates, ids and addresses as the plain text does, doubts and all', () => {
    const [header, first, ...rest] = fixture('wos-tab.txt').split('\r\n');
    const columns = header!.replace(/^\ufeff/, '').split('\t');
    const withCells = (line: string, cells: Record<string, string>) => {
      const row = line.split('\t');
      for (const [tag, value] of Object.entries(cells)) row[columns.indexOf(tag)] = value;
      return row.join('\t');
    };
    const c1 = '[Marghetis, Tyler; Nunez, Rafael] Univ Calif San Diego, La Jolla, CA 92093 USA.; [Li, Wei] Peking Univ, Beijing, Peoples R China.';
    const cr = 'Small H, 1999, J AM SOC INFORM SCI, V50, P799, DOI 10.1002/(SICI)1097-4571(1999)50:9<799::AID-ASI9>3.0.CO;2-G; Aria M, 2017, J INFORMETR, V11, P959';
    const changed = withCells(first!, { PD: 'MAR-APR', C1: c1, RI: 'Nunez, Rafael/not-an-id', OI: 'nunez, rafael/0000-0002-1825-0097', CR: cr });
    const early = withCells(first!, { PY: '', PD: '', EY: '2021', EA: 'JAN 2021' });
    const { records, warnings } = parseText([header, changed, early, ...rest].join('\r\n'), 'wos.txt');
    const [motion, inEarlyAccess] = records;
    expect(motion!.date).toEqual({ raw: 'MAR-APR 2013', year: 2013, month: 3 });
    expect(motion!.authorDetails![1]).toEqual({ variants: ['Nunez, R'], orcid: '0000-0002-1825-0097', affiliations: ['Univ Calif San Diego, La Jolla, CA 92093 USA'], countries: ['United States'] });
    expect(motion!.references!.map((r) => r.ids?.doi)).toEqual(['10.1002/(SICI)1097-4571(1999)50:9<799::AID-ASI9>3.0.CO;2-G', undefined]);
    expect(warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [2, 'C1', 'Li, Wei', 'names no author of the record: this address is not tied to it'],
      [2, 'RI', 'Nunez, Rafael/not-an-id', 'not a ResearcherID: not used'],
    ]);
    expect(inEarlyAccess!.date).toEqual({ raw: 'JAN 2021', year: 2021, month: 1 });
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
    const dir = scratchDir('wos');
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
