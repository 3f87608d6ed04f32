// The layout stage's contracts: what the view draws of a graph and where.
import type { Attributes } from 'graphology-types';
import type { AnalysedGraph } from '../analysis/types';

export type Positions = Record<string, { x: number; y: number }>;

/** The part of a graph the view draws: all of it, or its most central nodes and strongest links. */
export interface ViewSubset {
  /** Sorted. */
  nodes: string[];
  /** Edge keys, sorted. */
  edges: string[];
  filtered?: { totalNodes: number; totalEdges: number; rule: string };
}

export interface Placed {
  view: ViewSubset;
  /** The view's nodes. */
  positions: Positions;
  /** Mean silhouette of the communities in layout space (silhouette.ts); null with fewer than two. */
  silhouette: number | null;
}

/** The layout's seed and what the view may draw at most. */
export interface LayoutLimits {
  seed: number;
  maxNodes?: number;
  maxEdges?: number;
}

export type LaidOutGraph<E extends Attributes = Attributes> = AnalysedGraph<E> & Placed;
