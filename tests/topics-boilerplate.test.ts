import { describe, expect, it } from 'vitest';
import { boilerplateMinDocuments, removeBoilerplate } from '../pipeline/topics/boilerplate';
import { buildTopicModel } from '../pipeline/topics/index';

const BOT = 'This is an automated message from the Archive Bot. I found the following papers similar to this paper.';
const topics = ['graph neural networks', 'protein folding', 'speech recognition', 'image segmentation', 'program synthesis'];

const WORDS = 'sparse robust adaptive kernel attention spectral lattice protein molecule speech audio image pixel graph node token policy reward agent memory cache tensor gradient prior noise signal channel layer decoder encoder sampler query corpus label cluster'.split(' ');

/** 100 abstracts, one topic each, in words drawn at random (seeded); every fourth carries the bot's comment, its year changing. */
function abstracts(): string[] {
  let seed = 7;
  const word = () => WORDS[(seed = (seed * 1103515245 + 12345) % 2147483648) % WORDS.length]!;
  return Array.from({ length: 100 }, (_, i) => {
    const own = `We study ${topics[i % 5]} with ${Array.from({ length: 12 }, word).join(' ')}.`;
    return i % 4 === 0 ? `${own} (${2020 + (i % 3)}) ${BOT}` : own;
  });
}

describe('boilerplate removal', () => {
  it('drops sentences recurring verbatim in many documents and reports count and example', () => {
    const { texts, report } = removeBoilerplate(abstracts());
    expect(report.minDocuments).toBe(10);
    expect(report.documents).toBe(25);
    expect(texts.some((t) => t.includes('automated message'))).toBe(false);
    expect(texts[1]).toBe(abstracts()[1]);
    expect(texts[0]).toContain('graph neural networks');
    expect(report.examples[0]!.documents).toBe(25);
    expect(report.examples[0]!.text).toContain('automated message from the Archive Bot');
  });

  it('keeps a sentence shared by fewer documents than the threshold', () => {
    const few = abstracts().slice(0, 30); // the bot in 8 of 30; threshold max(5, √30) = 6
    expect(removeBoilerplate(few, { minDocuments: 9 }).report.documents).toBe(0);
    expect(removeBoilerplate(few).report.documents).toBe(8);
  });

  it('needs more documents as the corpus grows, more slowly than the corpus', () => {
    expect([10, 100, 10_000, 1_000_000].map((n) => boilerplateMinDocuments(n))).toEqual([5, 10, 100, 1000]);
  });

  it('keeps the bot out of the terms', async () => {
    const papers = abstracts().map((abstract, i) => ({ id: `p${String(i).padStart(3, '0')}`, title: `Paper ${i}`, abstract }));
    const model = await buildTopicModel(papers, { minPapers: 2, minRelevance: -Infinity, relevanceShare: 1 });
    expect(model.terms.map((t) => t.id).filter((t) => /bot|message/.test(t))).toEqual([]);
    expect(model.boilerplate.documents).toBe(25);
  });
});
