// `npm run bench:topics` measures topic quality with only the stages the paper communities depend
// on: on the same generated corpus it must give what the whole run gives (run.json's counts,
// papers.csv's communities scored against the planted topics), or its 10⁶-paper figures say
// nothing about the pipeline. A corpus kept in --work is reused only when it is the one asked for.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { ensureGeneratedCorpus } from '../bench/generated-corpus';
import { measureTopicQuality } from '../bench/topic-quality';
import { scorePapers } from '../bench/truth-nmi';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);

describe('the topic-quality bench', () => {
  it('gives the whole run’s terms, unlinked papers and NMI on the same corpus', async () => {
    const root = scratchDir('topic-quality');
    const gen = join(root, 'gen');
    // Small topics and a small map cap: link terms past the cap and some unlinked papers to count.
    generateCorpus({ papers: 900, topics: 40, out: gen, seed: 'topic quality' });
    const options = { ...DEFAULT_OPTIONS, out: join(root, 'out'), 'max-terms': 30, algorithm: 'leiden' as const };
    await runPipeline([join(gen, 'corpus')], options);
    const manifest = JSON.parse(readFileSync(join(root, 'out', 'run.json'), 'utf8'));
    const nmi = scorePapers(readFileSync(join(root, 'out', 'papers.csv'), 'utf8'), readFileSync(join(gen, 'truth', 'papers.csv'), 'utf8'));

    const quality = await measureTopicQuality(gen, options);
    expect(quality).toMatchObject({
      papers: manifest.counts.papers,
      mapTerms: manifest.counts.terms,
      linkTerms: manifest.counts.linkTerms,
      unlinkedPapers: manifest.counts.unclusteredPapers,
      paperLinks: manifest.graphs.papers.edges,
      communities: manifest.graphs.papers.communities,
    });
    expect(quality.linkTerms).toBeGreaterThan(quality.mapTerms);
    expect(quality.nmi).toEqual(nmi);
    expect(quality.nmi!.nmi).toBeGreaterThan(0.5);
  }, 120_000);

  it('reuses the corpus in --work only when it is the size and seed asked for', () => {
    const dir = scratchDir('topic-quality-work');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ papers: 10, seed: '7' }));
    expect(ensureGeneratedCorpus(dir, 10, 7, () => {})).toBeNull();
    expect(() => ensureGeneratedCorpus(dir, 20, 7, () => {})).toThrow(`${dir} holds a corpus of 10 papers, seed 7, not 20 papers, seed 7: use another folder`);
    expect(() => ensureGeneratedCorpus(dir, 10, 8, () => {})).toThrow('not 10 papers, seed 8');
  });

  it('says what is wrong with its command line', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'bench/run-topic-quality.ts', '--papers', 'many']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('--papers must be a whole number above 0') });
  });
});
