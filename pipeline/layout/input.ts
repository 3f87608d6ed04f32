// What a layout task reads of a graph, as plain arrays (all that a worker thread is sent), and
// its result as positions. Shared by the force layout and the VOS layout.
import type { AbstractGraph } from 'graphology-types';
import { offload, type OffloadOptions, type Task } from '../worker-thread';
import type { Positions } from './types';

export interface LayoutInput<O> {
  nodes: string[];
  /** Community of nodes[i] (-1: none), for a seeded start. */
  community: Int32Array;
  /** Edge e links nodes[source[e]] and nodes[target[e]] with attraction weight[e]. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  options: O;
}

export interface Selection {
  /** Default: all nodes. */
  nodes?: string[];
  /** Default: all edges among those nodes. */
  edges?: string[];
  /** Edge attribute used as attraction weight (tie strength). */
  weightAttribute: string;
}

/**
 * A layout task as a function of a graph: `options` over `defaults`, of which the selection
 * (nodes, edges, weightAttribute) picks the subgraph and the rest goes to the task.
 */
export function graphLayout<O extends object>(task: Task<LayoutInput<O>, Float64Array>, defaults: O & { weightAttribute: string }) {
  return (
    graph: AbstractGraph,
    community: Record<string, number>,
    options: Partial<O> & { nodes?: string[]; edges?: string[]; weightAttribute?: string } = {},
    run: OffloadOptions = {},
  ): Promise<Positions> => {
    const { nodes, edges, weightAttribute, ...opts } = { ...defaults, ...options };
    return layOut(task, graph, community, { weightAttribute, ...(nodes ? { nodes } : {}), ...(edges ? { edges } : {}) }, opts as unknown as O, run);
  };
}

/** The subgraph selected as a task's input: x and y of node i come back at 2i and 2i + 1. */
async function layOut<O>(
  task: Task<LayoutInput<O>, Float64Array>,
  graph: AbstractGraph,
  community: Record<string, number>,
  selection: Selection,
  options: O,
  run: OffloadOptions = {},
): Promise<Positions> {
  const nodes = selection.nodes ?? graph.nodes();
  const position = new Map(nodes.map((node, i) => [node, i]));
  const edges = selection.edges ?? graph.filterEdges((_, __, source, target) => position.has(source) && position.has(target));
  const input: LayoutInput<O> = {
    nodes,
    community: Int32Array.from(nodes, (node) => community[node] ?? -1),
    source: new Int32Array(edges.length),
    target: new Int32Array(edges.length),
    weight: new Float64Array(edges.length),
    options,
  };
  edges.forEach((edge, e) => {
    input.source[e] = position.get(graph.source(edge))!;
    input.target[e] = position.get(graph.target(edge))!;
    input.weight[e] = graph.getEdgeAttribute(edge, selection.weightAttribute) as number;
  });
  const xy = await offload(task, input, run);
  const positions: Positions = {};
  nodes.forEach((node, i) => (positions[node] = { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return positions;
}

/** Rounded so that floating-point noise never changes the output bytes. */
export function roundCoordinate(v: number): number {
  return Math.round(v * 1000) / 1000;
}
