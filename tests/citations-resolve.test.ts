// Reference resolution: spellings of one cited work fold into one, different works stay apart,
// and works are matched to the papers of the corpus they are (by identifier, else by first
// author, year, volume and page), with what could not be resolved in the warnings.
import { describe, expect, it } from 'vitest';
import { type CitingPaper, resolveCitations } from '../pipeline/citations/resolve';
import { readWosReference } from '../pipeline/ingest/wos-references';
import { parseScopusReference } from '../pipeline/ingest/dialects/scopus-references';
import type { CitedReference } from '../pipeline/model';

const source = (line: number) => ({ file: 'refs.txt', line, format: 'csv' as const });
const paper = (id: string, references: (string | CitedReference)[], extra: Partial<CitingPaper> = {}): CitingPaper => ({
  id,
  ids: {},
  references: references.map((r) => (typeof r === 'string' ? readWosReference(r) : r)),
  source: source(Number(id.replace(/\D/g, '')) || 1),
  ...extra,
});

describe('resolving cited references', () => {
  it('folds spellings of one work, the DOI of one variant naming all', () => {
    const model = resolveCitations([
      paper('p1', ['Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007']),
      paper('p2', ['ARIA M., 2017, J. INFORMETR., V11, P959']),
      paper('p3', [{ raw: 'Aria, M. (2017) J Informetr 11, 959', firstAuthor: 'Aria, M.', year: 2017, source: 'J Informetr', volume: '11', page: '959' }]),
    ]);
    expect(model.works).toEqual([
      { key: 'doi:10.1016/j.joi.2017.08.007', label: 'Aria M 2017, J INFORMETR', doi: '10.1016/j.joi.2017.08.007', citedBy: ['p1', 'p2', 'p3'] },
    ]);
    expect(model.referenceKeys.get('p2')).toEqual(['doi:10.1016/j.joi.2017.08.007']);
    expect(model.warnings).toEqual([]);
  });

  it('keeps works apart whose DOIs differ, and a reference without one apart from both, with a warning', () => {
    const model = resolveCitations([
      paper('p1', ['Smith J, 2010, NATURE, V1, P1, DOI 10.1000/a']),
      paper('p2', ['Smith J, 2010, NATURE, V1, P1, DOI 10.1000/b']),
      paper('p3', ['Smith J, 2010, NATURE, V1, P1']),
    ]);
    expect(model.works.map((w) => [w.key, w.citedBy])).toEqual([
      ['doi:10.1000/a', ['p1']],
      ['doi:10.1000/b', ['p2']],
      ['ref:smith j|2010|nature|1|1', ['p3']],
    ]);
    expect(model.warnings.map((w) => [w.source.line, w.field, w.reason])).toEqual([
      [3, 'references[1]', expect.stringMatching(/different ones \(DOI 10\.1000\/a, DOI 10\.1000\/b\): kept apart/)],
    ]);
  });

  it('makes a PMID name the work a DOI names once one reference gives both', () => {
    const model = resolveCitations([
      paper('p1', [{ raw: 'PMID 123', ids: { pmid: '123' } }]),
      paper('p2', [{ raw: 'doi and pmid', ids: { doi: '10.1000/x', pmid: '123' } }]),
    ]);
    expect(model.works.map((w) => [w.key, w.citedBy])).toEqual([['doi:10.1000/x', ['p1', 'p2']]]);
  });

  it('warns about a reference it cannot name, and keeps its place', () => {
    const model = resolveCitations([paper('p1', ['[Anonymous], NATURE', 'Lee K, 2001, CELL, V2, P3'])]);
    expect(model.referenceKeys.get('p1')).toEqual([undefined, 'ref:lee k|2001|cell|2|3']);
    expect(model.warnings.map((w) => [w.field, w.value, w.reason])).toEqual([
      ['references[1]', '[Anonymous], NATURE', expect.stringMatching(/without an identifier, a first author and a year, or a year, source, volume and page/)],
    ]);
  });

  it('names a work without an author by its year, source, volume and page, in Web of Science and Scopus spellings alike', () => {
    // Real references: the Scopus one from the shared data's formats/scopus_testing.csv.scopus.
    const scopus = parseScopusReference('The Cardiac Insufficiency Bisoprolol Study II (CIBIS-II): A randomised trial (1999) Lancet, 353, pp. 9-13');
    const model = resolveCitations([
      paper('p1', [scopus]),
      paper('p2', ['[Anonymous], 1999, LANCET, V353, P9', '[Anonymous], 1999, LANCET, V353, P1', '[Anonymous], 1999, LANCET, V353']),
    ]);
    expect(model.works.map((w) => [w.key, w.label, w.citedBy])).toEqual([
      ['ref:|1999|lancet|353|1', '[Anonymous] 1999, LANCET, 353, 1', ['p2']],
      ['ref:|1999|lancet|353|9', 'The Cardiac Insufficiency Bisoprolol Study II (CIBIS-II): A… 1999, Lancet', ['p1', 'p2']],
    ]);
    // Without a page it could be any paper of that volume.
    expect(model.warnings.map((w) => w.value)).toEqual(['[Anonymous], 1999, LANCET, V353']);
  });

  it('labels a work named by an identifier alone by its source, year, volume and page', () => {
    const model = resolveCitations([paper('p1', [{ raw: 'Nature. 2018 Feb 22;554(7693):544-548', year: 2018, source: 'Nature', volume: '554', page: '544', ids: { pmid: '29443960' } }, { raw: 'pmid 1', ids: { pmid: '1' } }])]);
    expect(model.works.map((w) => [w.key, w.label])).toEqual([
      ['pmid:1', 'PMID 1'],
      ['pmid:29443960', 'Nature 2018, 554, 544'],
    ]);
  });
});

describe('matching references to papers of the corpus', () => {
  it('links by identifier first, else by first author, year, volume and page', () => {
    const model = resolveCitations([
      paper('p1', [], { ids: { doi: '10.1000/cited' } }),
      paper('p2', [], { firstAuthor: 'Iver Brevik', year: 1979, volume: '52', pageStart: '133' }),
      paper('p3', ['Nobody N, 2000, X, V1, P1, DOI 10.1000/CITED', 'BREVIK I, 1979, PHYS REP, V52, P133', 'Brevik I, 1979, PHYS REP, V53, P1']),
    ]);
    expect(model.links).toEqual([
      { citing: 'p3', cited: 'p1', matchedBy: 'doi' },
      { citing: 'p3', cited: 'p2', matchedBy: 'key' },
    ]);
    expect(model.works.find((w) => w.key === 'doi:10.1000/cited')?.paperId).toBe('p1');
    expect(model.works.filter((w) => w.paperId === undefined).map((w) => w.key)).toEqual(['ref:brevik i|1979|physrep|53|1']);
  });

  it('matches no paper when the key fits two, and says so; never links a paper to itself', () => {
    const model = resolveCitations([
      paper('p1', ['Kim J, 2020, A, V1, P5'], { firstAuthor: 'Jin Kim', year: 2020, volume: '1', pageStart: '5' }),
      paper('p2', [], { firstAuthor: 'Jae Kim', year: 2020, volume: '1', pageStart: '5' }),
      paper('p3', ['Kim J, 2020, B, V1, P5'], { ids: { doi: '10.1000/self' } }),
      paper('p4', ['x', { raw: 'self', ids: { doi: '10.1000/self' } }], { ids: { doi: '10.1000/self-citing' } }),
    ]);
    // The Kim references fit p1 and p2; p4's DOI reference is p3.
    expect(model.links).toEqual([{ citing: 'p4', cited: 'p3', matchedBy: 'doi' }]);
    expect(model.warnings.filter((w) => /matches several papers of the corpus \(p1, p2\)/.test(w.reason))).toHaveLength(2);
    const withSelf = resolveCitations([paper('p3', [{ raw: 'me', ids: { doi: '10.1000/self' } }], { ids: { doi: '10.1000/self' } })]);
    expect(withSelf.links).toEqual([]);
  });
});
