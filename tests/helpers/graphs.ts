// Small and generated graphs for the analysis tests, each from a fixed seed.
import { UndirectedGraph } from 'graphology';
import { seededRng } from '../../pipeline/analysis/rng';

export function graphFromEdges(edges: Array<[string, string, number?]>, nodes: string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node);
  for (const [source, target, weight = 1] of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target, { weight });
  }
  return graph;
}

/** Two 5-cliques a0..a4 and b0..b4 joined by the single edge a0–b0. */
export function twoCliquesWithBridge(): UndirectedGraph {
  const edges: Array<[string, string]> = [['a0', 'b0']];
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([`${side}${i}`, `${side}${j}`]);
  }
  return graphFromEdges(edges);
}

/** Preferential attachment (each new node links to 3 earlier ones, weights 1–3), from a fixed seed. */
export function preferentialAttachment(n: number): UndirectedGraph {
  const rng = seededRng('preferential');
  const key = (i: number) => `n${String(i).padStart(5, '0')}`;
  const graph = new UndirectedGraph();
  const endpoints: number[] = [0, 1, 1, 2, 2, 0];
  for (let i = 0; i < n; i++) graph.addNode(key(i));
  graph.addEdge(key(0), key(1), { weight: 1 });
  graph.addEdge(key(1), key(2), { weight: 1 });
  graph.addEdge(key(2), key(0), { weight: 1 });
  for (let i = 3; i < n; i++) {
    const targets = new Set<number>();
    while (targets.size < 3) targets.add(endpoints[Math.floor(rng() * endpoints.length)]!);
    for (const t of [...targets].sort((a, b) => a - b)) {
      graph.addEdge(key(t), key(i), { weight: 1 + Math.floor(rng() * 3) });
      endpoints.push(t, i);
    }
  }
  return graph;
}

/**
 * A co-author graph: `papers` papers of 2–6 authors out of `authors`, each author drawn, 7 times
 * in 10, in proportion to the papers they already have (productivity is skewed, as in real
 * fields); a link's weight is its joint papers. Authors on no paper stay isolated.
 */
export function coauthorship(authors: number, papers: number): UndirectedGraph {
  const rng = seededRng('coauthorship');
  const key = (i: number) => `a${String(i).padStart(5, '0')}`;
  const graph = new UndirectedGraph();
  for (let i = 0; i < authors; i++) graph.addNode(key(i));
  const byPaper: number[] = []; // an author once per paper of theirs
  for (let p = 0; p < papers; p++) {
    const team = new Set<number>();
    const size = 2 + Math.floor(rng() * 5);
    while (team.size < size) team.add(byPaper.length > 0 && rng() < 0.7 ? byPaper[Math.floor(rng() * byPaper.length)]! : Math.floor(rng() * authors));
    const members = [...team].sort((a, b) => a - b);
    byPaper.push(...members);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [s, t] = [key(members[i]!), key(members[j]!)];
        if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (w: number) => w + 1);
        else graph.addEdge(s, t, { weight: 1 });
      }
    }
  }
  return graph;
}

/** The k keys of highest value, ties by key. */
export function topKeys(values: Record<string, number>, k: number): string[] {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}
