import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { LAYOUT_DEFAULTS, layoutGraph, layoutTask } from '../pipeline/layout/forceatlas2';
import { WORKER_START_MS } from '../pipeline/worker-thread';

function twoCliques(): { graph: UndirectedGraph; community: Record<string, number> } {
  const graph = new UndirectedGraph();
  const community: Record<string, number> = {};
  for (let i = 0; i < 10; i++) {
    graph.addNode(`n${i}`);
    community[`n${i}`] = i < 5 ? 0 : 1;
  }
  for (const [lo, hi] of [[0, 5], [5, 10]] as const)
    for (let i = lo; i < hi; i++) for (let j = i + 1; j < hi; j++) graph.addEdge(`n${i}`, `n${j}`, { weight: 1 });
  graph.addEdge('n4', 'n5', { weight: 1 });
  return { graph, community };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('ForceAtlas2 layout', () => {
  it('gives every node finite coordinates and leaves the graph untouched', async () => {
    const { graph, community } = twoCliques();
    const positions = await layoutGraph(graph, community);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(graph.getNodeAttributes('n0')).toEqual({});
  });

  it('is the same on a worker thread', async () => {
    const { graph, community } = twoCliques();
    expect(await layoutGraph(graph, community, { seed: 7 }, { inlineBelow: 0 })).toEqual(await layoutGraph(graph, community, { seed: 7 }, { inlineBelow: Infinity }));
  });

  it('is the same for the same seed and differs for another', async () => {
    const { graph, community } = twoCliques();
    expect(await layoutGraph(graph, community, { seed: 7 })).toEqual(await layoutGraph(graph, community, { seed: 7 }));
    expect(await layoutGraph(graph, community, { seed: 7 })).not.toEqual(await layoutGraph(graph, community, { seed: 8 }));
  });

  it('places members of a clique closer to each other than to the other clique', async () => {
    const { graph, community } = twoCliques();
    const p = await layoutGraph(graph, community);
    const within = dist(p.n0!, p.n1!) + dist(p.n6!, p.n7!);
    const across = dist(p.n0!, p.n7!) + dist(p.n1!, p.n8!);
    expect(within).toBeLessThan(across);
  });

  it('lays out only the chosen nodes and edges when asked', async () => {
    const { graph, community } = twoCliques();
    const p = await layoutGraph(graph, community, { nodes: ['n0', 'n1', 'n2'], edges: [graph.edge('n0', 'n1')!] });
    expect(Object.keys(p).sort()).toEqual(['n0', 'n1', 'n2']);
  });

  it('handles an empty graph and isolated nodes', async () => {
    expect(await layoutGraph(new UndirectedGraph(), {})).toEqual({});
    const g = new UndirectedGraph();
    g.addNode('a');
    g.addNode('b');
    const p = await layoutGraph(g, { a: 0, b: 1 });
    expect(Number.isFinite(p.a!.x)).toBe(true);
  });

  it('estimates a dense map above a worker start and as many nodes with few links below it', () => {
    const input = (nodes: number, links: number) => ({
      nodes: Array.from({ length: nodes }, (_, i) => `n${i}`),
      community: new Int32Array(nodes),
      source: new Int32Array(links),
      target: new Int32Array(links),
      weight: new Float64Array(links),
      options: LAYOUT_DEFAULTS,
    });
    // The sizes of a generated 1,000-paper corpus's co-citation map and of its paper graph.
    expect(layoutTask.estimateMs(input(887, 77_209))).toBeGreaterThan(WORKER_START_MS);
    expect(layoutTask.estimateMs(input(887, 6_429))).toBeLessThan(WORKER_START_MS);
    expect(layoutTask.estimateMs(input(0, 0))).toBe(0);
  });
});
