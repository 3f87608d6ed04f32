// Betweenness and closeness by work: exact (Brandes from every node) when nodes × edges fits the
// budget, else sampled sources in doubling rounds until the sample's halves agree on the top nodes
// or the budget is spent. The references are graphology-metrics' Brandes (unweighted paths) and
// our own exact values, which match it (analysis-centrality.test.ts).
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { CENTRALITY_DEFAULTS, computeCentrality } from '../pipeline/analysis/centrality';
import type { CentralityResult, NodeEstimate } from '../pipeline/analysis/types';
import { coauthorship, preferentialAttachment, topKeys } from './helpers/graphs';

const shared = (a: string[], b: string[]) => a.filter((key) => b.includes(key)).length;

describe('exact betweenness up to the budget', () => {
  const graph = preferentialAttachment(300);
  const work = graph.order * graph.size;

  it('is Brandes exactly when nodes × edges is within the budget', async () => {
    const result = await computeCentrality(graph, { betweennessBudget: work });
    expect(result.notes).toMatchObject({ betweenness: 'exact', work: { budget: work, exact: work, spent: work } });
    const reference = betweenness(graph, { getEdgeWeight: null });
    for (const node of graph.nodes()) expect(result.betweenness[node]).toBeCloseTo(reference[node]!, 12);
  });

  it('samples one source·edge below it, spending no more than the budget', async () => {
    const result = await computeCentrality(graph, { betweennessBudget: work - 1 });
    expect(result.notes.betweenness).toBe('sampled');
    expect(result.notes.work.spent).toBeLessThanOrEqual(work - 1);
  });
});

describe('sampled betweenness and closeness', () => {
  // 5,000 nodes / 14,994 edges; a budget of 5·10⁷ allows 3,334 pivots.
  const graph = preferentialAttachment(5000);
  const budget = 5e7;
  let exact: CentralityResult;
  let sampled: CentralityResult;
  beforeAll(async () => {
    exact = await computeCentrality(graph, { betweennessBudget: Infinity });
    sampled = await computeCentrality(graph, { betweennessBudget: budget }); // on a worker thread: its estimate is over WORKER_START_MS
  });

  it('doubles its pivots from 64 and, with the default seed, stops at 2,048 once the halves agree on the top 10 and 80 of the top 100', () => {
    const sampling = sampled.notes.sampling!;
    expect(sampled.notes.betweenness).toBe('sampled');
    expect(sampling.pivots).toBe(2048);
    expect(sampling.stoppedBy).toBe('agreement');
    for (const metric of ['betweenness', 'closeness'] as const) {
      expect(sampling.agreement[metric].top10).toBe(1);
      expect(sampling.agreement[metric].top100).toBeGreaterThanOrEqual(0.8);
    }
    expect(sampled.notes.work).toEqual({ budget, exact: 5000 * 14994, spent: 2048 * 14994 });
  });

  it('states standard errors that cover the exact values of the top nodes', () => {
    // Each listed value within 4 standard errors of Brandes (a pivot's closeness is exact: SE 0).
    const within = (listed: NodeEstimate[], reference: Record<string, number>) =>
      listed.every(({ node, value, standardError }) => Math.abs(value - reference[node]!) <= 4 * standardError + 1e-12);
    const { top, medianRelativeError } = sampled.notes.sampling!;
    expect(top.betweenness).toHaveLength(10);
    expect(within(top.betweenness, exact.betweenness)).toBe(true);
    expect(within(top.closeness, exact.closeness)).toBe(true);
    expect(medianRelativeError.betweenness).toBeGreaterThan(0);
    expect(medianRelativeError.betweenness).toBeLessThan(0.2);
  });

  it('finds the exact top 10 of both, and at least 90 of the top 100', () => {
    for (const metric of ['betweenness', 'closeness'] as const) {
      expect(shared(topKeys(sampled[metric], 10), topKeys(exact[metric], 10))).toBe(10);
      expect(shared(topKeys(sampled[metric], 100), topKeys(exact[metric], 100))).toBeGreaterThanOrEqual(90);
    }
  });

  it('is reproducible from its seed, on this thread as on a worker, and the seed matters', async () => {
    expect(await computeCentrality(graph, { betweennessBudget: budget }, { inlineBelow: Infinity })).toEqual(sampled);
    const other = await computeCentrality(graph, { betweennessBudget: budget, seed: 8 });
    expect(other.betweenness).not.toEqual(sampled.betweenness);
  });
});

describe('at the default budget', () => {
  it('names the exact top-10 brokers of a 6,000-author co-author graph it has to sample', async () => {
    // 6,000 authors, 5,000 papers: 30,831 links, nodes × edges = 1.85·10⁸, above the 10⁸ budget.
    const graph = coauthorship(6000, 5000);
    const sampled = await computeCentrality(graph);
    expect(sampled.notes.betweenness).toBe('sampled');
    expect(sampled.notes.work.spent).toBeLessThanOrEqual(CENTRALITY_DEFAULTS.betweennessBudget);
    const exact = await computeCentrality(graph, { betweennessBudget: Infinity });
    expect(topKeys(sampled.betweenness, 10)).toEqual(expect.arrayContaining(topKeys(exact.betweenness, 10)));
    expect(topKeys(sampled.closeness, 10)).toEqual(expect.arrayContaining(topKeys(exact.closeness, 10)));
  });
});
