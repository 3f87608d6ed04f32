// One path for every graph of the registry: build → structure (communities, centrality) → the
// layout on a worker thread while its edge report is written → community labels, once the topic
// model is there → its files for Gephi, VOSviewer, networkx/igraph and Pajek (export/graph-files.ts),
// on a worker thread when large. The caller starts each path as soon as the entry's needs are met,
// so paths overlap each other and the topics stage; a path ends without waiting for a worker
// writing its files, which the caller awaits before the run ends (the last graph's files were
// written while the main thread, with nothing left to do, waited for them).
import { join } from 'node:path';
import { analyseStructure, describeCommunities } from './analysis/index';
import type { AnalysisOptions, GraphSpec } from './analysis/types';
import { type GraphFiles, writeGraphFiles } from './export/graph-files';
import { writeEdgeReport, writeNodeReport } from './export/graph-reports';
import { graphTable } from './export/graph-table';
import type { GraphEntry, GraphInputs } from './graphs/types';
import { layoutForView } from './layout/index';
import type { LaidOutGraph, LayoutLimits } from './layout/types';
import type { TopicModel } from './model';
import { background } from './promises';

interface GraphPathContext {
  /** The folder the run writes into; graph files go to its graphs/. */
  dir: string;
  /** Corpus and options; topics when the entry needs them. */
  inputs: GraphInputs;
  /** Labels need the topic model whatever the graph. */
  topics: Promise<TopicModel>;
  analysis: AnalysisOptions;
  limits: LayoutLimits;
}

/** A graph through its path, and which of its files were written, once they are. */
export type GraphPathResult<E extends Record<string, unknown> = Record<string, unknown>> = LaidOutGraph<E> & { files: Promise<GraphFiles> };

export async function runGraphPath<E extends Record<string, unknown>>(entry: GraphEntry<E>, { dir, inputs, topics, analysis, limits }: GraphPathContext): Promise<GraphPathResult<E>> {
  const built = await entry.build(inputs, {});
  const spec: GraphSpec<E> = {
    kind: entry.kind,
    title: entry.title,
    entity: entry.entity,
    graph: built.graph,
    communityWeight: entry.communityWeight,
    centralityWeight: entry.centralityWeight,
    papersOf: entry.papersOf(inputs),
    notes: built.notes ?? {},
    directed: entry.directed ?? false,
  };
  const structured = await analyseStructure(spec, analysis);
  const placing = background(layoutForView(structured, { ...limits, method: entry.layout ?? 'force', ...(entry.layout === 'years' ? { yearOf: yearsOf(inputs) } : {}) }));
  if (entry.edgeReport) await writeEdgeReport(dir, structured, entry.edgeReport);
  const { view, positions, silhouette } = await placing;
  const laidOut: LaidOutGraph<E> = { ...describeCommunities(structured, inputs.corpus, await topics), view, positions, silhouette };
  if (entry.nodeReport) await writeNodeReport(dir, laidOut, entry.nodeReport, inputs);
  const files = background(writeGraphFiles(join(dir, 'graphs'), graphTable(laidOut, entry, inputs, inputs.options.exports === 'drawn')));
  return { ...laidOut, files };
}

/** A paper's year, for the layouts that put papers on a time axis. */
function yearsOf({ corpus }: GraphInputs): (paper: string) => number | undefined {
  const years = new Map(corpus.papers.map((p) => [p.id, p.year]));
  return (paper) => years.get(paper);
}
