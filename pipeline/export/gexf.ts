// GEXF for Gephi users (graphology-gexf's writer): node label, community, its label, every
// centrality, position, colour and size; edge weight and evidence as text. It holds what the
// view draws — the whole graph unless that is over the view's limits, where the full edge lists
// are in the CSV reports (the writer builds one string, which a 10⁶-edge graph does not afford).
//
// Every node's and edge's fields are formatted first, into plain data: the XML writing, seconds
// for a 10⁵-edge graph, can then run on a worker thread (gexfTask).
import { writeFileSync } from 'node:fs';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { METRICS } from '../bundle-model';
import type { LaidOutGraph } from '../layout/types';
import { offload, type OffloadOptions, type Task } from '../worker-thread';
import { drawnPart } from './drawn';
import { round6 } from '../cells';
import { communityColor } from './format';
import { safeChars } from './safe-chars';

/** The drawn graph with each node's and edge's GEXF fields as its attributes. */
export type GexfInput = SerializedGraph;

export function gexfInput(g: LaidOutGraph): GexfInput {
  const { graph } = g;
  const drawn = drawnPart(g);
  const pr = g.centrality.pagerank;
  const maxPr = Object.values(pr).reduce((m, v) => Math.max(m, v), 1e-12); // no spread: 10⁵ nodes overflow the stack
  return {
    // A citation graph's mutual pair is one edge in the analysis; in Gephi it is two arcs.
    options: { type: g.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: drawn.nodes.map((node) => {
      const community = g.communities.assignment[node]!;
      const info = g.info[community]!;
      return {
        key: node,
        attributes: {
          label: graph.getNodeAttribute(node, 'label') as string,
          attributes: {
            community,
            community_label: info.label,
            ...Object.fromEntries(METRICS.map((m) => [m, round6(g.centrality[m][node] ?? 0)])),
            ...(g.centrality.inDegree ? { in_degree: g.centrality.inDegree[node] ?? 0, out_degree: g.centrality.outDegree?.[node] ?? 0 } : {}),
          },
          viz: {
            ...g.positions[node]!,
            size: round6(2 + 18 * Math.sqrt((pr[node] ?? 0) / maxPr)),
            color: communityColor(community, info.size),
          },
        },
      };
    }),
    edges: drawn.edges.flatMap((key) => {
      const a = graph.getEdgeAttributes(key) as Record<string, unknown>;
      const attributes = {
        weight: round6(a.weight as number),
        attributes: {
          ...(Array.isArray(a.papers) ? { papers: (a.papers as string[]).join('; ') } : {}),
          ...(Array.isArray(a.terms) ? { terms: (a.terms as string[]).join('; ') } : {}),
          ...(Array.isArray(a.references) ? { references: (a.references as string[]).join('; ') } : {}),
          ...(typeof a.fractional === 'number' ? { fractional: round6(a.fractional) } : {}),
          ...(typeof a.association === 'number' ? { association: round6(a.association) } : {}),
          ...(typeof a.strength === 'number' ? { strength: round6(a.strength) } : {}),
          ...(typeof a.spc === 'number' ? { spc: round6(a.spc) } : {}),
        },
      };
      const edge = { key, source: graph.source(key), target: graph.target(key), attributes };
      return a.mutual === true ? [edge, { ...edge, key: `${key}|back`, source: edge.target, target: edge.source }] : [edge];
    }),
  };
}

/** Always well-formed XML 1.0: characters it does not allow are replaced (safe-chars.ts). */
export function gexfText(input: GexfInput): string {
  const graph = input.options.type === 'directed' ? DirectedGraph.from(input) : UndirectedGraph.from(input);
  return safeChars(write(graph, { version: '1.3', formatNode: (_, fields) => fields, formatEdge: (_, fields) => fields }));
}

/**
 * Formatting and writing a GEXF file, as a task: graphology-gexf builds the XML in one string,
 * at about 25 µs per edge (10⁴ edges take as long as a worker's start).
 */
export const gexfTask: Task<{ path: string; input: GexfInput }, void> = {
  module: import.meta.url,
  name: 'gexfTask',
  run: ({ path, input }) => writeFileSync(path, gexfText(input)),
  estimateMs: ({ input }) => input.edges.length * 0.025,
};

/** Writes the GEXF file, on a worker thread when that pays. */
export function writeGexf(path: string, input: GexfInput, run: OffloadOptions = {}): Promise<void> {
  return offload(gexfTask, { path, input }, run);
}
