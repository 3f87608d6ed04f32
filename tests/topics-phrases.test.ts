import { describe, expect, it } from 'vitest';

import { cleanText } from '../pipeline/topics/clean';
import { extractPhrases } from '../pipeline/topics/phrases';

const phrases = (text: string): string[] => extractPhrases(text).phrases;

describe('extractPhrases: noun phrases of one text', () => {
  it('takes runs of adjectives and nouns ending in a noun, lower-cased, with the head singular', () => {
    expect(phrases('Deep neural networks learn sparse representations.')).toEqual([
      'deep neural network',
      'sparse representation',
    ]);
  });

  it('leaves plurals wink does not know to the corpus (merge.ts), and words that only look plural as they are', () => {
    expect(phrases('We learn embeddings of datasets; the data shows training dynamics and lipschitzness.')).toEqual([
      'embeddings',
      'datasets',
      'data',
      'training dynamics',
      'lipschitzness',
    ]);
    expect(phrases('Inductive biases and the simplicity bias of the corpus.')).toEqual([
      'inductive bias',
      'simplicity bias',
      'corpus',
    ]);
  });

  it('lower-cases Title-Case titles so their plurals are singularised too', () => {
    expect(phrases('Scaling Laws for Neural Machine Translation')).toEqual(['scaling law', 'neural machine translation']);
  });

  it('drops academic stop words and strips generic modifiers', () => {
    expect(
      phrases('In this paper, we propose a novel approach; our results show state-of-the-art performance on many tasks.'),
    ).toEqual([]);
    expect(phrases('We propose a novel regularizer for recent language models.')).toEqual(['regularizer', 'language model']);
  });

  it('keeps hyphenated compounds together', () => {
    expect(phrases('We bound the zero-one loss of sharpness-aware minimization and of mixture-of-experts models.')).toEqual([
      'zero-one loss',
      'sharpness-aware minimization',
      'mixture-of-experts model',
    ]);
  });

  it('takes gerunds that name things as nouns, but not verbs', () => {
    expect(phrases('Grokking occurs in machine learning models; we study grokking.')).toEqual([
      'grokking',
      'machine learning model',
      'grokking',
    ]);
    expect(phrases('We are using the weights.')).toEqual(['weight']);
  });

  it('never makes terms of numbers, single letters, URLs, LaTeX or cited names', () => {
    const found = phrases(
      'Code is at https://github.com/x/y-z. We bound $\\ell_2$ norms of \\emph{predictivity} and ' +
        'mathcal{O}(n) errors with 3 layers of width d (Foret et al., 2021).',
    );
    expect(found).toEqual(['norm', 'predictivity', 'error', 'layer', 'width']);
  });

  it('keeps acronyms in their case and finds "long form (ACRONYM)" definitions', () => {
    const found = extractPhrases('Large Language Models (LLMs) are trained; SAM and KD are not defined here.');
    expect(found.phrases).toEqual(['large language model', 'SAM', 'KD']);
    expect(found.surfaces).toEqual(['large language models', 'SAM', 'KD']);
    expect(found.definitions).toEqual([['LLM', 'large language model', '']]);
  });
});

describe('cleanText', () => {
  it('lower-cases Title-Case words but not acronyms or mixed-case names', () => {
    expect(cleanText('Sharpness-Aware Minimization (SAM) on ImageNet with LLMs')).toBe(
      'sharpness-aware minimization (SAM) on ImageNet with LLMs',
    );
  });
});
