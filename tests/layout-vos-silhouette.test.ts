import { UndirectedGraph } from 'graphology';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { clusterMapGraph } from '../pipeline/layout/cluster-map';
import { silhouette } from '../pipeline/layout/silhouette';

/**
 * A generated term map: 6 planted clusters of 20–60 terms; each term linked to 8 of its own
 * cluster and 3 of others, association strengths drawn at random (seeded), rare noise links strong.
 */
function plantedTermMap() {
  const random = seedrandom('planted');
  const graph = new UndirectedGraph();
  const community: Record<string, number> = {};
  const clusters = [60, 45, 40, 30, 25, 20];
  const members = clusters.map((size, c) => Array.from({ length: size }, (_, i) => `t${c}-${i}`));
  members.forEach((terms, c) => terms.forEach((t) => (graph.addNode(t), (community[t] = c))));
  const all = members.flat();
  const link = (a: string, b: string, association: number) => {
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { association });
  };
  members.forEach((terms) => {
    for (const t of terms) {
      for (let k = 0; k < 8; k++) link(t, terms[Math.floor(random() * terms.length)]!, 1 + random());
      for (let k = 0; k < 3; k++) link(t, all[Math.floor(random() * all.length)]!, 3 * random());
    }
  });
  return { graph, community };
}

describe('silhouette of communities in layout space', () => {
  it('is near 1 for communities far apart, near 0 for mixed ones, null for one community', () => {
    const nodes = ['a', 'b', 'c', 'd'];
    const community = { a: 0, b: 0, c: 1, d: 1 };
    const apart = { a: { x: 0, y: 0 }, b: { x: 1, y: 0 }, c: { x: 100, y: 0 }, d: { x: 101, y: 0 } };
    const mixed = { a: { x: 0, y: 0 }, b: { x: 2, y: 0 }, c: { x: 1, y: 0 }, d: { x: 3, y: 0 } };
    expect(silhouette(nodes, apart, community)).toBeGreaterThan(0.95);
    expect(Math.abs(silhouette(nodes, mixed, community)!)).toBeLessThan(0.4);
    expect(silhouette(nodes, apart, { a: 0, b: 0, c: 0, d: 0 })).toBeNull();
  });
});

describe('VOS term map on two levels', () => {
  it('gives each planted cluster its own region', async () => {
    const { graph, community } = plantedTermMap();
    const positions = await clusterMapGraph(graph, community, { weightAttribute: 'association' }, { inlineBelow: Infinity });
    expect(silhouette(graph.nodes(), positions, community)).toBeGreaterThan(0.5);
  });

  it('packs its regions: a weakly linked cluster lies beside the others, not far off', async () => {
    const { graph, community } = plantedTermMap();
    // A seventh cluster of 10 terms, tied to the map by one faint link.
    for (let i = 0; i < 10; i++) (graph.addNode(`far-${i}`), (community[`far-${i}`] = 6));
    for (let i = 1; i < 10; i++) graph.addEdge(`far-0`, `far-${i}`, { association: 2 });
    graph.addEdge('far-0', 't0-0', { association: 1e-4 });
    const positions = await clusterMapGraph(graph, community, { weightAttribute: 'association' }, { inlineBelow: Infinity });
    const points = graph.nodes().map((n) => positions[n]!);
    const centre = { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
    const reach = (nodes: string[]) => Math.max(...nodes.map((n) => Math.hypot(positions[n]!.x - centre.x, positions[n]!.y - centre.y)));
    const planted = graph.nodes().filter((n) => community[n]! < 6);
    // The faint cluster is no farther out than about the map's own span.
    expect(reach(graph.nodes().filter((n) => community[n] === 6))).toBeLessThan(2 * reach(planted));
    expect(silhouette(graph.nodes(), positions, community)).toBeGreaterThan(0.5);
  });

  it('is the same for the same seed, on a worker thread too', async () => {
    const { graph, community } = plantedTermMap();
    const inline = await clusterMapGraph(graph, community, { weightAttribute: 'association' }, { inlineBelow: Infinity });
    const worker = await clusterMapGraph(graph, community, { weightAttribute: 'association' }, { inlineBelow: 0 });
    expect(worker).toEqual(inline);
  });
});
