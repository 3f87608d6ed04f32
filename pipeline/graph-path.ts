// One path for every graph of the registry: build → structure (communities, centrality) → the
// layout on a worker thread while its edge report is written → community labels, once the topic
// model is there → its GEXF and VOSviewer files. The caller starts each path as soon as the
// entry's needs are met, so paths overlap each other and the topics stage.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseStructure, describeCommunities } from './analysis/index';
import type { AnalysisOptions, GraphSpec } from './analysis/types';
import { gexfInput, writeGexf } from './export/gexf';
import { writeEdgeReport, writeNodeReport } from './export/graph-reports';
import { toVosviewerJson } from './export/vosviewer';
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

export async function runGraphPath<E extends Record<string, unknown>>(entry: GraphEntry<E>, { dir, inputs, topics, analysis, limits }: GraphPathContext): Promise<LaidOutGraph<E>> {
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
  await writeFile(join(dir, 'graphs', `${entry.kind}.vosviewer.json`), toVosviewerJson({ ...structured, view, positions, silhouette }));
  const laidOut: LaidOutGraph<E> = { ...describeCommunities(structured, inputs.corpus, await topics), view, positions, silhouette };
  if (entry.nodeReport) await writeNodeReport(dir, laidOut, entry.nodeReport, inputs);
  await writeGexf(join(dir, 'graphs', `${entry.kind}.gexf`), gexfInput(laidOut));
  return laidOut;
}

/** A paper's year, for the layouts that put papers on a time axis. */
function yearsOf({ corpus }: GraphInputs): (paper: string) => number | undefined {
  const years = new Map(corpus.papers.map((p) => [p.id, p.year]));
  return (paper) => years.get(paper);
}
