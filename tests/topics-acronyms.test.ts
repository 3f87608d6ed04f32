import { beforeAll, describe, expect, it } from 'vitest';

import { acronymKey, acronymMatches, isAcronym, longFormStart, resolveAcronyms } from '../pipeline/topics/acronyms';
import { buildTopicModel, variantKey } from '../pipeline/topics/index';

describe('acronym detection', () => {
  it('needs two capitals: SAM, LLMs, MoE, ReLU are acronyms; Sam, sam, Tanh are not', async () => {
    expect(['SAM', 'LLMs', 'MoE', 'ReLU'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['Sam', 'sam', 'Tanh', 'S', 'CIFAR-10'].map(isAcronym)).toEqual([false, false, false, false, false]);
    expect(acronymKey('LLMs')).toBe('LLM');
    expect(acronymKey('SAM')).toBe('SAM');
  });

  it('matches letters to the initials of words and hyphen parts, Schwartz–Hearst style', async () => {
    expect(acronymMatches('SAM', ['sharpness', 'aware', 'minimization'])).toBe(true);
    expect(acronymMatches('ReLU', ['rectified', 'linear', 'unit'])).toBe(true);
    expect(acronymMatches('MoE', ['mixture', 'of', 'experts'])).toBe(true);
    expect(acronymMatches('LLMs', ['large', 'language', 'models'])).toBe(true);
    // Capitals must be initials; no word may be left unexplained.
    expect(acronymMatches('MoE', ['model'])).toBe(false);
    expect(acronymMatches('SAM', ['sharpness', 'aware', 'minimization', 'method'])).toBe(false);
    expect(acronymMatches('KD', ['knowledge', 'graph'])).toBe(false);
  });

  it('takes the shortest tail of the phrase as the long form', async () => {
    expect(longFormStart('LLM', ['recent', 'large', 'language', 'models'])).toBe(1);
    expect(longFormStart('SAM', ['sharpness-aware', 'minimization'])).toBe(0);
    expect(longFormStart('XYZ', ['sharpness-aware', 'minimization'])).toBe(-1);
  });

  it('resolves an acronym defined differently to its most frequent long form, spellings counted together', async () => {
    const resolved = resolveAcronyms(
      [
        ['SC', 'spectral clustering', ''],
        ['SC', 'self-consistency', ''],
        ['SC', 'self consistency', ''],
      ],
      variantKey,
    );
    expect(resolved.get('SC')).toEqual({ longForm: 'self consistency', head: '' });
  });
});

describe('acronyms across the corpus', () => {
  const papers = [
    { id: 'p1', title: 'Sharpness-Aware Minimization for Efficient Training', abstract: 'Sharpness-Aware Minimization (SAM) seeks flat minima. SAM improves generalization.' },
    { id: 'p2', title: 'On the convergence of SAM', abstract: 'We analyse SAM and flat minima in deep networks.' },
    { id: 'p3', title: 'Sam the dog', abstract: 'A sam is not an acronym, and sam appears twice.' },
  ];
  let model: Awaited<ReturnType<typeof buildTopicModel>>;
  beforeAll(async () => {
    model = await buildTopicModel(papers, { minPapers: 1, minRelevance: -Infinity, relevanceShare: 1 });
  });

  it('counts the acronym, in a paper that never defines it, for the long form', async () => {
    const term = model.terms.find((t) => t.id === 'sharpness-aware minimization');
    expect(term).toBeDefined();
    expect(term?.label).toBe('sharpness-aware minimization (SAM)');
    expect(term?.variants).toContain('SAM');
    expect(term?.papers).toBe(2);
    expect(term?.occurrences).toBe(5);
    expect(model.paperTerms.get('p2')?.find((c) => c.term === 'sharpness-aware minimization')?.count).toBe(2);
  });

  it('matches case-sensitively: the word "sam" stays a term of its own', async () => {
    expect(model.terms.find((t) => t.id === 'sam')?.papers).toBe(1);
    expect(model.paperTerms.get('p3')?.some((c) => c.term === 'sharpness-aware minimization')).toBe(false);
  });
});
