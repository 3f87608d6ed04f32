// Topic quality without the whole run: only the stages the paper communities depend on (ingest,
// corpus, topics, the paper graph, its communities), each as the run does it, scored against
// the planted topics. Issue 20's goals are about these stages; at 1,000,000 papers the whole run
// does not fit this machine (issue 19) while they do, so this is how they are measured there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { communityOptions } from '../pipeline/analysis/index';
import { detectCommunities } from '../pipeline/analysis/communities';
import { paperGraph } from '../pipeline/graphs/paper-topics';
import type { PipelineOptions } from '../pipeline/options';
import { analysisOptions, readCorpus, topicOptions } from '../pipeline/run';
import { buildTopicModel } from '../pipeline/topics/index';
import type { NmiScore } from './results';
import { scorePapers } from './truth-nmi';

export interface TopicQuality {
  papers: number;
  /** Terms of the term map, and the terms papers are linked by (past the map's cap). */
  mapTerms: number;
  linkTerms: number;
  /** Papers with no link in the paper graph: no community. */
  unlinkedPapers: number;
  paperLinks: number;
  communities: number;
  modularity: number | null;
  /** Linked papers' communities against the planted topics. */
  nmi: NmiScore | null;
}

/** `gen` holds a generated corpus (gen/corpus, gen/truth); `say` is told as each stage ends. */
export async function measureTopicQuality(gen: string, options: PipelineOptions, say: (line: string) => void = () => {}): Promise<TopicQuality> {
  // The run's own reading (ingest, corpus, thesaurus and stop words), its stage lines told to `say`.
  const stages = {
    run: async <T>(name: string, work: () => T | Promise<T>, describe: (result: T) => string) => {
      const result = await work();
      say(`${name}: ${describe(result)}`);
      return result;
    },
  };
  const { corpus, thesaurus, stopwords, phraseWorkers } = await readCorpus([join(gen, 'corpus')], options, stages);
  let topics;
  try {
    topics = await buildTopicModel(corpus.papers, topicOptions(options, thesaurus, stopwords), { workers: phraseWorkers });
  } finally {
    for (const worker of phraseWorkers) worker.close();
  }
  say(`topics: ${topics.terms.length} map terms, ${topics.linkTerms.ids.length} link terms`);
  const { graph } = await paperGraph.build({ corpus, options, topics }, {});
  say(`paper graph: ${graph.order} nodes, ${graph.size} links`);
  const communities = detectCommunities(graph, communityOptions(graph, paperGraph.communityWeight, analysisOptions(options)));
  say(`communities: ${communities.count}, Q=${communities.modularity?.toFixed(3) ?? 'n/a'}`);
  // The columns of papers.csv that scorePapers reads, as the run would write them.
  const rows = corpus.papers.map((p) => ({ title: p.title, community: graph.hasNode(p.id) ? communities.assignment[p.id] : '' }));
  return {
    papers: corpus.papers.length,
    mapTerms: topics.terms.length,
    linkTerms: topics.linkTerms.ids.length,
    unlinkedPapers: corpus.papers.length - graph.order,
    paperLinks: graph.size,
    communities: communities.count,
    modularity: communities.modularity,
    nmi: scorePapers(Papa.unparse(rows), readFileSync(join(gen, 'truth', 'papers.csv'), 'utf8')),
  };
}
