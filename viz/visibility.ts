// Which nodes and edges are drawn, from the filters and the hidden communities. Filters never
// rebuild the graph: this fills two masks that the reducers read.
import type { GraphData } from './graph-data';
import type { Filters } from './state';

export interface Visibility {
  /** 1 = drawn, by node index / edge index of GraphData. */
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
}

function nodePassesYears(years: readonly number[], f: Filters): boolean {
  if (!years.length) return !f.hideUnknownYear;
  if (f.yearFrom === null && f.yearTo === null) return true;
  const from = f.yearFrom ?? -Infinity;
  const to = f.yearTo ?? Infinity;
  return years.some((y) => y >= from && y <= to);
}

/** O(nodes + edges); 20k / 100k takes a few milliseconds. */
export function computeVisibility(
  data: GraphData,
  hiddenCommunities: ReadonlySet<number>,
  f: Filters,
): Visibility {
  const n = data.nodes.length;
  const m = data.edges.length;
  const nodes = new Uint8Array(n);
  const edges = new Uint8Array(m);
  const cats = f.categories;
  for (let i = 0; i < n; i++) {
    const node = data.nodes[i];
    if (!node) continue;
    if (hiddenCommunities.size && hiddenCommunities.has(node.community)) continue;
    if (!nodePassesYears(Array.isArray(node.years) ? node.years : [], f)) continue;
    if (cats.size && !(node.categories ?? []).some((c) => cats.has(c))) continue;
    nodes[i] = 1;
  }
  // Degree counts only the edges that survive the other filters, so "min degree 1" drops the
  // nodes left isolated by them.
  if (f.minDegree > 0) {
    const degree = new Uint32Array(n);
    for (let e = 0; e < m; e++) {
      const s = data.edgeSource[e] ?? 0;
      const t = data.edgeTarget[e] ?? 0;
      if ((data.edgeWeight[e] ?? 0) >= f.minWeight && nodes[s] && nodes[t]) {
        degree[s] = (degree[s] ?? 0) + 1;
        degree[t] = (degree[t] ?? 0) + 1;
      }
    }
    for (let i = 0; i < n; i++) if ((degree[i] ?? 0) < f.minDegree) nodes[i] = 0;
  }
  let nodeCount = 0;
  for (let i = 0; i < n; i++) nodeCount += nodes[i] ?? 0;
  let edgeCount = 0;
  for (let e = 0; e < m; e++) {
    if (
      (data.edgeWeight[e] ?? 0) >= f.minWeight &&
      nodes[data.edgeSource[e] ?? 0] &&
      nodes[data.edgeTarget[e] ?? 0]
    ) {
      edges[e] = 1;
      edgeCount++;
    }
  }
  return { nodes, edges, nodeCount, edgeCount };
}

export function filtersActive(f: Filters): boolean {
  return (
    f.yearFrom !== null ||
    f.yearTo !== null ||
    f.hideUnknownYear ||
    f.categories.size > 0 ||
    f.minDegree > 0 ||
    f.minWeight > 0
  );
}

