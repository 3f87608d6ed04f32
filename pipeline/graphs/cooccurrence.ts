// Items that occur in the same document, as VOSviewer maps them (terms in a paper, references
// cited by a paper): linked once per document (binary counting), with VOSviewer's association
// strength beside the count, s_ij = 2m·c_ij / (c_i·c_j), c_i the total co-occurrences of item i
// and m the total over all links: observed over expected, so two frequent items are not linked
// just for being frequent. Full counting adds 1 per document to c_ij; fractional counting
// (Perianes-Rodriguez, Waltman & van Eck 2016) adds 1/(n − 1), n the items of the document, so
// that every document weighs the same however many items it holds.
import { UndirectedGraph } from 'graphology';
import { compareStrings } from '../compare';
import { edgeKey, type NodeAttributes } from './types';

export type Counting = 'full' | 'fractional';

export interface CooccurrenceEdge {
  /** Documents holding both items. */
  weight: number;
  /** Fractional counting only: Σ 1/(n − 1) over those documents. */
  fractional?: number;
  association: number;
  /** Up to `evidenceLimit` of those documents (the first by id); `weight` gives the full count. */
  papers: string[];
}

/** One link as counted: its ends in item order, documents, strength (the sum the counting adds) and evidence. */
export interface CooccurrenceLink {
  source: string;
  target: string;
  count: number;
  strength: number;
  papers: string[];
}

/** Links by edge key, in the order they first occur (first document, then item order): the association strength sums follow it. */
export type CooccurrenceLinks = Map<string, CooccurrenceLink>;

/**
 * `items`: node id → label, in node order; `documents`: document id → the ids of the items it
 * holds, sorted (items not in `items` are ignored).
 */
export function buildCooccurrenceGraph(
  items: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, readonly string[]>,
  evidenceLimit: number,
  counting: Counting = 'full',
): UndirectedGraph<NodeAttributes, CooccurrenceEdge> {
  return cooccurrenceGraphFrom(items, countCooccurrences(items, documents, evidenceLimit, counting), counting);
}

function countCooccurrences(items: ReadonlyMap<string, string>, documents: ReadonlyMap<string, readonly string[]>, evidenceLimit: number, counting: Counting): CooccurrenceLinks {
  // Pairs are counted under a number (the lower ordinal × items + the higher), not a string: the
  // edge key is made once a link, not once a document holding it (a quarter of the build).
  const ordinal = new Map<string, number>();
  for (const item of items.keys()) ordinal.set(item, ordinal.size);
  const n = ordinal.size;
  const counted = new Map<number, CooccurrenceLink>();
  for (const documentId of [...documents.keys()].sort(compareStrings)) {
    const held = documents.get(documentId)!.filter((item) => items.has(item));
    const at = held.map((item) => ordinal.get(item)!);
    const share = counting === 'full' ? 1 : 1 / (held.length - 1);
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        const pair = Math.min(at[i]!, at[j]!) * n + Math.max(at[i]!, at[j]!);
        let link = counted.get(pair);
        if (!link) counted.set(pair, (link = { source: held[i]!, target: held[j]!, count: 0, strength: 0, papers: [] }));
        link.count += 1;
        link.strength += share;
        if (link.papers.length < evidenceLimit) link.papers.push(documentId);
      }
    }
  }
  const links: CooccurrenceLinks = new Map();
  for (const link of counted.values()) links.set(edgeKey(link.source, link.target), link);
  return links;
}

/** The graph of counted links, with their association strength. */
export function cooccurrenceGraphFrom(items: ReadonlyMap<string, string>, links: CooccurrenceLinks, counting: Counting): UndirectedGraph<NodeAttributes, CooccurrenceEdge> {
  const total = new Map<string, number>();
  let m = 0;
  for (const { source, target, strength } of links.values()) {
    total.set(source, (total.get(source) ?? 0) + strength);
    total.set(target, (total.get(target) ?? 0) + strength);
    m += strength;
  }

  const graph = new UndirectedGraph<NodeAttributes, CooccurrenceEdge>();
  for (const [id, label] of items) graph.addNode(id, { label });
  for (const key of [...links.keys()].sort()) {
    const { source, target, count, strength, papers } = links.get(key)!;
    graph.addEdgeWithKey(key, source, target, {
      weight: count,
      ...(counting === 'fractional' ? { fractional: strength } : {}),
      association: (2 * m * strength) / (total.get(source)! * total.get(target)!),
      papers,
    });
  }
  return graph;
}
