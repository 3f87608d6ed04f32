// Each registry entry names the edge attribute its communities cluster on and the one its
// centralities rank on (README: Metrics); --rank-by strength ranks on the first.
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../pipeline/analysis/index';
import type { AnalysisOptions, GraphSpec } from '../pipeline/analysis/types';
import { buildCooccurrenceGraph } from '../pipeline/graphs/cooccurrence';
import { GRAPHS } from '../pipeline/graphs/index';

describe('the weights of each graph', () => {
  it('cluster co-occurrence maps on a normalised strength and rank them on counts', () => {
    const weights = Object.fromEntries(GRAPHS.map((g) => [g.kind, [g.communityWeight, g.centralityWeight]]));
    expect(weights).toEqual({
      coauthor: ['weight', 'weight'],
      papers: ['weight', 'weight'],
      terms: ['association', 'weight'],
      'direct-citation': ['weight', 'weight'],
      coupling: ['strength', 'weight'],
      cocitation: ['association', 'weight'],
      historiograph: ['weight', 'weight'],
      'main-path': ['weight', 'weight'],
    });
  });

  // x occurs with y in three papers and with z in one; y and z never meet. Counts: x–y 3, x–z 1.
  // Association 2m·c / (c_i·c_j), m = 4: x–y 2·4·3 / (4·3) = 2, x–z 2·4·1 / (4·1) = 2.
  const documents = new Map([['d1', ['x', 'y']], ['d2', ['x', 'y']], ['d3', ['x', 'y']], ['d4', ['x', 'z']]]);
  const spec: GraphSpec = {
    kind: 'terms',
    title: 'Terms',
    entity: 'term',
    graph: buildCooccurrenceGraph(new Map([['x', 'x'], ['y', 'y'], ['z', 'z']]), documents, 20),
    communityWeight: 'association',
    centralityWeight: 'weight',
    papersOf: () => [],
    directed: false,
    notes: {},
  };
  const options: AnalysisOptions = { algorithm: 'louvain', seed: 42, resolution: 1, betweennessBudget: 1e8, rankBy: 'count' };

  it('rank on counts by default: y, in three papers with x, outweighs z', async () => {
    const { centrality, centralityWeight } = await analyseStructure(spec, options);
    expect(centralityWeight).toBe('weight');
    expect(centrality.weightedDegree).toEqual({ x: 4, y: 3, z: 1 });
    expect(centrality.pagerank.y!).toBeGreaterThan(centrality.pagerank.z!);
  });

  it('rank on the association strength with rankBy strength: y and z, each only ever with x, weigh the same', async () => {
    const { centrality, centralityWeight } = await analyseStructure(spec, { ...options, rankBy: 'strength' });
    expect(centralityWeight).toBe('association');
    expect(centrality.weightedDegree).toEqual({ x: 4, y: 2, z: 2 });
    expect(centrality.pagerank.y).toBeCloseTo(centrality.pagerank.z!, 14);
  });
});
