// The benchmark's figures, as bench/results.json holds them: shared by the child that measures
// one size (bench-one.ts), the driver (run-bench.ts), the targets and the printed table.
import type { MachineSpeed } from './machine-speed';
import type { ViewAction } from './view-actions';

export interface StageFigure {
  stage: string;
  /** What the stage did, as the pipeline describes it. */
  detail: string;
  seconds: number;
  /** CPU seconds of every thread while the stage ran (stages overlap: see pipeline/stages.ts). */
  cpuSeconds: number;
  /** The process's peak RSS while the stage ran, not since the run started. */
  peakRssMib: number;
}

export interface GraphFigure {
  kind: string;
  nodes: number;
  edges: number;
  communities: number;
  modularity: number | null;
}

/** Recovered communities scored against a planted partition, over the items both name. */
export interface NmiScore {
  nmi: number;
  /** Items found in both the output and the truth. */
  matched: number;
  /** Items in the truth, and labelled items in the output. */
  planted: number;
  recovered: number;
  plantedClusters: number;
  recoveredClusters: number;
}

/** Citations found inside the corpus against the planted ones (truth-citations.ts). */
export interface CitationScore {
  /** Planted citations of corpus papers, and those of them a record lets the pipeline find. */
  planted: number;
  findable: number;
  /** Citations the pipeline found, and the planted findable ones among them. */
  found: number;
  recovered: number;
  /** recovered / findable. */
  recall: number;
  /** Found citations that were planted, over all found. */
  precision: number;
}

/** What bench-one.ts reports for a run that reached its outputs. */
export interface RunMeasures {
  /** Corpus generation, in its own process: not part of the pipeline's figures. Null when the
   *  run reused the corpus of an earlier run at the same size (another --algorithm). */
  generationSeconds: number | null;
  /** Importing the pipeline's modules before the run (not in the total), and the RSS by then:
   *  the floor under every stage's figure. */
  loadSeconds: number;
  loadRssMib: number;
  /** From files to every output: the runPipeline() call. */
  total: { seconds: number; cpuSeconds: number; peakRssMib: number };
  /** terms: the term map's; linkTerms: those the paper graph links by; unlinkedPapers: papers without a link in it (run.json's unclusteredPapers). */
  counts: { files: number; records: number; papers: number; authors: number; terms: number; linkTerms: number; unlinkedPapers: number; rejects: number };
  graphs: GraphFigure[];
  nmi: {
    /** Paper-graph communities vs planted topics (papers matched by title key). */
    papers: NmiScore | null;
    /** Co-author communities vs planted author groups, over authors with a co-author link. */
    authors: NmiScore | null;
  };
  /** Null when the output has no direct-citation graph (no reference matched a paper). */
  citations: CitationScore | null;
  outDir: string;
}

/** One line of bench-one.ts's stdout: a stage as it finishes, then its measures or its error. */
export type ChildMessage = { stage: StageFigure } | { measures: RunMeasures } | { error: string };

export interface RunResult {
  papers: number;
  /** The --algorithm the pipeline ran with; null when it has no such option. */
  algorithm: string | null;
  /** Stages that finished, also when the run failed later. */
  stages: StageFigure[];
  measures: RunMeasures | null;
  /** Why the run has no measures (the child's message, or how it died). */
  error: string | null;
}

/** What bench/igraph/pipeline.py prints as its last line (a subset: the figures the bench reads). */
export interface IgraphReport {
  /** From files to every output, after the imports. */
  wallSeconds: number;
  importSeconds: number;
  /** Of wallSeconds: the Fruchterman-Reingold layouts. */
  layoutSeconds: number;
  /** User + system of the whole process, imports included (getrusage). */
  cpuSeconds: number;
  peakRssMib: number;
  counts: { files: number; records: number; papers: number; rejects: number; terms: number; mapTerms: number };
  graphs: { kind: string; nodes: number; edges: number; communities: number; modularity: number; betweenness: string }[];
  nmiPapers: { nmi: number; matched: number } | null;
}

/** The igraph pipeline on one size's corpus, in a process of its own (bench/igraph-run.ts). */
export interface IgraphRun {
  papers: number;
  /** Start to exit of the process, measured by the bench. */
  processSeconds: number | null;
  report: IgraphReport | null;
  /** Why there is no report (Python or its packages missing, a crash). */
  error: string | null;
}

export interface ViewTiming {
  /** The run whose bundle was shown: the largest size that produced one. */
  papers: number;
  bundle: string;
  /** The graph shown: the bundle's largest (nodes + edges). */
  graph: string;
  nodes: number;
  edges: number;
  /** First frame after navigation start, per page load. */
  loadsMs: number[];
  medianMs: number;
  /** From each action's event to the next frame (view-actions.ts), per page load. */
  actionsMs: Record<ViewAction, number[]>;
  actionMedianMs: Record<ViewAction, number>;
}

export type ViewResult = ({ ok: true } & ViewTiming) | { ok: false; papers: number; bundle: string; error: string };

export type TargetStatus = 'pass' | 'fail' | 'not-run';

export interface Target {
  name: string;
  status: TargetStatus;
  /** The measured value, or why there is none. */
  value: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGib: number;
  os: string;
  node: string;
  /**
   * bench/machine-speed.ts before the first run and after the last: the yardstick figures of
   * different days compare by (this virtual machine's speed moves by up to 2× within an hour).
   */
  speed: { before: MachineSpeed; after: MachineSpeed };
}

export interface BenchResults {
  date: string;
  machine: Machine;
  seed: number;
  /** The pipeline's --engine (auto: its own choice per size, in each run.json). */
  engine: string;
  sizes: number[];
  runs: RunResult[];
  view: ViewResult | null;
  /** One per size with --igraph; null without it. */
  igraph: IgraphRun[] | null;
  targets: Target[];
}
