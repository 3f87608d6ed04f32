// Scopus CSV exports, older and newer layouts, on real excerpts (tests/fixtures/formats/README.md).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScopusReference, splitScopusReferences } from '../pipeline/ingest/dialects/scopus-references';
import { ingestPaths } from '../pipeline/ingest/index';
import { FORMATS_DIR, fixture, parseFixture } from './helpers/formats';

describe('Scopus CSV', () => {
  it('names the dialect of the file', async () => {
    const { files } = await ingestPaths([join(FORMATS_DIR, 'scopus.csv')]);
    expect(files.map((f) => [f.format, f.dialect, f.records, f.rejects, f.warnings])).toEqual([['csv', 'scopus', 5, 0, 0]]);
  });

  it('reads the older layout: comma-separated authors, each with affiliations and countries, and the bibliographic fields', () => {
    const { records, rejects, warnings } = parseFixture('scopus.csv');
    expect([records.length, rejects, warnings]).toEqual([5, [], []]);
    const lymphoma = records.find((r) => r.ids?.pmid === '10676951')!;
    expect(lymphoma).toMatchObject({
      title: 'Distinct types of diffuse large B-cell lymphoma identified by gene expression profiling',
      venue: 'Nature',
      volume: '403',
      issue: '6769',
      pageStart: '503',
      pageEnd: '511',
      citedBy: 5800,
      documentType: 'Article',
      language: 'English',
      date: { raw: '2000', year: 2000 },
      ids: { pmid: '10676951', eid: '2-s2.0-0034598746' },
    });
    expect(lymphoma.authors!.slice(0, 3)).toEqual(['Alizadeh A.A.', 'Elsen M.B.', 'Davis R.E.']);
    expect(lymphoma.authorDetails).toHaveLength(lymphoma.authors!.length);
    // Two affiliations in one run of commas, cut where the paper's affiliations end.
    expect(lymphoma.authorDetails![1]).toEqual({
      affiliations: [
        'Departments of Genetics, Stanford Univ. School of Medicine, Stanford, CA 94305, United States',
        'Life Sciences Division, Lawrence Orlando Berkeley Natl. L., University of California, Berkeley, CA 94720, United States',
      ],
      countries: ['United States'],
    });
    expect(lymphoma.indexKeywords).toContain('B cell lymphoma');
    expect(lymphoma.affiliations![0]).toBe('Department of Biochemistry, Stanford Univ. School of Medicine, Stanford, CA 94305, United States');
    expect(lymphoma.references![0]).toEqual({
      raw: 'Hodgkin, T., On some morbid appearances of the absorbant glands and spleen (1832) Med. -chir. Trans., 17, pp. 68-114',
      firstAuthor: 'Hodgkin, T.',
      year: 1832,
      title: 'On some morbid appearances of the absorbant glands and spleen',
      source: 'Med. -chir. Trans.',
      volume: '17',
      page: '68',
    });
  });

  it('reads every reference of a cell, and the DOI a reference gives', () => {
    const { records } = parseFixture('scopus.csv');
    const withDoi = records.flatMap((r) => r.references ?? []).filter((ref) => ref.ids?.doi);
    expect(withDoi.length).toBeGreaterThan(0);
    for (const ref of withDoi) expect(ref.raw).toContain(ref.ids!.doi!);
    for (const r of records) {
      const cell = fixture('scopus.csv').split('\n').find((l) => l.includes(r.ids!.eid!))!;
      for (const ref of r.references ?? []) expect(cell).toContain(ref.raw);
    }
  });

  it('reads the newer layout: semicolon-separated authors, full names with Scopus ids', () => {
    const { records, rejects, warnings } = parseFixture('scopus-2023.csv');
    expect([records.length, rejects, warnings]).toEqual([2, [], []]);
    const [first] = records;
    expect(first!.authors).toEqual(['Hao, Jie', 'High, Robin', 'Siu, Ka-Chun']);
    expect(first!.authorDetails![0]).toEqual({
      variants: ['Hao J.'],
      ids: { scopus: '57221302630' },
      affiliations: ['Department of Health & Rehabilitation Sciences, College of Allied Health Professions, University of Nebraska Medical Center, Omaha, NE, United States'],
      countries: ['United States'],
    });
    expect(first).toMatchObject({ venue: 'Ergonomics', volume: '66', issue: '5', pageStart: '704', pageEnd: '715', citedBy: 0, ids: { doi: '10.1080/00140139.2022.2113152', pmid: '35965444', eid: '2-s2.0-85136453267' } });
    expect(first!.references![0]).toEqual({
      raw: 'Adkin A.L., Campbell A.D., Chua R., Carpenter M.G., The Influence of Postural Threat on the Cortical Response to Unpredictable and Predictable Postural Perturbations, Neuroscience Letters, 435, 2, pp. 120-125, (2008)',
      firstAuthor: 'Adkin A.L.',
      year: 2008,
      title: 'The Influence of Postural Threat on the Cortical Response to Unpredictable and Predictable Postural Perturbations',
      source: 'Neuroscience Letters',
      volume: '435',
      page: '120',
    });
  });

  it('puts a row with an unnamed second funding text back in its columns, and says so', () => {
    const { records, rejects, warnings } = parseFixture('scopus-funding-text.csv');
    expect(rejects).toEqual([]);
    const petri = records[1]!;
    expect(petri).toMatchObject({ documentType: 'Article', language: 'English', pageStart: '1135', ids: { doi: '10.1038/s41598-022-04849-0', eid: '2-s2.0-85123480963' } });
    expect(petri.references![0]!.firstAuthor).toBe('Edelstein-Keshet, L.');
    expect(warnings.map((w) => [w.source.line, w.field])).toEqual([[petri.source.line, '(column 26)']]);
    expect(warnings[0]!.reason).toContain('the field after "Funding Text 1", which the header does not name, is not read');
  });

  it('joins the parts of a reference whose own authors are separated by semicolons', () => {
    const cell =
      'Aria M.; Cuccurullo C., bibliometrix: An R-tool for comprehensive science mapping analysis, Journal of Informetrics, 11, 4, pp. 959-975, (2017); Börner K.; Chen C.; Boyack K.W., Visualizing knowledge domains, Annual Review of Information Science and Technology, 37, 1, pp. 179-255, (2003); (2014)';
    const refs = splitScopusReferences(cell);
    expect(refs).toHaveLength(3);
    expect(refs.map(parseScopusReference)).toEqual([
      { raw: refs[0], firstAuthor: 'Aria M.', year: 2017, title: 'bibliometrix: An R-tool for comprehensive science mapping analysis', source: 'Journal of Informetrics', volume: '11', page: '959' },
      { raw: refs[1], firstAuthor: 'Börner K.', year: 2003, title: 'Visualizing knowledge domains', source: 'Annual Review of Information Science and Technology', volume: '37', page: '179' },
      { raw: '(2014)', year: 2014 },
    ]);
  });

  it('reads a book reference, a reference without authors and one with a DOI in the older layout', () => {
    expect(parseScopusReference('Hersey, P., Natemeyer, W.E., (1979) Power Perception Profile: Perception of Self, , Escondido. Calif.: Center for Leadership Studies')).toMatchObject({
      firstAuthor: 'Hersey, P.',
      year: 1979,
      source: 'Power Perception Profile: Perception of Self',
    });
    const corporate = parseScopusReference("The Non-Hodgkin's Lymphoma Classification Project: A clinical evaluation (1997) Blood, 89, pp. 3909-3918");
    expect(corporate).not.toHaveProperty('firstAuthor');
    expect(corporate).toMatchObject({ year: 1997, source: 'Blood', volume: '89', page: '3909' });
    expect(parseScopusReference('Althuis, M.D., Dozier, J.M., Global trends (2005) International Journal of Epidemiology, 34 (2), pp. 405-412. , DOI 10.1093/ije/dyh414').ids).toEqual({ doi: '10.1093/ije/dyh414' });
  });

  it('reads a first page of two letters and a number, as Web of Science does', () => {
    // A supplement's page ("Circulation 96, pp. II6-II12"): the same page WoS writes "pII6".
    expect(parseScopusReference('Carrie, D., Lipid lowering (1997) Circulation, 96, pp. II6-II12').page).toBe('II6');
    expect(parseScopusReference('Pickett, B., Title (2004) Int J Radiat Oncol, 60, pp. S185-S186').page).toBe('S185');
  });

  it('reads authors given by family name alone, as older records do', () => {
    // Real references of the shared data's formats/scopus_testing.csv.scopus (a 1986 paper's list).
    expect(parseScopusReference('Carp, Wheeler, Sink or Swim: The Socialization of a Federal District Judge (1972) Journal of Public Law, 21, p. 359')).toEqual({
      raw: 'Carp, Wheeler, Sink or Swim: The Socialization of a Federal District Judge (1972) Journal of Public Law, 21, p. 359',
      firstAuthor: 'Carp',
      year: 1972,
      title: 'Sink or Swim: The Socialization of a Federal District Judge',
      source: 'Journal of Public Law',
      volume: '21',
      page: '359',
    });
    expect(parseScopusReference('Barker, (1983) Financing State and Local Economic Development, , Duke University: Council of State Planning Agencies')).toMatchObject({
      firstAuthor: 'Barker',
      year: 1983,
      source: 'Financing State and Local Economic Development',
    });
    expect(parseScopusReference('Barker, (1983) Financing State and Local Economic Development, , Duke University')).not.toHaveProperty('title');
    // An acronym or a phrase before the first comma is no family name.
    for (const raw of ['WHO, (2010) World health report, , Geneva', 'International City Management Association, (1976) Municipal Yearbook, , ICMA, Washington, DC']) {
      expect(parseScopusReference(raw), raw).not.toHaveProperty('firstAuthor');
    }
  });
});
