// The term review loop: terms.csv shows each term's label; a thesaurus and a stop word file may
// name a term by that label or by its key.
import { describe, expect, it } from 'vitest';
import { buildTopicModel } from '../pipeline/topics/index';
import { parseStopwords, parseThesaurus } from '../pipeline/topics/thesaurus';

const papers = [
  { id: 'a', title: 'Large language models (LLMs) for code', abstract: 'LLMs write program synthesis code with graph neural networks.' },
  { id: 'b', title: 'Prompting LLMs', abstract: 'An LLM does program synthesis.' },
  { id: 'c', title: 'Graph neural networks', abstract: 'Graph neural networks for molecules.' },
];
const everything = { minPapers: 1, minRelevance: -Infinity, relevanceShare: 1 };
const ids = async (options: object) => (await buildTopicModel(papers, { ...everything, ...options })).terms.map((t) => t.id);

describe('thesaurus by visible label', () => {
  it('maps "llm" to the label "large language model (LLM)" without making a second term', async () => {
    const { thesaurus } = parseThesaurus('label\treplace by\nprogram synthesis\tlarge language model (LLM)\n', 't.txt');
    const model = await buildTopicModel(papers, { ...everything, thesaurus });
    expect(model.terms.filter((t) => t.id.startsWith('large language model')).map((t) => [t.id, t.papers])).toEqual([['large language model', 2]]);
    expect(model.terms.map((t) => t.id)).not.toContain('program synthesis');
  });

  it('takes a line whose label is written as terms.csv shows it', async () => {
    const { thesaurus } = parseThesaurus('label\treplace by\nlarge language model (LLM)\tlanguage model\n', 't.txt');
    expect(await ids({ thesaurus })).toContain('language model');
    expect(await ids({ thesaurus })).not.toContain('large language model');
  });
});

describe('stop word file', () => {
  it('drops terms named by label or by key', async () => {
    const { stopwords, rejects } = parseStopwords('\uFEFFlarge language model (LLM)\n\nGraph Neural Network\n', 's.txt');
    expect(rejects).toEqual([]);
    const kept = await ids({ stopwords });
    expect(kept).not.toContain('large language model');
    expect(kept).not.toContain('graph neural network');
    expect(kept).toContain('molecule');
  });

  it('rejects a thesaurus line, naming file and line', () => {
    const { stopwords, rejects } = parseStopwords('grokking\nllm\tlarge language model\n', 'stop.txt');
    expect(stopwords).toEqual(['grokking']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.source).toMatchObject({ file: 'stop.txt', line: 2 });
    expect(rejects[0]!.reason).toMatch(/one term per line/);
  });
});

describe('keyword sources', () => {
  const withKeywords = [
    { id: 'a', title: 'A study', abstract: 'Graph neural networks for molecules.', authorKeywords: ['Drug discovery', 'GNN'], indexKeywords: ['Molecules'] },
    { id: 'b', title: 'Another study', abstract: 'Graph neural networks again.', authorKeywords: ['drug discovery'], indexKeywords: [] },
  ];
  const terms = async (source: 'from-text' | 'keywords' | 'both') =>
    (await buildTopicModel(withKeywords, { ...everything, source })).terms.map((t) => t.id);

  it('reads terms from the text, the keywords, or both', async () => {
    expect(await terms('from-text')).not.toContain('drug discovery');
    expect(await terms('keywords')).toEqual(['drug discovery', 'gnn', 'molecules']);
    const both = await terms('both');
    expect(both).toContain('drug discovery');
    expect(both).toContain('graph neural network');
  });
});
