// The view bundle (output/bundle.json): everything the Sigma.js view needs, precomputed by the
// pipeline. Defined once here and imported by both the pipeline's exporter and viz/.
import type { LinkedKind } from './id-links';

export const METRICS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
] as const;
export type MetricName = (typeof METRICS)[number];

/**
 * A paper drawn in the paper graph comes whole; a paper only listed by title elsewhere (an
 * author's, a term's, a link's evidence) has empty authors, categories, sources and abstract.
 */
export interface BundlePaper {
  title: string;
  /** Author ids, in order. */
  authors: string[];
  year?: number;
  /** ISO date, or the raw text when the year is unknown. */
  date?: string;
  categories: string[];
  hasCode: boolean;
  /** "file:line" of every source listing the paper. */
  sources: string[];
  abstract: string;
  authorCount: number;
  authorsTruncated: boolean;
  /** 'arxiv-id': year and month read from the arXiv id, no source dating the paper. */
  dateFrom?: 'arxiv-id';
  /** The journal or proceedings, with volume, issue and pages ("12-30", or an article number). */
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** The authors' keywords and those a database assigned. */
  keywords: string[];
  indexKeywords: string[];
  /** The largest count of citing works a source gives. */
  citedBy?: number;
  /** The normalised identifiers the view links out by (pipeline/id-links.ts), checked again there. */
  ids: Partial<Record<LinkedKind, string>>;
}

export interface BundleAuthor {
  name: string;
  variants: string[];
  paperIds: string[];
  orcid?: string;
  /** The most frequent first, up to AUTHOR_AFFILIATIONS_SHOWN. */
  affiliations: string[];
  countries: string[];
  /** Possibly several people under one name (corpus/homonyms.ts). */
  ambiguous: boolean;
}

/** Affiliations an author carries in the bundle; authors.csv has them all. */
export const AUTHOR_AFFILIATIONS_SHOWN = 5;

export interface BundleTerm {
  label: string;
  variants: string[];
  occurrences: number;
  /** Papers the term occurs in. */
  papers: number;
  /** Up to TERM_PAPERS_SHOWN of them, the most recent first. */
  paperIds: string[];
}

/** Paper ids a term lists in the bundle; the details panel shows as many. */
export const TERM_PAPERS_SHOWN = 50;
/** Paper ids a term–term link lists as evidence in the bundle (its weight gives the count). */
export const TERM_EDGE_PAPERS_SHOWN = 10;

export interface BundleNode {
  /** Paper id, author id or term id, depending on the graph. */
  id: string;
  label: string;
  x: number;
  y: number;
  community: number;
  /** The community's colour, as #rrggbb. */
  color: string;
  metrics: Record<MetricName, number>;
  /** Distinct publication years of the node's papers (sorted); empty when unknown. */
  years: number[];
  /** Distinct arXiv categories of the node's papers (sorted). */
  categories: string[];
}

export interface BundleEdge {
  source: string;
  target: string;
  /** Joint papers (co-author), cosine similarity (papers), co-occurrences (terms). */
  weight: number;
  /** Why the two nodes are linked. */
  evidence: {
    /** Joint paper ids (co-author), papers where both terms occur (terms). */
    papers?: string[];
    /** Strongest shared terms (papers). */
    terms?: string[];
  };
  /** Co-author: Σ 1/(n−1) over the joint papers. */
  fractional?: number;
  /** Terms: VOSviewer's association strength. */
  association?: number;
}

export interface BundleCommunity {
  id: number;
  label: string;
  /** The most distinctive terms, best first. */
  terms: string[];
  size: number;
  color: string;
  /** 0..1: how consistently its members stayed together across Louvain seeds. */
  stability: number;
}

/** What a node of a graph is; the view's details, search and links go by it, not by the graph. */
export type Entity = 'author' | 'paper' | 'term' | 'reference';

export interface BundleGraph {
  /** The graph's kind in the pipeline's registry ("coauthor", "papers", "terms", …). */
  kind: string;
  entity: Entity;
  title: string;
  nodes: BundleNode[];
  edges: BundleEdge[];
  communities: BundleCommunity[];
  modularity: number | null;
  /** Set when the bundle carries only part of a graph too large to draw smoothly. */
  filtered?: {
    totalNodes: number;
    totalEdges: number;
    rule: string;
  };
}

export interface ViewBundle {
  version: 1;
  /** Every paper a drawn node or link refers to (not every paper of a large corpus). */
  papers: Record<string, BundlePaper>;
  /** The co-author graph's drawn authors and the authors of drawn papers. */
  authors: Record<string, BundleAuthor>;
  terms: Record<string, BundleTerm>;
  graphs: BundleGraph[];
}
