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
 * What the nodes of a directed graph carry beside METRICS: links received and sent. In a
 * citation graph in-degree is the local citation score (citations from the papers drawn).
 */
export const DIRECTED_METRICS = ['inDegree', 'outDegree'] as const;
export type DirectedMetricName = (typeof DIRECTED_METRICS)[number];

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
  /** The largest count of citing works a source gives: the global citation score. */
  citedBy?: number;
  /** The normalised identifiers the view links out by (pipeline/id-links.ts), checked again there. */
  ids: Partial<Record<LinkedKind, string>>;
  /** A drawn paper's page as a source gives it, when an http(s) address (id-links.ts checks it again). */
  url?: string;
  /**
   * A drawn paper, when the corpus cites itself: the papers of the corpus citing it (its local
   * citation score) and those it cites, counted whole; `citingPapers` and `cites` list up to
   * CITATION_PAPERS_SHOWN of each, the newest first, and are left out when empty.
   */
  localCitations?: number;
  localReferences?: number;
  citingPapers?: string[];
  cites?: string[];
}

/** Papers a drawn paper lists as citing it, and as cited by it. */
export const CITATION_PAPERS_SHOWN = 50;

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

/** A cited work that a drawn node (co-citation) or a link's evidence (coupling) refers to. */
export interface BundleReference {
  /** "Aria M 2017, J INFORMETR", as the references write it. */
  label: string;
  /** Normalised, when a reference gives it; the view links it only once checked (id-links.ts). */
  doi?: string;
  /** Papers of the corpus citing it. */
  citations: number;
  /** Up to REFERENCE_PAPERS_SHOWN of them, the newest first. */
  paperIds: string[];
  /** The paper of the corpus it is, when a reference matched one. */
  paperId?: string;
}

/** Citing papers a reference lists in the bundle. */
export const REFERENCE_PAPERS_SHOWN = 50;

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
  /** DIRECTED_METRICS too on a directed graph. */
  metrics: Record<MetricName, number> & Partial<Record<DirectedMetricName, number>>;
  /**
   * Distinct publication years of the node's papers (sorted); empty when unknown. A reference's
   * papers are those citing it.
   */
  years: number[];
  /** Distinct arXiv categories of the node's papers (sorted). */
  categories: string[];
  /** Mean publication year of its dated papers, when one is dated (analysis/node-times.ts). */
  meanYear?: number;
  /** Mean of its papers' citation counts (the databases'), when one has a count. */
  meanCitations?: number;
}

export interface BundleEdge {
  /** In a directed graph, the citing paper; the target is the cited one. */
  source: string;
  target: string;
  /**
   * Joint papers (co-author), cosine similarity (papers), co-occurrences (terms), shared
   * references (coupling), co-citing papers (co-citation), 1 or 2 (citations), the relative SPC
   * (main path).
   */
  weight: number;
  /** Why the two nodes are linked. */
  evidence: {
    /** Joint paper ids (co-author), papers where both terms occur (terms), papers citing both (co-citation). */
    papers?: string[];
    /** Strongest shared terms (papers). */
    terms?: string[];
    /** Shared cited works, keys of ViewBundle.references, the rarest first (coupling). */
    references?: string[];
  };
  /** Co-author: Σ 1/(n−1) over the joint papers. */
  fractional?: number;
  /** Terms and co-citation: VOSviewer's association strength. */
  association?: number;
  /** Citations: the two papers cite each other (one edge for both). */
  mutual?: true;
  /** Direct citation: the citation is on the main path. */
  mainPath?: true;
  /** On the main path: the citation's search path count relative to the highest (1 for the top key route). */
  spc?: number;
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
  /** Edges run from source to target (the citing to the cited paper). */
  directed?: true;
  /** 'years': x is the nodes' publication year, linear in it (a historiograph). */
  layout?: 'years';
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

/** A term or cited reference in a burst (time/bursts.ts): more papers than its usual rate in begin..end. */
export interface BundleBurst {
  kind: 'term' | 'reference';
  /** A key of ViewBundle.terms or ViewBundle.references. */
  item: string;
  label: string;
  /** Kleinberg's weight: how much better the burst rate fits those years. */
  strength: number;
  begin: number;
  end: number;
  /** Papers with the term, or citing the reference, in those years. */
  weight: number;
}

/** A term community on the thematic map (time/thematic-map.ts). */
export interface BundleTheme {
  /** The community's id in the term graph. */
  community: number;
  label: string;
  /** Terms. */
  size: number;
  centrality: number;
  density: number;
  quadrant: 'motor' | 'niche' | 'emerging or declining' | 'basic';
  papers: number;
  meanYear?: number;
  /** The community's colour in the term graph. */
  color: string;
}

/** Themes of consecutive time slices and their inclusion-index links (time/evolution.ts). */
export interface BundleEvolution {
  slices: { label: string; from: number; to: number; papers: number }[];
  themes: { slice: number; community: number; label: string; papers: number; terms: number }[];
  /** Indexes into themes; weight is the inclusion index. */
  links: { from: number; to: number; weight: number; shared: string[] }[];
}

export interface BundleTime {
  bursts: BundleBurst[];
  themes: BundleTheme[];
  evolution: BundleEvolution;
}

/** Shared terms an evolution link lists in the bundle (evolution.csv has them all). */
export const EVOLUTION_SHARED_SHOWN = 10;

/** A bar of a count plot: what is counted and its papers. */
export interface OverviewCount {
  name: string;
  papers: number;
}

export interface OverviewAuthor {
  id: string;
  name: string;
  papers: number;
  /** Σ 1/n over their papers, n the paper's authors (fractional counting). */
  fractional: number;
}

export interface OverviewCited {
  id: string;
  title: string;
  /** "Aria 2017": first author and year, those the paper has. */
  label: string;
  /** The databases' count (global citation score). */
  citedBy?: number;
  /** Papers of the corpus citing it (local citation score), where the input has references. */
  localCitations?: number;
}

/** Lotka's law: the share of authors with n papers ≈ constant · n^−exponent (analysis/lotka.ts). */
export interface OverviewLotka {
  /** Authors with n papers, n ascending. */
  distribution: { papers: number; authors: number }[];
  /** Least squares of log10(share of authors) on log10(n), as bibliometrix's lotka(). */
  exponent: number;
  constant: number;
  /** Of the fit on the log-log scale. */
  r2: number;
}

/** Authors per paper, over the papers that name or count their authors. */
export interface OverviewCollaboration {
  papers: number;
  singleAuthored: number;
  /** Author appearances per paper (bibliometrix's "co-authors per doc"). */
  authorsPerPaper: number;
  /** Authors of multi-authored papers per multi-authored paper (Elango & Rajendran); null with none. */
  collaborationIndex: number | null;
  /** Papers by their number of authors, 1 … COLLABORATION_BARS, the last bar that many or more. */
  distribution: { authors: number; papers: number }[];
}

/** Bars of the authors-per-paper plot; the last gathers papers with as many authors or more. */
export const COLLABORATION_BARS = 10;
/** Entries of each "most …" plot of the overview. */
export const OVERVIEW_TOP = 15;

/**
 * The corpus described as bibliometrix's descriptive analysis does, over every paper (not only
 * the drawn ones). An empty list or null: the input does not give it (no years, no counts, …).
 */
export interface BundleOverview {
  papers: number;
  authors: number;
  /** Papers per year, years ascending, with no gaps inside the range. */
  years: { year: number; papers: number }[];
  undated: number;
  /** By papers (full counting), up to OVERVIEW_TOP. */
  topAuthors: OverviewAuthor[];
  /** Journals or proceedings by papers, up to OVERVIEW_TOP; `sources`: how many distinct. */
  topSources: OverviewCount[];
  sources: number;
  /** By the databases' count; null when no source gives one. */
  mostCited: OverviewCited[] | null;
  /** By citations inside the corpus; null when no paper has references. */
  mostCitedLocally: OverviewCited[] | null;
  /** As the databases name them, by papers, up to OVERVIEW_TOP; `types`: how many distinct, `untyped`: papers with none. */
  documentTypes: OverviewCount[];
  types: number;
  untyped: number;
  /** null with fewer than two distinct paper counts (nothing to fit). */
  lotka: OverviewLotka | null;
  /** null when no paper names or counts its authors. */
  collaboration: OverviewCollaboration | null;
}

export interface ViewBundle {
  version: 1;
  /** Bursts, the thematic map and the thematic evolution; absent in a bundle from an older run. */
  time?: BundleTime;
  /** The descriptive analysis the overview page plots; absent in a bundle from an older run. */
  overview?: BundleOverview;
  /** Every paper a drawn node or link refers to (not every paper of a large corpus). */
  papers: Record<string, BundlePaper>;
  /** The co-author graph's drawn authors and the authors of drawn papers. */
  authors: Record<string, BundleAuthor>;
  terms: Record<string, BundleTerm>;
  /** Cited works by key ("doi:10.1016/…", "ref:aria m|2017|…"). */
  references: Record<string, BundleReference>;
  graphs: BundleGraph[];
}
