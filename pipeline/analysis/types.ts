// The analysis stage's contracts: what it is given of a graph, and what it finds. layout/ and
// export/ read these, never the modules that compute them.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Entity, NodeAttributes } from '../graphs/types';
import type { NodeTimes } from './node-times';

export type CommunityAlgorithm = 'louvain' | 'leiden';

/** The options the analysis of every graph takes (the CLI's, under their own names). */
export interface AnalysisOptions {
  algorithm: CommunityAlgorithm;
  seed: number;
  /** Undefined: autoRuns. */
  runs?: number;
  resolution: number;
  /** Work allowed for betweenness and closeness, in source·edges (see CENTRALITY_DEFAULTS). */
  betweennessBudget: number;
  /** Which weight ranks: the entry's centrality weight (a count) or the tie strength its communities use. */
  rankBy: RankBy;
}

export type RankBy = 'count' | 'strength';

/** A graph as the analysis takes it: a registry entry's graph, its weights and its papers. */
export interface GraphSpec<E extends Attributes = Attributes> {
  kind: string;
  title: string;
  entity: Entity;
  graph: AbstractGraph<NodeAttributes, E>;
  /** Edge attribute that is tie strength for communities and the layout. */
  communityWeight: string;
  /** Edge attribute that weighted degree, eigenvector and PageRank read as tie strength. */
  centralityWeight: string;
  /** The papers behind a node: itself (papers graph), its papers (authors, terms). */
  papersOf: (node: string) => readonly string[];
  /** Edges run source → target (see GraphEntry.directed). */
  directed: boolean;
  /** Counts from its building worth a line in the summary and run.json. */
  notes: Record<string, number>;
}

export interface CommunityResult {
  /**
   * Node → community index. Communities are numbered 0.. by size descending, ties by their
   * smallest node key (plain code-unit order), so the numbering does not depend on Louvain's
   * internal labels. Isolated nodes are singletons and so come after every larger community.
   */
  assignment: Record<string, number>;
  count: number;
  /** Modularity (at `resolution`) of the kept partition; null when the graph has no edges. */
  modularity: number | null;
  /**
   * Per community, 0..1: the mean over all runs (the kept one included) of the best Jaccard
   * similarity between the community and any community of that run (Hennig's clusterwise
   * stability). 1 = every run found exactly this group; it drops both when a run splits the
   * group and when a run merges it into something larger.
   */
  stability: number[];
  /** Per community: its term Σin/2m − γ(Σtot/2m)² of the modularity sum; sums to `modularity`. */
  modularityContribution: number[];
  /** Per community: contribution / modularity (sums to 1); all 0 when modularity is null or ≤ 0. */
  modularityShare: number[];
  /** Runs compared (0 when the graph has no edges: the partition is forced). */
  runs: number;
}

/** How far the halves of a betweenness sample agree: the shares of their top-10 and top-100 sets. */
export interface TopShares {
  top10: number;
  top100: number;
}

export interface TopAgreement {
  betweenness: TopShares;
  closeness: TopShares;
}

/** A sampled value and its standard error. */
export interface NodeEstimate {
  node: string;
  value: number;
  standardError: number;
}

export interface SamplingNotes {
  pivots: number;
  /** The halves agreed on the top nodes, or the budget allowed no more pivots. */
  stoppedBy: 'agreement' | 'budget';
  /** In the last round, between the sample's two halves (path-sampling.ts). */
  agreement: TopAgreement;
  /** Median, over the 100 highest, of standard error / value; null when no value is positive. */
  medianRelativeError: { betweenness: number | null; closeness: number | null };
  /** The 10 highest of each, with their standard errors. */
  top: { betweenness: NodeEstimate[]; closeness: NodeEstimate[] };
}

/** A power iteration's end: steps taken and the L1 norm of the last step's change. */
export interface IterationNotes {
  iterations: number;
  residual: number;
  converged: boolean;
}

export interface CentralityNotes {
  /** How betweenness and harmonic closeness were computed. */
  betweenness: 'exact' | 'sampled';
  /** In source·edges: the budget, what exact values would cost (nodes × edges) and what was spent. */
  work: { budget: number; exact: number; spent: number };
  /** Only when sampled. */
  sampling?: SamplingNotes;
  pagerank: IterationNotes;
  eigenvector: IterationNotes;
  components: number;
  largestComponent: number;
}

export interface CentralityResult {
  degree: Record<string, number>;
  /** Σ of the tie strengths of the node's edges. */
  weightedDegree: Record<string, number>;
  /** Normalised by (n−1)(n−2)/2 pairs: 0..1. */
  betweenness: Record<string, number>;
  /** Harmonic closeness Σ 1/d(u, v) / (n−1): 0..1, well defined on disconnected graphs. */
  closeness: Record<string, number>;
  /**
   * Weighted, unit Euclidean norm; exactly 0 outside the component(s) of the largest spectral
   * radius. When the iteration stopped at its cap, the last iterate (see notes).
   */
  eigenvector: Record<string, number>;
  /** Weighted by tie strength; sums to 1. On a directed graph it follows the links' direction. */
  pagerank: Record<string, number>;
  /** Node → connected component (0 = the largest). */
  component: Record<string, number>;
  /** On a directed graph: links received (in a citation graph, citations inside the corpus) and sent. */
  inDegree?: Record<string, number>;
  outDegree?: Record<string, number>;
  notes: CentralityNotes;
}

export interface YearTrend {
  /** Year → distinct papers, years ascending. */
  byYear: Map<number, number>;
  /** Distinct papers whose year is unknown. */
  unknown: number;
}

/** Communities and centrality: what needs only the graph. */
export interface StructuredGraph<E extends Attributes = Attributes> extends GraphSpec<E> {
  communities: CommunityResult;
  centrality: CentralityResult;
}

export interface CommunityInfo {
  id: number;
  label: string;
  terms: string[];
  /** Share of the community's papers that hold at least one label term (analysis/labels.ts); null without label terms. */
  labelCoverage: number | null;
  size: number;
  stability: number;
  modularityShare: number;
  /** Member node ids, most central (PageRank) first. */
  members: string[];
  byYear: Map<number, number>;
  unknownYear: number;
}

/** Plus each community's description, which needs the topic model. */
export interface AnalysedGraph<E extends Attributes = Attributes> extends StructuredGraph<E> {
  info: CommunityInfo[];
  /** Each node's mean publication year and citations, over its papers. */
  times: NodeTimes;
}
