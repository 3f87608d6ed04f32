import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { buildTopicModel } from '../pipeline/topics/index';
import { parseThesaurus } from '../pipeline/topics/thesaurus';

const FILE = 'tests/fixtures/topics/thesaurus.txt';
const { thesaurus, rejects } = parseThesaurus(readFileSync(FILE, 'utf8'), FILE);

describe('parseThesaurus', () => {
  it('reads label → replacement, lower-cased, skipping the header and blank lines', async () => {
    expect([...thesaurus]).toEqual([
      ['sharpness aware minimization', 'sharpness-aware minimization'],
      ['sam optimizer', 'sharpness-aware minimization'],
      ['neural nets', 'neural network'],
      ['training data', ''],
    ]);
  });

  it('rejects malformed lines, naming file and line', async () => {
    expect(rejects.map((r) => [r.source, r.excerpt])).toEqual([
      [{ file: FILE, line: 6, format: 'file' }, 'foo bar baz'],
      [{ file: FILE, line: 8, format: 'file' }, 'flat minima\tflat minimum\tfla'],
      [{ file: FILE, line: 9, format: 'file' }, '\tempty label'],
      [{ file: FILE, line: 10, format: 'file' }, 'neural nets\tdeep network'],
    ]);
    expect(rejects[0]?.reason).toMatch(/1 column/);
    expect(rejects[3]?.reason).toMatch(/line 4/);
  });

  it('reads a file without the header line as data', async () => {
    const parsed = parseThesaurus('grokking\tdelayed generalization\n', 'x.txt');
    expect([...parsed.thesaurus]).toEqual([['grokking', 'delayed generalization']]);
    expect(parsed.rejects).toEqual([]);
  });
});

describe('the thesaurus in buildTopicModel', () => {
  const papers = [
    { id: 'a', title: 'Neural nets and training data', abstract: 'Neural nets are trained on training data; the SAM optimizer helps.' },
    { id: 'b', title: 'Sharpness Aware Minimization', abstract: 'Sharpness aware minimization finds flat minima of neural networks.' },
  ];
  const options = { minPapers: 1, minRelevance: -Infinity, relevanceShare: 1 };

  it('merges terms into their replacement and keeps the sources as variants', async () => {
    const model = await buildTopicModel(papers, { ...options, thesaurus });
    const network = model.terms.find((t) => t.id === 'neural network');
    expect(network?.papers).toBe(2);
    expect(network?.occurrences).toBe(3);
    expect(network?.variants).toEqual(['neural net', 'neural nets', 'neural networks']);
    const sam = model.terms.find((t) => t.id === 'sharpness-aware minimization');
    expect(sam?.papers).toBe(2);
    expect(sam?.variants).toEqual(['SAM optimizer', 'sharpness aware minimization']);
  });

  it('drops terms replaced by nothing', async () => {
    const model = await buildTopicModel(papers, { ...options, thesaurus });
    expect(model.terms.map((t) => t.id)).not.toContain('training data');
    expect((await buildTopicModel(papers, options)).terms.map((t) => t.id)).toContain('training data');
  });
});
