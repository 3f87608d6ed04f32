// PubMed MEDLINE on real exports (tests/fixtures/formats/README.md says where each comes from)
// and on a hand-written record of today's shape.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const parse = (text: string) => parseText(text, 'pubmed.txt');

describe('PubMed MEDLINE', () => {
  it('reads real records field by field', () => {
    const result = parse(formatFixture('medline-result2-excerpt.txt'));
    expect(result.format).toBe('medline');
    expect(result.rejects).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((r) => [r.source.line, r.source.endLine])).toEqual([
      [2, 65],
      [67, 125],
    ]);
    const [scop, diagram] = result.records;
    expect(scop).toMatchObject({
      title: 'A high level interface to SCOP and ASTRAL implemented in python.',
      authors: ['Casbon, James A', 'Crooks, Gavin E', 'Saqi, Mansoor A S'],
      date: { raw: '2006', year: 2006 },
      ids: { doi: '10.1186/1471-2105-7-10', pmid: '16403221', pmcid: 'PMC1373603' },
      venue: 'BMC bioinformatics',
      volume: '7',
      pageStart: '10',
      documentType: 'Evaluation Studies; Journal Article',
      language: 'eng',
      indexKeywords: [
        'Database Management Systems',
        'Databases, Protein',
        'Information Storage and Retrieval',
        'Programming Languages',
        'Sequence Alignment',
        'Sequence Analysis, Protein',
        'Sequence Homology, Amino Acid',
        'Software',
        'User-Computer Interface',
      ],
    });
    expect(scop!.abstract).toMatch(/^BACKGROUND: Benchmarking algorithms .* generation of datasets for use in structural genomics easier and more principled\.$/);
    // The AD before the author list is the paper's, its e-mail address and all.
    expect(scop!.affiliations).toEqual([
      'Bioinformatics, Institute of Cell and Molecular Science, School of Medicine and Dentistry, Queen Mary, University of London, London EC1 6BQ, UK. j.a.casbon@qmul.ac.uk',
    ]);
    expect(scop!.authorDetails).toEqual([{ variants: ['Casbon JA'] }, { variants: ['Crooks GE'] }, { variants: ['Saqi MA'] }]);
    expect(diagram).toMatchObject({
      title: 'GenomeDiagram: a python package for the visualization of large-scale genomic data.',
      date: { raw: '2006 Mar 1', year: 2006, month: 3, day: 1 },
      volume: '22',
      issue: '5',
      pageStart: '616',
      pageEnd: '617',
      venue: 'Bioinformatics (Oxford, England)',
      ids: { doi: '10.1093/bioinformatics/btk021', pmid: '16377612' },
    });
  });

  it('gives an AD that follows an author to that author', () => {
    const [record] = parse(formatFixture('pubmed_result3.txt')).records;
    expect(record!.authorDetails![0]).toEqual({
      variants: ['Qiao S'],
      affiliations: ["School of Biomedical Engineering, Shanghai Jiao Tong University, Shanghai, People's Republic of China"],
      countries: ['China'],
    });
    expect(record!.authorDetails!.slice(1)).toEqual([{ variants: ['Shen G'] }, { variants: ['Bai J'] }, { variants: ['Chen Y'] }]);
    expect(record!.indexKeywords).toContain('High-Intensity Focused Ultrasound Ablation');
    expect(record!.ids).toEqual({ doi: '10.1118/1.4748329', pmid: '23039619' });
  });

  it('reads the whole real files, every line accounted for', () => {
    for (const [name, count] of [
      ['pubmed_result1.txt', 1],
      ['pubmed_result2.txt', 4],
      ['pubmed_result3.txt', 1],
    ] as const) {
      const text = formatFixture(name);
      const result = parse(text);
      expect(result.records, name).toHaveLength(count);
      expect(result.rejects, name).toEqual([]);
      checkCoverage(text, result, 'pubmed.txt');
    }
  });

  it('gives each author all the affiliations after it, the ORCID iD of its AUID, and a group author its place', () => {
    const result = parse(formatFixture('medline-modern.nbib'));
    const [mapping, short] = result.records;
    expect(mapping!.authors).toEqual(['Müller, Anna-Lena', 'Okafor, Chidi', 'Network Mapping Consortium', 'Tanaka, Hiro']);
    expect(mapping!.authorDetails).toEqual([
      {
        variants: ['Müller AL'],
        orcid: '0000-0002-1825-0097',
        affiliations: [
          'Department of Medical Informatics, University of Heidelberg, Heidelberg, Germany',
          'German Cancer Research Center (DKFZ), Heidelberg, Germany. Electronic address: a.mueller@example.org',
        ],
        countries: ['Germany'],
      },
      {
        variants: ['Okafor C'],
        orcid: '0000-0002-1694-233X',
        affiliations: ['Department of Biostatistics, Harvard T.H. Chan School of Public Health, Boston, MA 02115, USA'],
        countries: ['United States'],
      },
      { affiliations: ['Consortium office, Geneva, Switzerland'], countries: ['Switzerland'] },
      { variants: ['Tanaka H'] },
    ]);
    expect(mapping).toMatchObject({
      title: 'Mapping the co-authorship network of a field: a worked example with several affiliations per author.',
      date: { raw: '2021 Jan-Feb', year: 2021, month: 1 },
      ids: { doi: '10.1016/j.jbi.2021.103791', pmid: '34000001', pmcid: 'PMC8000001' },
      documentType: 'Journal Article; Review',
      authorKeywords: ['co-authorship', 'network analysis', 'affiliations'],
      indexKeywords: ['Bibliometrics', 'Humans', 'Information Storage and Retrieval'],
    });
    expect(short).toMatchObject({ date: { raw: '2019 Spring', year: 2019 }, pageStart: '1453', pageEnd: '1462' });
    expect(short!.date).not.toHaveProperty('month');
    expect(result.warnings.map((w) => [w.source.line, w.field, w.value, w.reason])).toEqual([
      [32, 'AUID', 'ORCID: 0000-0002-1825-0098', 'not an ORCID iD: not used'],
      [65, 'XYZ', 'a tag of a later version of the format', 'not a MEDLINE tag citegraph knows: its values are not read (said once a file)'],
    ]);
  });

  it('takes the names from AU where a record has no FAU, and rejects a record without a title', () => {
    const text = 'PMID- 1\nTI  - Old record.\nAU  - Smith J\nAU  - Jones AB\nAD  - Somewhere, Boston, MA 02115.\n\nPMID- 2\nAU  - Nobody N\n';
    const result = parse(text);
    expect(result.records).toEqual([
      {
        source: { file: 'pubmed.txt', line: 1, endLine: 5, format: 'medline' },
        title: 'Old record.',
        authors: ['Smith J', 'Jones AB'],
        authorDetails: [{}, { affiliations: ['Somewhere, Boston, MA 02115'], countries: ['United States'] }],
        ids: { pmid: '1' },
      },
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[7, 8, 'record without a title (no TI)']]);
  });

  it('reads a blank line inside a record as nothing, since only PMID starts a record', () => {
    const result = parse('PMID- 1\nTI  - A title\n      over two lines.\n\nAB  - An abstract.\n');
    expect(result.records.map((r) => [r.title, r.abstract, r.source.endLine])).toEqual([['A title over two lines.', 'An abstract.', 5]]);
  });
});
