// run.json: everything needed to tell how an output was made. Only `stages` (wall, CPU, memory)
// changes between identical runs. It is written last: its tool name marks the folder as a citegraph output
// (output-marker.ts), and `outputs` lists what the run wrote, so the next run replaces that and
// keeps anything else.
import { readFileSync } from 'node:fs';
import type { AnalysedGraph, NodeEstimate } from '../analysis/types';
import type { LaidOutGraph } from '../layout/types';
import type { CitationModel, Corpus, TopicModel } from '../model';
import type { PipelineOptions } from '../options';
import { topKFor } from '../graphs/paper-topics';
import { TOOL_NAME } from '../output-marker';
import type { StageMeasure } from '../stages';
import { minPapersFor } from '../topics/index';
import type { TimeModel } from '../time/index';
import type { Engine } from '../engine/choose';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Installed versions of every library that computes or writes a result. */
function libraryVersions(): Record<string, string> {
  const names = [
    'graphology', 'graphology-communities-louvain', 'networkanalysis-ts', 'graphology-metrics', 'graphology-layout-forceatlas2',
    'graphology-layout-noverlap', 'seedrandom', 'wink-nlp', 'wink-eng-lite-web-model', 'papaparse',
  ];
  return Object.fromEntries(
    names.map((name) => [name, (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version]),
  );
}

/** How betweenness, closeness, PageRank and eigenvector were computed; sampled top nodes named by their labels. */
function centralityNotes({ graph, centrality }: AnalysedGraph) {
  const { betweenness, work, sampling, pagerank, eigenvector } = centrality.notes;
  const labelled = (list: readonly NodeEstimate[]) => list.map((e) => ({ node: e.node, label: graph.getNodeAttribute(e.node, 'label') as string, value: e.value, standardError: e.standardError }));
  return {
    betweenness,
    betweennessWork: work,
    ...(sampling ? { sampling: { ...sampling, top: { betweenness: labelled(sampling.top.betweenness), closeness: labelled(sampling.top.closeness) } } } : {}),
    pagerank,
    eigenvector,
  };
}

interface ManifestInput {
  paths: readonly string[];
  options: PipelineOptions;
  /** The thesaurus and stop word files read, when given. */
  termFiles: { thesaurus?: FileRead | undefined; stopwords?: FileRead | undefined };
  corpus: Corpus;
  topics: TopicModel;
  citations: CitationModel;
  graphs: readonly LaidOutGraph[];
  time: TimeModel;
  /** Graph kind → why it was not built. */
  skipped: Record<string, string>;
  /** Graph file (in graphs/) → why it was not written. */
  filesNotWritten: Record<string, string>;
  /** Wall, CPU and peak memory per stage: the only part that differs between runs. */
  stages: Record<string, StageMeasure>;
  outputs: readonly string[];
  /** Where the pair counts ran (--engine, auto resolved). */
  engine: Engine;
}

interface FileRead {
  path: string;
  sha256: string;
}

export function runManifest({ paths, options, termFiles, corpus, topics, citations, graphs, time, skipped, filesNotWritten, stages, outputs, engine }: ManifestInput) {
  const { files } = corpus;
  const perGraph = <T>(value: (g: LaidOutGraph) => T) => Object.fromEntries(graphs.map((g) => [g.kind, value(g)]));
  return {
    tool: { name: TOOL_NAME, version: packageVersion, node: process.version, libraries: libraryVersions() },
    outputs,
    inputs: paths,
    options,
    // What the options left to an automatic default came to (the others are as given above).
    effectiveOptions: {
      'min-papers': Math.round(minPapersFor(corpus.papers.length, options['min-papers'] ?? 'auto') * 1000) / 1000,
      'top-k': topKFor(corpus.papers.length, options['top-k'] ?? 'auto'),
      engine,
      runs: perGraph((g) => g.communities.runs),
      pivots: perGraph((g) => g.centrality.notes.sampling?.pivots ?? null),
      thesaurus: termFiles.thesaurus ?? null,
      stopwords: termFiles.stopwords ?? null,
      // The time slices of the thematic evolution, after merging those of too few papers.
      slices: time.evolution.slices.map((s) => ({ years: s.label, papers: s.papers })),
    },
    // What the topics stage dropped from the abstracts as boilerplate before reading terms.
    boilerplate: topics.boilerplate,
    files,
    counts: {
      files: files.length,
      records: corpus.recordCount,
      papers: corpus.papers.length,
      papersInSeveralFiles: corpus.papers.filter((p) => new Set(p.sources.map((s) => s.file)).size > 1).length,
      authors: corpus.authors.length,
      profiles: corpus.profiles.length,
      terms: topics.terms.length,
      // The paper graph's vocabulary: the map's terms and the kept terms past its cap.
      linkTerms: topics.linkTerms.ids.length,
      citedWorks: citations.works.length,
      citationsInCorpus: citations.links.length,
      rejects: corpus.rejects.length,
      warnings: corpus.warnings.length + citations.warnings.length,
      bursts: time.bursts.length,
      themes: time.themes.length,
      ...Object.assign({}, ...graphs.map((g) => g.notes)),
    },
    graphs: Object.fromEntries(
      graphs.map((g) => [
        g.kind,
        {
          nodes: g.graph.order,
          edges: g.graph.size,
          communities: g.communities.count,
          modularity: g.communities.modularity,
          algorithm: options.algorithm,
          runs: g.communities.runs,
          components: g.centrality.notes.components,
          // The edge attributes read as tie strength (README: Metrics).
          weights: { communities: g.communityWeight, centrality: g.centralityWeight },
          ...centralityNotes(g),
          // How far the layout keeps the communities apart in the drawing (layout/silhouette.ts).
          silhouette: g.silhouette === null ? null : Math.round(g.silhouette * 1e6) / 1e6,
        },
      ]),
    ),
    skippedGraphs: skipped,
    graphFilesNotWritten: filesNotWritten,
    timeNotes: time.evolution.notes,
    stages,
  };
}
