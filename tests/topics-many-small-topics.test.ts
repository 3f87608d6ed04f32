// A corpus of many small topics, more than the term map may hold: every topic still keeps a term
// of its own that links its papers, and the paper graph leaves (almost) none of them unlinked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { buildCorpus } from '../pipeline/corpus/merge';
import { titleKey } from '../pipeline/corpus/titles';
import { buildPaperGraph } from '../pipeline/graphs/paper-topics';
import { ingestPaths } from '../pipeline/ingest/index';
import type { Corpus, TopicModel } from '../pipeline/model';
import { buildTopicModel } from '../pipeline/topics/index';
import { scratchDir } from './helpers/scratch';

const TOPICS = 60;
const MAP_TERMS = 40;
let corpus: Corpus;
let topics: TopicModel;
/** Paper id → planted topic. */
const planted = new Map<string, string>();

beforeAll(async () => {
  const dir = scratchDir('small-topics');
  const summary = generateCorpus({ papers: 1200, topics: TOPICS, out: dir, seed: 'small topics' });
  corpus = buildCorpus(await ingestPaths([summary.corpusDir]));
  const truth = Papa.parse<Record<string, string>>(readFileSync(join(summary.truthDir, 'papers.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const topicOf = new Map(truth.map((row) => [titleKey(row.title!), row.topic!]));
  for (const paper of corpus.papers) planted.set(paper.id, topicOf.get(titleKey(paper.title))!);
  topics = await buildTopicModel(corpus.papers, { maxTerms: MAP_TERMS }, { threads: 1 });
}, 120_000);

describe('many small topics', () => {
  it('keeps the term map at its cap and links papers by the terms past it', () => {
    expect(topics.terms).toHaveLength(MAP_TERMS);
    expect(topics.linkTerms.ids.length).toBeGreaterThan(2 * TOPICS);
    // The map's terms are the most frequent of the link terms, and come first among them.
    expect(new Set(topics.linkTerms.ids.slice(0, MAP_TERMS))).toEqual(new Set(topics.terms.map((t) => t.id)));
  });

  it('keeps for every topic a link term that half its papers hold and that is mostly theirs', () => {
    const { linkTerms } = topics;
    const size = new Map<string, number>();
    for (const topic of planted.values()) size.set(topic, (size.get(topic) ?? 0) + 1);
    // Term → topic → papers.
    const byTopic = linkTerms.ids.map(() => new Map<string, number>());
    linkTerms.paperIds.forEach((id, k) => {
      for (let e = linkTerms.start[k]!; e < linkTerms.start[k + 1]!; e++) {
        const counts = byTopic[linkTerms.term[e]!]!;
        counts.set(planted.get(id)!, (counts.get(planted.get(id)!) ?? 0) + 1);
      }
    });
    const distinctive = new Set<string>();
    byTopic.forEach((counts, t) => {
      for (const [topic, n] of counts) if (n >= size.get(topic)! / 2 && n > linkTerms.papers[t]! / 2) distinctive.add(topic);
    });
    expect(distinctive.size).toBe(size.size);
  });

  it('links all but a few papers in the paper graph', async () => {
    const graph = await buildPaperGraph(corpus.papers, topics, {}, { inlineBelow: Infinity });
    expect(corpus.papers.length - graph.order).toBeLessThanOrEqual(0.03 * corpus.papers.length);
  });
});
