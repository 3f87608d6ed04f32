import { describe, expect, it } from 'vitest';
import { buildTopicModel, extractPhrases } from '../pipeline/topics/index';

const everything = { minPapers: 1, minRelevance: -Infinity, relevanceShare: 1 };

describe('alphanumeric tokens', () => {
  it('keeps 3DGS and GPT-4o whole: no fragments such as "dgs"', () => {
    expect(extractPhrases('We render scenes with 3DGS and GPT-4o.').phrases).toEqual(['scene', '3DGS', 'gpt-4o']);
  });

  it('keeps a TeX-accented name one word and drops math before tagging', () => {
    expect(extractPhrases('Following Erd\\H{o}s, with $\\alpha$ and rho=0.89 we test $x_i$ bounds.').phrases).toEqual(['erdős', 'bound']);
  });
});

describe('singulars', () => {
  it('never singularises an acronym: LENS and MARS stay as written', () => {
    expect(extractPhrases('The LENS benchmark and MARS agents.').phrases).toEqual(['LENS benchmark', 'MARS agent']);
  });

  it('drops a final "s" only where the corpus writes the word without it too', async () => {
    const model = await buildTopicModel(
      [
        { id: 'a', title: 'Hermes plays games', abstract: 'Embeddings of games.' },
        { id: 'b', title: 'Hermes again', abstract: 'The embedding of one game.' },
      ],
      everything,
    );
    // "embeddings" and "embedding" are one term, "hermes" no plural of "herme".
    expect(model.terms.map((t) => [t.id.replace(/s$/, ''), t.papers])).toEqual([['embedding', 2], ['game', 2], ['herme', 2]]);
    expect(model.terms.find((t) => t.id.startsWith('herm'))!.id).toBe('hermes');
  });
});

describe('acronym merges', () => {
  it('counts llm, llms and LLMs for the term that defines LLM', async () => {
    const model = await buildTopicModel(
      [
        { id: 'a', title: 'Large language models (LLMs) for code', abstract: 'We study LLMs on program synthesis.' },
        { id: 'b', title: 'Prompting llms', abstract: 'An llm writes code.' },
        { id: 'c', title: 'LLMs reason', abstract: 'The LLM and LLMs solve program synthesis.' },
      ],
      everything,
    );
    const llm = model.terms.find((t) => t.id === 'large language model')!;
    expect(llm.label).toBe('large language model (LLM)');
    expect(llm.papers).toBe(3);
    expect(model.terms.map((t) => t.id)).not.toContain('llm');
  });

  it('takes the head a definition goes on with: VLA, VLAs and VLA models are one term', async () => {
    const model = await buildTopicModel(
      [
        { id: 'a', title: 'Vision-language-action (VLA) models for robots', abstract: 'VLAs act.' },
        { id: 'b', title: 'Scaling VLA models', abstract: 'A VLA and two VLAs.' },
      ],
      everything,
    );
    expect(model.terms.find((t) => t.id === 'vision-language-action model')?.papers).toBe(2);
    expect(model.terms.map((t) => t.id)).not.toContain('vision-language-action');
  });
});
