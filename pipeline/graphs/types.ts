// Node and edge attributes of the three graphs. Every edge carries its evidence (joint papers,
// shared terms) so a reader can be told *why* two nodes are linked. Tie strength is `weight`.
import type { UndirectedGraph } from 'graphology';

export interface NodeAttributes {
  label: string;
}

export interface CoauthorEdge {
  /** Joint papers. */
  weight: number;
  /** Σ 1/(n−1) over the joint papers, n = the paper's authors. */
  fractional: number;
  /** Joint paper ids, sorted. */
  papers: string[];
}

export interface PaperEdge {
  /** Cosine of the two papers' TF-IDF term vectors. */
  weight: number;
  /** The shared terms contributing most to the cosine, strongest first. */
  terms: string[];
}

export interface TermEdge {
  /** Papers in which both terms occur. */
  weight: number;
  /** VOSviewer's association strength: observed over expected co-occurrences. */
  association: number;
  /** Up to `evidenceLimit` of those papers (the first by id); `weight` gives the full count. */
  papers: string[];
}

export type CoauthorGraph = UndirectedGraph<NodeAttributes, CoauthorEdge>;
export type PaperGraph = UndirectedGraph<NodeAttributes, PaperEdge>;
export type TermGraph = UndirectedGraph<NodeAttributes, TermEdge>;

/** A stable edge key from two node keys, whatever their order. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
