// OpenAlex works: the API response (a real excerpt), a plain list, JSON Lines, one work alone, and
// the CSV export (a fixture written to its layout); tests/fixtures/formats/README.md.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import type { SourceRecord } from '../pipeline/model';
import { fixture, parseFixture } from './helpers/formats';

interface Work {
  title: string;
  authorships: { author: { display_name: string } }[];
  abstract_inverted_index: Record<string, number[]> | null;
}
const api = JSON.parse(fixture('openalex-works.json')) as { results: Work[] };

/** The abstract as the inverted index gives it, for comparison. */
function wordsOf(index: Record<string, number[]>): string {
  return Object.entries(index)
    .flatMap(([w, at]) => at.map((p) => [p, w] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, w]) => w)
    .join(' ');
}

/** Only what a work holds: its authors' names, never numbers of the abstract's word index. */
function expectNoJunk(records: readonly SourceRecord[]) {
  for (const r of records) {
    for (const name of r.authors ?? []) expect(name).not.toMatch(/^\d+$/);
    expect(r.categories).toBeUndefined();
  }
}

describe('OpenAlex works', () => {
  it('reads the API response: authors, abstract in word order, venue, pages, references, index terms', () => {
    const { dialect, records, rejects } = parseFixture('openalex-works.json');
    expect([dialect, records.length, rejects]).toEqual(['openalex', 3, []]);
    expectNoJunk(records);
    records.forEach((r, i) => {
      const work = api.results[i]!;
      expect(r.authors).toEqual(work.authorships.map((a) => a.author.display_name));
      expect(r.abstract).toBe(work.abstract_inverted_index ? wordsOf(work.abstract_inverted_index) : undefined);
    });
    const opioid = records[1]!;
    expect(opioid).toMatchObject({
      title: 'Opportunities for opioid overdose prediction: building a population health approach',
      authors: ['Bennett Allen', 'Magdalena Cerdá'],
      // As the file has it: ingest takes the control characters out later (clean-text.ts).
      venue: '\u0098The \u009cLancet. Digital health',
      volume: '4',
      issue: '6',
      pageStart: 'e403',
      pageEnd: 'e404',
      // `type` and `type_crossref`, both as the work gives them.
      documentType: 'article; journal-article',
      language: 'en',
      citedBy: 2,
      date: { year: 2022 },
      ids: { openalex: 'https://openalex.org/W4281611026', doi: 'https://doi.org/10.1016/s2589-7500(22)00097-8', pmid: 'https://pubmed.ncbi.nlm.nih.gov/35623796' },
    });
    expect(opioid.abstract!.startsWith('The opioid overdose epidemic remains a profound public health crisis in the USA.')).toBe(true);
    expect(opioid.authorDetails![0]).toEqual({ orcid: '0000-0002-6321-2436', ids: { openalex: 'A5036070696' }, affiliations: ['New York University'], countries: ['United States'] });
    expect(opioid.references).toHaveLength(10);
    expect(opioid.references![0]).toEqual({ raw: 'https://openalex.org/W2762217448', ids: { openalex: 'https://openalex.org/W2762217448' } });
    expect(opioid.indexKeywords).toEqual([
      'Opioid Prescribing',
      'Opioid Overdose',
      'Opioid Epidemic in the United States',
      'Management of Cardiac Arrest and Resuscitation',
      'Challenges in Pain Management and Treatment',
      'Drug Overdose',
      'Opiate Overdose',
      'Opioid-Related Disorders',
      'Population Health',
      'Humans',
    ]);
    // A work without a source has no venue.
    expect(records[2]).not.toHaveProperty('venue');
  });

  it('reads the same works from a plain list, from JSON Lines and one work alone', () => {
    const want = parseFixture('openalex-works.json').records.map(({ source, ...r }) => r);
    const without = (text: string) => parseText(text, 'w.json').records.map(({ source, ...r }) => r);
    expect(without(JSON.stringify(api.results, null, 2))).toEqual(want);
    const lines = parseText(api.results.map((w) => JSON.stringify(w)).join('\n'), 'w.jsonl');
    expect([lines.dialect, lines.records.map((r) => r.source.line)]).toEqual(['openalex', [1, 2, 3]]);
    expect(lines.records.map(({ source, ...r }) => r)).toEqual(want);
    expect(without(JSON.stringify(api.results[1], null, 2))).toEqual([want[1]]);
  });

  it('reads the CSV export: dotted columns, "|" between values, institutions as the paper\'s', () => {
    const { dialect, records, rejects, warnings } = parseFixture('openalex-works.csv');
    expect([dialect, records.length, rejects, warnings]).toEqual(['openalex', 2, [], []]);
    expect(records[0]).toMatchObject({
      title: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
      authors: ['Massimo Aria', 'Corrado Cuccurullo'],
      authorDetails: [{ orcid: '0000-0002-8517-9411', ids: { openalex: 'A5042584357' } }, { ids: { openalex: 'A5022624316' } }],
      affiliations: ['University of Naples Federico II', 'University of Campania "Luigi Vanvitelli"'],
      date: { raw: '2017-11-01', year: 2017 },
      venue: 'Journal of Informetrics',
      volume: '11',
      issue: '4',
      pageStart: '959',
      pageEnd: '975',
      citedBy: 5120,
      indexKeywords: ['Science mapping', 'Bibliometrics', 'scientometrics and bibliometrics research', 'Data Visualization and Analytics'],
      references: [
        { raw: 'https://openalex.org/W2150220236', ids: { openalex: 'https://openalex.org/W2150220236' } },
        { raw: 'https://openalex.org/W2130432735', ids: { openalex: 'https://openalex.org/W2130432735' } },
      ],
      ids: { openalex: 'https://openalex.org/W2755950973', doi: 'https://doi.org/10.1016/j.joi.2017.08.007' },
    });
    expect(records[1]!.ids).toMatchObject({ pmid: 'https://pubmed.ncbi.nlm.nih.gov/20585380' });
  });

  it('reads the older CSV export\'s underscore columns', () => {
    const csv = 'id,display_name,author_names,author_ids,publication_year,primary_location_display_name,biblio_volume,referenced_works\nhttps://openalex.org/W1,A work,Ann One|Bo Two,https://openalex.org/A1|https://openalex.org/A2,2020,A Journal,7,https://openalex.org/W2|https://openalex.org/W3\n';
    const { dialect, records } = parseText(csv, 'w.csv');
    expect(dialect).toBe('openalex');
    expect(records[0]).toMatchObject({ authors: ['Ann One', 'Bo Two'], authorDetails: [{ ids: { openalex: 'A1' } }, { ids: { openalex: 'A2' } }], venue: 'A Journal', volume: '7', date: { year: 2020 } });
    expect(records[0]!.references!.map((r) => r.raw)).toEqual(['https://openalex.org/W2', 'https://openalex.org/W3']);
  });

  it('keeps only the ORCID iDs whose check digit is right, with a warning for the others', () => {
    const csv = 'id,display_name,author_names,author_orcids\nhttps://openalex.org/W1,A work,Ann One|Bo Two,https://orcid.org/0000-0002-1825-0098|https://orcid.org/0000-0002-1825-0097\n';
    const { records, warnings } = parseText(csv, 'w.csv');
    expect(records[0]!.authorDetails).toEqual([{}, { orcid: '0000-0002-1825-0097' }]);
    expect(warnings.map((w) => [w.field, w.value, w.reason])).toEqual([['author_orcids', 'https://orcid.org/0000-0002-1825-0098', 'not an ORCID iD: not used']]);
  });
});
