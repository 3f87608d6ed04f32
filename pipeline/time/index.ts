// The time stage: what the years of the papers tell once every graph is analysed — bursts of
// terms and cited references, the thematic map of the term communities, their evolution over
// time slices (each term's trend years are terms.csv's: time/trend-topics.ts). Everything here reads the corpus, the topic model,
// the citations and the analysed term graph; nothing writes to them.
import type { AnalysedGraph, AnalysisOptions } from '../analysis/types';
import type { CitationModel, Corpus, TopicModel } from '../model';
import { type Burst, findBursts } from './bursts';
import { type Evolution, thematicEvolution } from './evolution';
import type { BurstParameters } from './kleinberg';
import { sliceYears } from './slices';
import { type ThemePosition, themePositions } from './thematic-map';

export interface Theme extends ThemePosition {
  label: string;
  /** Papers with one of its terms. */
  papers: number;
  /** Their mean publication year; undefined when none is dated. */
  meanYear?: number;
}

export interface TimeModel {
  bursts: Burst[];
  themes: Theme[];
  evolution: Evolution;
}

export interface TimeOptions {
  bursts: BurstParameters;
  /** Cut years (`--slices`); undefined: equal-paper slices. */
  sliceYears: number[] | undefined;
  analysis: Pick<AnalysisOptions, 'algorithm' | 'seed' | 'resolution' | 'runs'>;
}

export function buildTimeModel(corpus: Corpus, topics: TopicModel, citations: CitationModel, terms: AnalysedGraph, options: TimeOptions): TimeModel {
  const yearOf = new Map<string, number>();
  for (const p of corpus.papers) if (p.year !== undefined) yearOf.set(p.id, p.year);
  const { slices, notes } = sliceYears([...yearOf.values()], options.sliceYears);
  return {
    bursts: findBursts(corpus, topics, citations, options.bursts),
    themes: thematicMap(terms, yearOf),
    evolution: thematicEvolution(topics, slices, yearOf, options.analysis, notes),
  };
}

/** The term graph's communities as themes, with their labels, papers and mean year. */
function thematicMap(terms: AnalysedGraph, yearOf: ReadonlyMap<string, number>): Theme[] {
  const communityOf = (node: string) => terms.communities.assignment[node]!;
  const positions = themePositions(terms.graph, communityOf, (node) => terms.papersOf(node).length);
  return positions.map((position) => {
    const info = terms.info[position.community]!;
    const papers = new Set(info.members.flatMap((m) => terms.papersOf(m)));
    let years = 0, dated = 0;
    for (const id of papers) {
      const year = yearOf.get(id);
      if (year !== undefined) (years += year), dated++;
    }
    return { ...position, label: info.label, papers: papers.size, ...(dated ? { meanYear: years / dated } : {}) };
  });
}
