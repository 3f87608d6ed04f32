// run.json tells how an output was made: every option as given and as it came out when left to
// its automatic default, the thesaurus by path and digest, runs named for what they are, and
// every library that computed a result.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';

let manifest: Record<string, any>;
const thesaurusText = 'label\treplace by\nflat minima\tflat minimum\n';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'citegraph-manifest-'));
  const thesaurus = join(dir, 'thesaurus.txt');
  writeFileSync(thesaurus, thesaurusText);
  await runPipeline(['seeds'], { ...DEFAULT_OPTIONS, out: join(dir, 'out'), algorithm: 'leiden', thesaurus, 'exact-betweenness': 50, pivots: 40 });
  manifest = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8'));
});

describe('run.json', () => {
  it('records what each automatic option came to, per graph where it is per graph', () => {
    const effective = manifest.effectiveOptions;
    expect(manifest.options['min-papers']).toBeUndefined();
    expect(effective['min-papers']).toBe(2); // max(2, ⌈140 / 2000⌉)
    expect(manifest.options['top-k']).toBeUndefined();
    expect(effective['top-k']).toBe(10);
    expect(Object.keys(effective.runs)).toEqual(['coauthor', 'papers', 'terms']);
    for (const kind of ['coauthor', 'papers', 'terms']) {
      expect(effective.runs[kind]).toBe(manifest.graphs[kind].runs);
      expect(manifest.graphs[kind].runs).toBeGreaterThan(0);
    }
    // Above 50 nodes betweenness is sampled from the 40 pivots asked for; the co-author graph has 39 nodes.
    expect(effective.pivots).toEqual({ coauthor: null, papers: 40, terms: 40 });
  });

  it('names the runs neutrally, with the algorithm that made them', () => {
    for (const g of Object.values(manifest.graphs) as Record<string, unknown>[]) {
      expect(g.algorithm).toBe('leiden');
      expect(g).not.toHaveProperty('louvainRuns');
    }
  });

  it('records the thesaurus by path and sha256', () => {
    expect(manifest.effectiveOptions.thesaurus).toEqual({
      path: manifest.options.thesaurus,
      sha256: createHash('sha256').update(thesaurusText).digest('hex'),
    });
  });

  it('lists every library that computed a result, Leiden’s included', () => {
    expect(Object.keys(manifest.tool.libraries)).toEqual(expect.arrayContaining(['networkanalysis-ts', 'graphology-communities-louvain', 'seedrandom', 'papaparse', 'wink-nlp']));
  });
});
