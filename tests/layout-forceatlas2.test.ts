import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../pipeline/layout/forceatlas2';

function twoCliques(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < 10; i++) g.addNode(`n${i}`);
  for (const [lo, hi] of [[0, 5], [5, 10]] as const)
    for (let i = lo; i < hi; i++) for (let j = i + 1; j < hi; j++) g.addEdge(`n${i}`, `n${j}`, { weight: 1 });
  g.addEdge('n4', 'n5', { weight: 1 });
  return g;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('ForceAtlas2 layout', () => {
  it('gives every node finite coordinates and leaves the graph untouched', () => {
    const g = twoCliques();
    const positions = layoutGraph(g);
    expect(Object.keys(positions).sort()).toEqual(g.nodes().sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(g.getNodeAttributes('n0')).toEqual({});
  });

  it('is the same for the same seed', () => {
    expect(layoutGraph(twoCliques(), { seed: 7 })).toEqual(layoutGraph(twoCliques(), { seed: 7 }));
  });

  it('places members of a clique closer to each other than to the other clique', () => {
    const p = layoutGraph(twoCliques());
    const within = dist(p.n0!, p.n1!) + dist(p.n6!, p.n7!);
    const across = dist(p.n0!, p.n7!) + dist(p.n1!, p.n8!);
    expect(within).toBeLessThan(across);
  });

  it('handles an empty graph and isolated nodes', () => {
    expect(layoutGraph(new UndirectedGraph())).toEqual({});
    const g = new UndirectedGraph();
    g.addNode('a');
    g.addNode('b');
    const p = layoutGraph(g);
    expect(Number.isFinite(p.a!.x)).toBe(true);
  });
});
