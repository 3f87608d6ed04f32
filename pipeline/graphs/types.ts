// The graphs' contracts: node and edge attributes, and the registry entry each graph kind is
// (graphs/index.ts). Every edge carries its evidence (joint papers, shared terms) so a reader can
// be told *why* two nodes are linked.
import type { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Entity } from '../bundle-model';
import type { Cell } from '../cells';
import type { AnalysedGraph } from '../analysis/types';
import type { DuckDBSession } from '../engine/duckdb-session';
import type { CitationModel, Corpus, TopicModel } from '../model';
import type { PipelineOptions } from '../options';
import type { OffloadOptions } from '../worker-thread';

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
  /** Cosine of the two papers' TF-IDF term vectors, each with a term of its own (paper-topics.ts). */
  weight: number;
  /** The shared terms contributing most to the cosine, strongest first. */
  terms: string[];
}

export interface TermEdge {
  /** Papers in which both terms occur. */
  weight: number;
  /** With fractional counting: Σ 1/(n − 1) over those papers, n the paper's terms (VOSviewer's link strength). */
  fractional?: number;
  /** VOSviewer's association strength: observed over expected co-occurrences, by the counting chosen. */
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

/** What a node of a graph is: the view shows its details, and the reports its row, by this. */
export type { Entity } from '../bundle-model';

/** What graphs are built from; `topics` and `citations` are there for the entries that need them. */
export interface GraphInputs {
  corpus: Corpus;
  topics?: TopicModel;
  citations?: CitationModel;
  options: PipelineOptions;
  /** Where the pair counts run when the run chose the DuckDB engine (engine/choose.ts); in memory without it. */
  duckdb?: DuckDBSession;
}

interface BuiltGraph<E extends Attributes> {
  graph: AbstractGraph<NodeAttributes, E>;
  /** Counts worth a line in the summary and run.json (e.g. papersOverMaxAuthors). */
  notes?: Record<string, number>;
}

/** The edge list a graph writes: one row per edge, in the graph's order. */
export interface EdgeReport<E extends Attributes> {
  file: string;
  columns: readonly string[];
  row(graph: AbstractGraph<NodeAttributes, E>, source: string, target: string, attributes: E): Cell[];
}

/**
 * A table of a graph's nodes (cited_references.csv, historiograph.csv), written once its
 * communities are labelled: one row per node in the graph's order, its community and
 * centralities appended when `withAnalysis`.
 */
export interface NodeReport<E extends Attributes> {
  file: string;
  columns: readonly string[];
  row(inputs: GraphInputs): (g: AnalysedGraph<E>, node: string) => Cell[];
  withAnalysis: boolean;
}

/**
 * One graph kind. A new graph is a file exporting one of these and a line in graphs/index.ts:
 * the same path (graph-path.ts) takes every entry through analysis, layout and export, and the
 * bundle and the view list whatever entries there are.
 */
export interface GraphEntry<E extends Attributes = Attributes> {
  /** Its key in the bundle, run.json, communities.csv and the file names ("coauthor"). */
  kind: string;
  /** What the view's graph switcher shows. */
  title: string;
  entity: Entity;
  /** Inputs beyond the corpus it must wait for. */
  needs: readonly ('topics' | 'citations')[];
  /** Why these inputs make no such graph ("no paper has references"); undefined when they do. */
  skip?(inputs: GraphInputs): string | undefined;
  build(inputs: GraphInputs, run: OffloadOptions): BuiltGraph<E> | Promise<BuiltGraph<E>>;
  /**
   * Edges run from source to target (citing → cited); a pair linked both ways is one edge marked
   * `mutual`. In- and out-degree and PageRank follow the direction; communities, betweenness and
   * closeness read the links undirected.
   */
  directed?: boolean;
  /**
   * 'force' (default): ForceAtlas2; 'years': x is the nodes' publication year (a historiograph), y
   * comes from the force layout; 'vos': the VOS mapping technique on the community weight (a
   * VOSviewer map).
   */
  layout?: 'force' | 'years' | 'vos';
  /** Edge attribute that is tie strength for communities and the layout. */
  communityWeight: keyof E & string;
  /**
   * Edge attribute that weighted degree, eigenvector and PageRank read as tie strength: a count
   * where the graph has one (`--rank-by strength` reads `communityWeight` instead).
   */
  centralityWeight: keyof E & string;
  /** The papers behind each node: a paper itself, an author's papers, a term's papers. */
  papersOf(inputs: GraphInputs): (node: string) => readonly string[];
  edgeReport?: EdgeReport<E>;
  nodeReport?: NodeReport<E>;
}
