import { describe, expect, it } from 'vitest';

import { labelCommunities } from '../pipeline/analysis/labels';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('labelCommunities (c-TF-IDF)', () => {
  it('prefers a term frequent in one community over a term frequent everywhere', () => {
    // Sizes 10 and 10, A = 10. In community 0: "sam" 4/10 · ln(1 + 10/4) = 0.501,
    // "deep learning" 6/10 · ln(1 + 10/11) = 0.388, though it is the more frequent there.
    const labels = labelCommunities(
      new Map([
        [0, counts({ 'deep learning': 6, sam: 4 })],
        [1, counts({ 'deep learning': 5, diffusion: 5 })],
      ]),
      { top: 1 },
    );
    expect(labels.get(0)).toEqual({ label: 'sam', terms: ['sam'] });
    expect(labels.get(1)).toEqual({ label: 'diffusion', terms: ['diffusion'] });
  });

  it('joins the top terms with " · ", best first', () => {
    const labels = labelCommunities(
      new Map([
        [0, counts({ 'flat minima': 2, 'sharpness-aware minimization': 5, SAM: 3, 'neural network': 1 })],
        [1, counts({ 'neural network': 9, diffusion: 4 })],
      ]),
    );
    expect(labels.get(0)).toEqual({
      label: 'sharpness-aware minimization · SAM · flat minima',
      terms: ['sharpness-aware minimization', 'SAM', 'flat minima'],
    });
  });

  it('breaks score ties by term, ascending, whatever the input order', () => {
    const labels = labelCommunities(new Map([[3, counts({ zeta: 2, beta: 2, alpha: 2, omega: 1 })]]), { top: 3 });
    expect(labels.get(3)!.terms).toEqual(['alpha', 'beta', 'zeta']);
  });

  it('gives "" to a community without terms, ignores zero counts, returns communities in order', () => {
    const labels = labelCommunities(
      new Map([
        [2, counts({ graph: 0 })],
        [0, counts({ graph: 3 })],
        [1, new Map()],
      ]),
    );
    expect([...labels.keys()]).toEqual([0, 1, 2]);
    expect(labels.get(0)!.label).toBe('graph');
    expect(labels.get(1)).toEqual({ label: '', terms: [] });
    expect(labels.get(2)).toEqual({ label: '', terms: [] });
  });
});
