import { describe, expect, it } from 'vitest';
import { extractAllPhrases, startPhraseWorkers } from '../pipeline/topics/extract-parallel';
import { buildTopicModel } from '../pipeline/topics/index';
import { extractPhrases } from '../pipeline/topics/phrases';
import { concatTables, tabulate } from '../pipeline/topics/phrase-table';

const texts = Array.from({ length: 60 }, (_, i) =>
  i % 2 ? `Sharpness-aware minimization ${i}. We study flat minima of deep networks.` : `Grokking in transformers ${i}. Delayed generalization after memorization.`,
);

describe('phrase extraction over worker threads', () => {
  it('gives the same phrases, in input order, as one thread', async () => {
    const parallel = await extractAllPhrases(texts, { threads: 3, firstThreadMs: 5, minThreadMs: 5 });
    expect(parallel).toEqual(tabulate(texts.map(extractPhrases)));
  });

  it('uses workers started ahead, and closes those it does not need', async () => {
    const options = { threads: 3, firstThreadMs: 5, minThreadMs: 5 };
    const ahead = startPhraseWorkers(texts.length, options);
    expect(ahead).toHaveLength(3);
    expect(await extractAllPhrases(texts, { ...options, workers: ahead })).toEqual(tabulate(texts.map(extractPhrases)));
    // Fewer texts than expected: inline, and the workers started for nothing are closed.
    const unused = startPhraseWorkers(texts.length, options);
    expect(await extractAllPhrases(texts.slice(0, 5), { ...options, workers: unused })).toEqual(tabulate(texts.slice(0, 5).map(extractPhrases)));
    await expect(unused[0]!.run(['x'])).rejects.toThrow(/exited/);
  });

  it('gives the same topic model over threads as on one', async () => {
    const papers = texts.map((t, i) => ({ id: `p${String(i).padStart(3, '0')}`, title: `Paper ${i}`, abstract: t }));
    expect(await buildTopicModel(papers, {}, { threads: 3, firstThreadMs: 5, minThreadMs: 5 })).toEqual(await buildTopicModel(papers, {}, { threads: 1 }));
  });

  it('starts one worker for work worth its start alone, none on one core or below that', () => {
    const texts = 100; // 50 ms of tagging
    const started = [
      startPhraseWorkers(texts, { threads: 2, firstThreadMs: 40, minThreadMs: 800 }),
      startPhraseWorkers(texts, { threads: 2, firstThreadMs: 60, minThreadMs: 800 }),
      startPhraseWorkers(texts, { threads: 1, firstThreadMs: 40, minThreadMs: 800 }),
      startPhraseWorkers(texts, { threads: 4, firstThreadMs: 10, minThreadMs: 20 }),
    ];
    for (const workers of started) for (const worker of workers) worker.close();
    expect(started.map((workers) => workers.length)).toEqual([1, 0, 0, 2]);
  });
});

describe('phrase tables', () => {
  it('concatenated chunk by chunk, equal the table of all texts at once', () => {
    const extracted = texts.map(extractPhrases);
    const chunks = [extracted.slice(0, 7), extracted.slice(7, 30), extracted.slice(30)].map(tabulate);
    expect(concatTables(chunks)).toEqual(tabulate(extracted));
  });

  it('intern each phrase once and keep the first surface of each', () => {
    const table = tabulate([
      { phrases: ['neural network', 'sam'], surfaces: ['neural networks', 'sam'], definitions: [] },
      { phrases: ['neural network'], surfaces: ['Neural Networks'], definitions: [['SAM', 'sharpness-aware minimization', '']] },
    ]);
    expect(table.phrases).toEqual(['neural network', 'sam']);
    expect([...table.offsets]).toEqual([0, 2, 3]);
    expect([...table.ids]).toEqual([0, 1, 0]);
    expect(table.surfaces).toEqual([['neural networks', 0], ['Neural Networks', 0]]);
    expect(table.definitions).toEqual([['SAM', 'sharpness-aware minimization', '']]);
  });
});
