// Lens.org scholarly CSV export (a fixture written to its documented columns, tests/fixtures/formats/README.md).
import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers/formats';

describe('Lens.org CSV', () => {
  it('reads the works, their Lens-id references and counts; a row without a title is a reject', () => {
    const { dialect, records, rejects, warnings } = parseFixture('lens.csv');
    expect([dialect, records.length, warnings]).toEqual(['lens', 2, []]);
    expect(rejects.map((r) => [r.source.line, r.reason])).toEqual([[4, 'row without a title']]);
    expect(records[0]).toMatchObject({
      title: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
      authors: ['Massimo Aria', 'Corrado Cuccurullo'],
      date: { raw: '2017-11-01', year: 2017, month: 11, day: 1 },
      documentType: 'journal article',
      venue: 'Journal of Informetrics',
      volume: '11',
      issue: '4',
      pageStart: '959',
      pageEnd: '975',
      url: 'https://doi.org/10.1016/j.joi.2017.08.007',
      authorKeywords: ['Science mapping', 'Bibliometrics', 'Co-citation', 'Co-word analysis', 'R package'],
      indexKeywords: ['Computer science', 'Data science', 'Bibliometrics', 'Science mapping'],
      citedBy: 5120,
      ids: { lens: '044-560-373-287-871', doi: '10.1016/j.joi.2017.08.007' },
    });
    expect(records[0]!.references).toEqual(['001-163-290-658-401', '003-817-244-713-150', '011-526-853-077-745'].map((id) => ({ raw: id, ids: { lens: id } })));
    expect(records[1]).toMatchObject({ indexKeywords: ['Computer science', 'Information retrieval', 'Visualization'], ids: { pmid: '20585380', pmcid: 'PMC2883932' } });
    expect(records[1]).not.toHaveProperty('references');
  });
});
