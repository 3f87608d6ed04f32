import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { forceMatrices, overlapMatrix } from '../pipeline/layout/force-matrices';

/** A random graph as the layout's arrays: links in random order, some weights missing (NaN), one self-loop. */
function randomInput(nodes: number, links: number, seed: string) {
  const random = seedrandom(seed);
  const start = Float64Array.from({ length: 2 * nodes }, () => (random() - 0.5) * 200);
  const pairs = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  while (source.length < links) {
    const [s, t] = [Math.floor(random() * nodes), Math.floor(random() * nodes)];
    if (s === t || pairs.has(Math.min(s, t) * nodes + Math.max(s, t))) continue;
    pairs.add(Math.min(s, t) * nodes + Math.max(s, t));
    source.push(s);
    target.push(t);
    weight.push(random() < 0.1 ? NaN : 0.01 + random() * 5);
  }
  source.push(3);
  target.push(3);
  weight.push(2);
  return { start, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) };
}

/** The same input as the graphology graph the layout used to build for the library. */
function asGraph({ start, source, target, weight }: ReturnType<typeof randomInput>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < start.length / 2; i++) graph.addNode(`n${i}`, { x: start[2 * i], y: start[2 * i + 1], size: 1 });
  source.forEach((s, e) => graph.addEdge(`n${s}`, `n${target[e]}`, { weight: weight[e] }));
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', 1 + Math.sqrt(graph.degree(node))));
  return graph;
}

describe('ForceAtlas2 matrices built from the layout arrays', () => {
  for (const [nodes, links, barnesHut] of [
    [60, 300, false],
    [700, 4000, true],
  ] as const) {
    it(`give the library's positions bit for bit (${nodes} nodes, ${links} links, Barnes-Hut ${barnesHut})`, () => {
      const input = randomInput(nodes, links, `fa2-${nodes}`);
      const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(nodes), barnesHutOptimize: barnesHut, barnesHutTheta: 1.2 };
      const graph = asGraph(input);
      forceAtlas2.assign(graph, { iterations: 25, settings, getEdgeWeight: 'weight' });

      const matrices = forceMatrices(input.start, input.source, input.target, input.weight);
      for (let i = 0; i < 25; i++) iterate(settings, matrices.nodes, matrices.edges);
      const placed = overlapMatrix(matrices);
      const moved = graph.mapNodes((_, a) => [a.x as number, a.y as number]).flat();
      expect(Array.from({ length: 2 * nodes }, (_, k) => placed[3 * (k >> 1) + (k & 1)])).toEqual(moved);
      // The layout did move the nodes: equal positions are not the start left alone.
      expect(moved[0]).not.toBe(Math.fround(input.start[0]!));
    });
  }

  it('give each node size 1 + √degree (a self-loop counting twice) and mass 1 + its weighted degree, a missing weight counting 1', () => {
    const m = forceMatrices(new Float64Array(6), Int32Array.from([0, 0, 1]), Int32Array.from([0, 1, 2]), Float64Array.from([2, NaN, 0.5]));
    const node = (i: number) => ({ mass: m.nodes[10 * i + 6], size: m.nodes[10 * i + 8] });
    expect([node(0), node(1), node(2)]).toEqual([
      { mass: 6, size: Math.fround(1 + Math.sqrt(3)) },
      { mass: 2.5, size: Math.fround(1 + Math.sqrt(2)) },
      { mass: 1.5, size: 2 },
    ]);
    expect([...m.edges]).toEqual([0, 0, 2, 0, 10, 1, 10, 20, 0.5]);
  });
});
