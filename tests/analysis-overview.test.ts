// The overview's numbers, checked by hand: Lotka's fit on distributions whose least squares can be
// done on paper, the collaboration index and co-authors per paper of a small corpus, and what
// is "not in the input" (null or empty) when the records do not give it.
import { describe, expect, it } from 'vitest';
import { CLASSIC_LOTKA, fitLotka } from '../pipeline/analysis/lotka';
import { collaboration, countByName, describeCorpus } from '../pipeline/analysis/overview';
import type { CitationModel } from '../pipeline/model';
import { corpusOf, paper } from './helpers/corpus';

/** Each author's paper count for a distribution {n: authors with n papers}. */
const authorsWith = (distribution: Record<number, number>) => Object.entries(distribution).flatMap(([n, authors]) => Array<number>(authors).fill(Number(n)));

const noCitations = (links: CitationModel['links'] = []): CitationModel => ({ works: [], referenceKeys: new Map(), links, mainPath: { papers: [], links: [], leftOut: 0 }, warnings: [] });

describe("Lotka's law", () => {
  it('finds β = 2 and C = 16/21 exactly when the shares halve twice per doubling of n', () => {
    // 16, 4 and 1 authors with 1, 2 and 4 papers: share = (16/21) · n^−2 at every point.
    const fit = fitLotka(authorsWith({ 1: 16, 2: 4, 4: 1 }))!;
    expect(fit.distribution).toEqual([{ papers: 1, authors: 16 }, { papers: 2, authors: 4 }, { papers: 4, authors: 1 }]);
    expect(fit.exponent).toBeCloseTo(2, 5);
    expect(fit.constant).toBeCloseTo(16 / 21, 5);
    expect(fit.r2).toBeCloseTo(1, 5);
  });

  it('fits the least-squares line on log10 when the points are not on one', () => {
    // x = log10 n = 0, 1, 2; log10 authors = 3, 1, 1 (1000, 10, 10 of 1020 authors).
    // Slope = Sxy / Sxx = −2 / 2 = −1; on counts the intercept is 5/3 + 1 = 8/3, so
    // C = 10^(8/3) / 1020; residuals 1/3, −2/3, 1/3: R² = 1 − (2/3) / (8/3) = 0.75.
    const fit = fitLotka(authorsWith({ 1: 1000, 10: 10, 100: 10 }))!;
    expect(fit.exponent).toBeCloseTo(1, 5);
    expect(fit.constant).toBeCloseTo(10 ** (8 / 3) / 1020, 5);
    expect(fit.r2).toBeCloseTo(0.75, 5);
  });

  it('gives nothing to fit when every author has as many papers', () => {
    expect(fitLotka([1, 1, 1])).toBeNull();
    expect(fitLotka([])).toBeNull();
  });

  it('compares with the classic law, whose shares sum to 1', () => {
    const sum = Array.from({ length: 200_000 }, (_, i) => CLASSIC_LOTKA.constant * (i + 1) ** -CLASSIC_LOTKA.exponent).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 4);
  });
});

describe('collaboration', () => {
  it('counts single-authored papers, co-authors per paper and the collaboration index', () => {
    // Papers with 1, 1, 2, 3 and 6 authors (and one with none, left out): 13 authors over 5
    // papers = 2.6 per paper; the 3 multi-authored papers have 2 + 3 + 6 = 11 authors: CI = 11/3.
    const c = collaboration([1, 1, 2, 3, 6, 0])!;
    expect(c.papers).toBe(5);
    expect(c.singleAuthored).toBe(2);
    expect(c.authorsPerPaper).toBeCloseTo(2.6, 5);
    expect(c.collaborationIndex).toBeCloseTo(11 / 3, 5);
    expect(c.distribution.slice(0, 6).map((d) => d.papers)).toEqual([2, 1, 1, 0, 0, 1]);
  });

  it('puts papers with many authors in the last bar, and has no index without a multi-authored paper', () => {
    expect(collaboration([40, 10, 9])!.distribution.at(-1)).toEqual({ authors: 10, papers: 2 });
    expect(collaboration([1, 1])!.collaborationIndex).toBeNull();
    expect(collaboration([0])).toBeNull();
  });
});

describe('the corpus overview', () => {
  const papers = [
    paper('p1', ['a', 'b', 'c'], { year: 2019, venue: 'J Informetr', documentType: 'article', citedBy: 40, references: [{ raw: 'Egghe L 2005, J INFORMETR' }] }),
    paper('p2', ['a', 'b'], { year: 2021, venue: 'J INFORMETR', documentType: 'article', citedBy: 3 }),
    paper('p3', ['a'], { year: 2021, venue: 'Scientometrics', documentType: 'review' }),
    // "5 authors" on a listing, one named: it counts 5 in the collaboration index.
    paper('p4', ['d'], { authorCount: 5 }),
  ];
  const overview = describeCorpus(corpusOf(papers), noCitations([{ citing: 'p1', cited: 'p2', matchedBy: 'doi' }]));

  it('counts papers per year with empty years kept, and the undated papers', () => {
    expect(overview.years).toEqual([{ year: 2019, papers: 1 }, { year: 2020, papers: 0 }, { year: 2021, papers: 2 }]);
    expect(overview.undated).toBe(1);
  });

  it('ranks authors by papers with their fractional count, and sources across spellings', () => {
    expect(overview.topAuthors[0]).toEqual({ id: 'a', name: 'A', papers: 3, fractional: expect.closeTo(1 / 3 + 1 / 2 + 1, 5) });
    expect(overview.topSources).toEqual([{ name: 'J INFORMETR', papers: 2 }, { name: 'Scientometrics', papers: 1 }]);
    expect(overview.sources).toBe(2);
    expect(overview.documentTypes.map((t) => t.papers)).toEqual([2, 1]);
    expect(overview.untyped).toBe(1);
  });

  it('lists the most cited papers by the databases and, with references, inside the corpus', () => {
    expect(overview.mostCited?.map((p) => [p.id, p.citedBy, p.label])).toEqual([['p1', 40, 'A, 2019'], ['p2', 3, 'A, 2021']]);
    expect(overview.mostCitedLocally?.map((p) => [p.id, p.localCitations])).toEqual([['p2', 1]]);
    expect(overview.collaboration?.collaborationIndex).toBeCloseTo((3 + 2 + 5) / 3, 5);
  });

  it('says what the input does not give: no years, counts, references or types', () => {
    const bare = describeCorpus(corpusOf([paper('q1', ['a']), paper('q2', ['b'])]), noCitations());
    expect(bare.years).toEqual([]);
    expect(bare.undated).toBe(2);
    expect(bare.mostCited).toBeNull();
    expect(bare.mostCitedLocally).toBeNull();
    expect(bare.documentTypes).toEqual([]);
    expect(bare.lotka).toBeNull();
  });

  it('names a group by its most frequent spelling', () => {
    expect(countByName(['Article', 'ARTICLE', 'ARTICLE', undefined, ' '])).toEqual({ counts: [{ name: 'ARTICLE', papers: 3 }], missing: 2 });
  });
});
