// The topics stage on the real seeds (140 distinct papers on generalization, SAM, grokking,
// scaling laws, distillation …), read by the ingest stage.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { ingestPaths } from '../pipeline/ingest/index';
import type { TopicModel } from '../pipeline/model';
import { buildTopicModel, type TopicInput } from '../pipeline/topics/index';

/** One input per distinct title (a paper listed by two seed files counts once). */
async function seedPapers(): Promise<TopicInput[]> {
  const { records } = await ingestPaths([fileURLToPath(new URL('../seeds', import.meta.url))]);
  const papers = new Map<string, TopicInput>();
  for (const record of records) {
    const id = record.title.toLowerCase();
    if (!papers.has(id)) papers.set(id, { id, title: record.title, abstract: record.abstract ?? '' });
  }
  return [...papers.values()];
}

/** A fixed shuffle (LCG), so the permutation test is the same on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let state = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const text = (p: TopicInput): string => `${p.title} ${p.abstract}`;
const hasTerm = (model: TopicModel, paper: TopicInput, term: string): boolean =>
  model.paperTerms.get(paper.id)?.some((c) => c.term === term) ?? false;

let papers: TopicInput[] = [];
let model: TopicModel;
beforeAll(async () => {
  papers = await seedPapers();
  model = await buildTopicModel(papers);
});

describe('topics on the seeds', () => {
  it('reads 140 distinct papers and keeps a map-sized set of terms', async () => {
    expect(papers).toHaveLength(140);
    expect(model.terms.length).toBeGreaterThanOrEqual(60);
    expect(model.terms.length).toBeLessThanOrEqual(250);
    expect(model.paperTerms.size).toBe(140);
  });

  it('gives the SAM papers, defined or not, the "sharpness-aware minimization" term', async () => {
    const sam = papers.filter((p) => /\bSAM\b/.test(text(p)) || /sharpness-aware minimization/i.test(text(p)));
    expect(sam.length).toBeGreaterThanOrEqual(6);
    expect(sam.filter((p) => !hasTerm(model, p, 'sharpness-aware minimization')).map((p) => p.title)).toEqual([]);
    const term = model.terms.find((t) => t.id === 'sharpness-aware minimization');
    expect(term?.label).toBe('sharpness-aware minimization (SAM)');
    expect(term?.variants).toContain('SAM');
  });

  it('gives the grokking papers the "grokking" term', async () => {
    const titled = papers.filter((p) => /grokking/i.test(p.title));
    expect(titled.length).toBeGreaterThanOrEqual(4);
    expect(titled.filter((p) => !hasTerm(model, p, 'grokking')).map((p) => p.title)).toEqual([]);
    expect(model.terms.find((t) => t.id === 'grokking')?.papers).toBeGreaterThanOrEqual(5);
  });

  it('keeps the topics of the field and none of its boilerplate', async () => {
    const ids = new Set(model.terms.map((t) => t.id));
    for (const topic of ['sharpness-aware minimization', 'grokking', 'scaling law', 'knowledge distillation', 'neural network']) {
      expect(ids, topic).toContain(topic);
    }
    for (const word of ['paper', 'approach', 'result', 'method', 'we', 'state-of-the-art', 'performance', 'task', 'work']) {
      expect(ids, word).not.toContain(word);
    }
    expect([...ids].filter((id) => /\d{3,}|https?:|\\|\$|mathcal/.test(id))).toEqual([]);
  });

  it('sorts terms by id and each paper\'s terms by term', () => {
    const ids = model.terms.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    for (const counts of model.paperTerms.values()) {
      const terms = counts.map((c) => c.term);
      expect(terms).toEqual([...terms].sort());
    }
  });

  it('gives the same model for the papers in any order', async () => {
    const again = await buildTopicModel(shuffled(papers));
    expect(again.terms).toEqual(model.terms);
    expect([...again.paperTerms]).toEqual([...model.paperTerms]);
  });
});
