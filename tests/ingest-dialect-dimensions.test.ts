// Dimensions CSV exports (fixtures written to their documented layouts, tests/fixtures/formats/README.md):
// the "About the data" line above the header, and the bibliometric-mapping export's cited references.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { fixture, parseFixture } from './helpers/formats';

describe('Dimensions CSV', () => {
  it('skips the line above the header with a warning, and reads the publications', () => {
    const { format, dialect, records, rejects, warnings } = parseFixture('dimensions.csv');
    expect([format, dialect, records.length, rejects]).toEqual(['csv', 'dimensions', 2, []]);
    expect(warnings.map((w) => [w.source.line, w.reason])).toEqual([[1, 'a line above the header row, not part of the table: skipped']]);
    expect(records.map((r) => r.source.line)).toEqual([3, 4]);
    expect(records[0]).toMatchObject({
      title: 'bibliometrix: An R-tool for comprehensive science mapping analysis',
      authors: ['Aria, Massimo', 'Cuccurullo, Corrado'],
      date: { raw: '2017-11', year: 2017, month: 11 },
      venue: 'Journal of Informetrics',
      volume: '11',
      issue: '4',
      pageStart: '959',
      pageEnd: '975',
      documentType: 'Article',
      citedBy: 5410,
      url: 'https://doi.org/10.1016/j.joi.2017.08.007',
      affiliations: ['University of Naples Federico II', 'University of Campania "Luigi Vanvitelli"'],
      indexKeywords: ['46 Information and Computing Sciences', '4610 Library and Information Studies'],
      ids: { dimensions: 'pub.1091325734', doi: '10.1016/j.joi.2017.08.007' },
    });
    expect(records[1]).toMatchObject({ indexKeywords: ['Software', 'Bibliometrics', '46 Information and Computing Sciences'], ids: { pmid: '20585380', pmcid: 'PMC2883932' } });
  });

  it('reads the same table without the line above it, or with that line unquoted', () => {
    const text = fixture('dimensions.csv');
    const [note, ...rest] = text.split('\r\n');
    const titles = (t: string) => parseText(t, 'd.csv').records.map((r) => [r.title, r.citedBy]);
    const want = titles(text);
    expect(titles(rest.join('\r\n'))).toEqual(want);
    expect(titles([note!.replace(/^"|"$/g, ''), ...rest].join('\r\n'))).toEqual(want);
  });

  it('still rejects a table whose first two rows name no layout, from its first line', () => {
    const { records, rejects } = parseText('Some,note\nname,kind\nfoo,bar\n', 'd.csv');
    expect(records).toEqual([]);
    expect(rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[1, 3, 'unknown table layout: no title column; columns: Some, note']]);
    // A note above a header no wider than itself is no note: the table is not read.
    expect(parseText('name,kind\ntitle,foo\nA,B\n', 'd.csv').records).toEqual([]);
  });

  it('reads the cited references of the bibliometric-mapping export', () => {
    const { records, rejects } = parseFixture('dimensions-mapping.csv');
    expect(rejects).toEqual([]);
    expect(records[0]!.references).toEqual([
      {
        raw: '[van Eck, Nees Jan; Waltman, Ludo]|Software survey: VOSviewer, a computer program for bibliometric mapping|Scientometrics|2009|84|2|523-538|10.1007/s11192-009-0146-3|pub.1029567370|10.1007/s11192-009-0146-3',
        firstAuthor: 'van Eck, Nees Jan',
        title: 'Software survey: VOSviewer, a computer program for bibliometric mapping',
        source: 'Scientometrics',
        year: 2009,
        volume: '84',
        page: '523',
        ids: { doi: '10.1007/s11192-009-0146-3' },
      },
      expect.objectContaining({ firstAuthor: 'Chen, Chaomei', year: 2006, source: 'Journal of the American Society for Information Science and Technology', ids: { doi: '10.1002/asi.20317' } }),
    ]);
    expect(records[0]!.affiliations).toEqual(['University of Naples Federico II', 'University of Campania "Luigi Vanvitelli"']);
  });
});
