// run.json tells how an output was made: every option as given and as it came out when left to
// its automatic default, the thesaurus by path and digest, runs named for what they are, how each
// centrality was computed, and every library that computed a result.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

let manifest: Record<string, any>;
const thesaurusText = 'label\treplace by\nflat minima\tflat minimum\n';

beforeAll(async () => {
  const dir = scratchDir('manifest');
  const thesaurus = join(dir, 'thesaurus.txt');
  writeFileSync(thesaurus, thesaurusText);
  await runPipeline(['seeds'], { ...DEFAULT_OPTIONS, out: join(dir, 'out'), algorithm: 'leiden', thesaurus, 'betweenness-budget': 50_000, 'rank-by': 'strength' });
  manifest = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8'));
});

describe('run.json', () => {
  it('records what each automatic option came to, per graph where it is per graph', () => {
    const effective = manifest.effectiveOptions;
    expect(manifest.options['min-papers']).toBeUndefined();
    expect(effective['min-papers']).toBe(2); // max(2, √(140 / 1000))
    expect(manifest.options['top-k']).toBeUndefined();
    expect(effective['top-k']).toBe(10);
    expect(Object.keys(effective.runs)).toEqual(['coauthor', 'papers', 'terms']);
    for (const kind of ['coauthor', 'papers', 'terms']) {
      expect(effective.runs[kind]).toBe(manifest.graphs[kind].runs);
      expect(manifest.graphs[kind].runs).toBeGreaterThan(0);
    }
    // The co-author graph (39 nodes × 67 edges) fits a budget of 50,000 source·edges; the paper
    // and term graphs do not: sampled, from a first round of 64 pivots, and past it only as many
    // as the budget pays for.
    expect(effective.pivots.coauthor).toBeNull();
    for (const kind of ['papers', 'terms']) {
      const g = manifest.graphs[kind];
      expect(effective.pivots[kind]).toBe(g.sampling.pivots);
      expect(g.sampling.pivots).toBeGreaterThanOrEqual(64);
      expect(g.sampling.pivots * g.edges).toBeLessThanOrEqual(Math.max(64 * g.edges, 50_000));
    }
  });

  it('says how each graph’s betweenness and closeness were computed, and how far to trust a sample', () => {
    const { coauthor, terms } = manifest.graphs;
    expect(coauthor.betweenness).toBe('exact');
    expect(coauthor.betweennessWork).toEqual({ budget: 50_000, exact: 39 * 67, spent: 39 * 67 });
    expect(coauthor).not.toHaveProperty('sampling');
    expect(terms.betweenness).toBe('sampled');
    expect(terms.sampling).toMatchObject({ pivots: 64, stoppedBy: expect.stringMatching(/^(agreement|budget)$/) });
    for (const metric of ['betweenness', 'closeness']) {
      expect(Object.keys(terms.sampling.agreement[metric])).toEqual(['top10', 'top100']);
      expect(terms.sampling.top[metric]).toHaveLength(10);
      for (const node of terms.sampling.top[metric]) expect(node).toEqual({ node: expect.any(String), label: expect.any(String), value: expect.any(Number), standardError: expect.any(Number) });
    }
  });

  it('gives each power iteration’s steps and last residual, and the weights each graph read', () => {
    for (const g of Object.values(manifest.graphs) as Record<string, any>[]) {
      for (const metric of ['pagerank', 'eigenvector']) {
        expect(g[metric].converged).toBe(true);
        expect(g[metric].residual).toBeLessThan(1e-10);
        expect(g[metric].iterations).toBeGreaterThan(0);
      }
    }
    // --rank-by strength: the term graph ranks on the association strength it clusters on.
    expect(manifest.graphs.terms.weights).toEqual({ communities: 'association', centrality: 'association' });
    expect(manifest.graphs.coauthor.weights).toEqual({ communities: 'weight', centrality: 'weight' });
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
