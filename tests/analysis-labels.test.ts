import { describe, expect, it } from 'vitest';

import { labelCommunities, type LabelInput } from '../pipeline/analysis/labels';

/** Papers given as their terms; community → paper ids. */
function inputOf(paperTerms: Record<string, string[]>, communities: Record<number, string[]>, candidates?: Record<number, string[]>): LabelInput {
  const papersWith = new Map<string, number>();
  for (const terms of Object.values(paperTerms)) for (const t of terms) papersWith.set(t, (papersWith.get(t) ?? 0) + 1);
  return {
    papers: new Map(Object.entries(communities).map(([c, papers]) => [Number(c), papers])),
    termsOf: (paper) => paperTerms[paper] ?? [],
    corpus: { papers: Object.keys(paperTerms).length, papersWith: (t) => papersWith.get(t) ?? 0 },
    ...(candidates ? { candidates: (c: number) => new Set(candidates[c] ?? []) } : {}),
  };
}

/** 200 papers: community 0 (p0–p9) about sam / flat minima, community 1 (p10–p19) about diffusion, the rest background; "model" in every paper. */
function corpus(): Record<string, string[]> {
  const papers: Record<string, string[]> = {};
  for (let i = 0; i < 200; i++) {
    const terms = ['model'];
    if (i < 6) terms.push('sam');
    if (i >= 5 && i < 10) terms.push('flat minima');
    if (i >= 10 && i < 20) terms.push('diffusion');
    if (i === 3 || i === 150) terms.push('benchmark');
    if (i >= 20) terms.push(`topic ${i % 5}`);
    papers[`p${i}`] = terms;
  }
  return papers;
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `p${from + i}`);

describe('community labels: distinctive terms that cover the community', () => {
  it('never labels with a term most papers of the corpus hold, however frequent in the community', () => {
    const labels = labelCommunities(inputOf(corpus(), { 0: range(0, 10), 1: range(10, 20) }));
    expect(labels.get(0)!.terms).not.toContain('model');
    expect(labels.get(1)!.terms).toEqual(['diffusion']);
  });

  it('adds a term for the papers the first one left uncovered, and reports the share covered', () => {
    const labels = labelCommunities(inputOf(corpus(), { 0: range(0, 10) }));
    // sam covers p0–p5, flat minima the rest; benchmark (in p3 and p150) covers nothing more.
    expect(labels.get(0)!.terms).toEqual(['sam', 'flat minima']);
    expect(labels.get(0)!.coverage).toBe(1);
  });

  it('gives a community with no distinctive term no label, and coverage 0', () => {
    // Their one term, "topic 0", is in 18% of all papers.
    const labels = labelCommunities(inputOf(corpus(), { 0: ['p20', 'p25', 'p30', 'p35'] }));
    expect(labels.get(0)).toEqual({ terms: [], coverage: 0 });
  });

  it('takes a term map community\'s label from its own terms only', () => {
    const labels = labelCommunities(inputOf(corpus(), { 0: range(0, 10) }, { 0: ['flat minima'] }));
    expect(labels.get(0)).toEqual({ terms: ['flat minima'], coverage: 0.5 });
  });

  it('breaks ties by term, returns communities in order, null coverage without papers', () => {
    const paperTerms = { a: ['zeta', 'x'], b: ['beta', 'x'], c: ['alpha', 'x'], d: ['y'], e: ['y'], f: ['y'], g: ['y'], h: ['y'] };
    const labels = labelCommunities(inputOf(paperTerms, { 3: ['a', 'b', 'c'], 1: [] }), { top: 3, maxCorpusShare: 0.3 });
    expect([...labels.keys()]).toEqual([1, 3]);
    expect(labels.get(3)!.terms).toEqual(['alpha', 'beta', 'zeta']);
    expect(labels.get(1)).toEqual({ terms: [], coverage: null });
  });
});
