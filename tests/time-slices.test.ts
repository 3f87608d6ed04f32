// Time slices, the thematic evolution across them and trend years (pipeline/time/).
import { describe, expect, it } from 'vitest';
import type { TopicModel } from '../pipeline/model';
import { parseCommandLine } from '../pipeline/options';
import { thematicEvolution } from '../pipeline/time/evolution';
import { parseSliceYears, sliceYears } from '../pipeline/time/slices';
import { quantile7, trendYears } from '../pipeline/time/trend-topics';

const repeat = (year: number, n: number) => Array.from({ length: n }, () => year);

describe('--slices', () => {
  it('reads auto or increasing years', () => {
    expect(parseSliceYears('auto')).toBeUndefined();
    expect(parseSliceYears('2015, 2020,2023')).toEqual([2015, 2020, 2023]);
  });

  it('refuses anything else with a message saying what is wrong', () => {
    expect(() => parseSliceYears('2015,abc')).toThrow(/years separated by commas.*"abc"/);
    expect(() => parseSliceYears('2020,2015')).toThrow(/increasing order \(got 2020 before 2015\)/);
    const parsed = parseCommandLine(['--slices', '20x5']);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(/--slices must be "auto"/);
    expect(parseCommandLine(['--burst-s', '1']).kind).toBe('usage-error');
  });
});

describe('slicing the years', () => {
  const years = [...repeat(2010, 30), ...repeat(2016, 30), ...repeat(2021, 30)];

  it('cuts after the years given: up to the first, then each range, then the rest', () => {
    expect(sliceYears(years, [2015, 2020]).slices).toEqual([
      { from: 2010, to: 2015, papers: 30 },
      { from: 2016, to: 2020, papers: 30 },
      { from: 2021, to: 2021, papers: 30 },
    ]);
  });

  it('makes three slices of about as many papers each by default', () => {
    expect(sliceYears(years, undefined).slices.map((s) => s.papers)).toEqual([30, 30, 30]);
  });

  it('merges a slice of too few papers into its smaller neighbour, and says so', () => {
    const { slices, notes } = sliceYears([...years, ...repeat(2024, 3)], [2015, 2020, 2022]);
    expect(slices.map((s) => [s.from, s.to, s.papers])).toEqual([[2010, 2015, 30], [2016, 2020, 30], [2021, 2024, 33]]);
    expect(notes).toEqual(['slice 2023-2024 had 3 dated papers (fewer than 20): merged with 2021-2022']);
  });

  it('says when the years give one slice only, so that no evolution is drawn', () => {
    // A preprint feed: nearly every paper of one year, the equal-paper cuts all fall on it.
    const { slices, notes } = sliceYears([...repeat(2025, 200), ...repeat(2024, 5)], undefined);
    expect(slices).toEqual([{ from: 2024, to: 2025, papers: 205 }]);
    expect(notes.at(-1)).toMatch(/^one time slice \(2024-2025\).*no thematic evolution$/);
  });
});

describe('the thematic evolution', () => {
  // 2010: {a, b} and {c, d}; 2020: {a, b, e} and {c, f}: each pair of papers is one theme.
  const docs: [string, number, string[]][] = [
    ['p1', 2010, ['a', 'b']], ['p2', 2010, ['a', 'b']], ['p3', 2010, ['c', 'd']], ['p4', 2010, ['c', 'd']],
    ['p5', 2020, ['a', 'b', 'e']], ['p6', 2020, ['a', 'b', 'e']], ['p7', 2020, ['c', 'f']], ['p8', 2020, ['c', 'f']],
  ];
  const topics: TopicModel = {
    terms: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: id.toUpperCase(), variants: [], occurrences: 4, papers: 4, relevance: 1 })),
    paperTerms: new Map(docs.map(([id, , terms]) => [id, terms.map((term) => ({ term, count: 1 }))])),
    boilerplate: { minDocuments: 5, documents: 0, words: 0, passages: 0, examples: [] },
  };
  const yearOf = new Map(docs.map(([id, year]) => [id, year]));
  const slices = [{ from: 2010, to: 2015, papers: 4 }, { from: 2016, to: 2020, papers: 4 }];
  const evolution = thematicEvolution(topics, slices, yearOf, { algorithm: 'louvain', seed: 42, resolution: 1, runs: 3 });

  it('finds the themes of each slice', () => {
    expect(evolution.themes.map((t) => [t.slice, t.terms.join('')])).toEqual([[0, 'ab'], [0, 'cd'], [1, 'abe'], [1, 'cf']]);
    expect(evolution.slices.map((s) => s.label)).toEqual(['2010-2015', '2016-2020']);
  });

  it('links them by the inclusion index |A ∩ B| / min(|A|, |B|)', () => {
    const links = evolution.links.map((l) => [evolution.themes[l.from]!.terms.join(''), evolution.themes[l.to]!.terms.join(''), l.weight, l.shared]);
    expect(links).toEqual([['ab', 'abe', 1, ['a', 'b']], ['cd', 'cf', 0.5, ['c']]]);
  });
});

describe('trend years', () => {
  it("are R's type-7 quartiles of the occurrences' years", () => {
    // quantile(c(2000, 2001, 2001, 2005), c(.25, .5, .75)) = 2000.75, 2001, 2002 in R.
    expect([0.25, 0.5, 0.75].map((p) => quantile7([2000, 2001, 2001, 2005], p))).toEqual([2000.75, 2001, 2002]);
  });

  it('count each occurrence, and round to whole years', () => {
    const paperTerms = new Map([
      ['p1', [{ term: 't', count: 1 }]],
      ['p2', [{ term: 't', count: 2 }]],
      ['p3', [{ term: 't', count: 1 }]],
      ['p4', [{ term: 'u', count: 1 }]],
    ]);
    const years = new Map([['p1', 2000], ['p2', 2001], ['p3', 2005]]);
    expect(trendYears(paperTerms, years)).toEqual(new Map([['t', [2001, 2001, 2002]]]));
  });
});
