// Thematic evolution (Cobo et al. 2011, bibliometrix's thematicEvolution): the term graph of each
// time slice — the papers of those years, the terms found in at least two of them — clustered
// as the whole term graph is (association strength, the run's algorithm, seed and resolution),
// and each theme of a slice linked to the themes of the next one sharing terms with it, weighed
// by the inclusion index |A ∩ B| / min(|A|, |B|): 1 when one theme's terms all continue into
// the other.
import { autoRuns } from '../analysis/index';
import { detectCommunities } from '../analysis/communities';
import type { AnalysisOptions } from '../analysis/types';
import { compareStrings } from '../compare';
import { buildCooccurrenceGraph } from '../graphs/cooccurrence';
import type { TopicModel } from '../model';
import { span, type TimeSlice } from './slices';

export interface SliceTheme {
  /** Index into the slices. */
  slice: number;
  /** The community's number in its slice's term graph (0 = the largest). */
  community: number;
  /** Its most frequent terms in the slice, joined with " · ". */
  label: string;
  /** Term ids, most frequent in the slice first. */
  terms: string[];
  /** Papers of the slice with one of its terms. */
  papers: number;
}

export interface EvolutionLink {
  /** Indexes into the themes. */
  from: number;
  to: number;
  /** The inclusion index. */
  weight: number;
  /** The terms both share, most frequent first. */
  shared: string[];
}

export interface Evolution {
  slices: (TimeSlice & { label: string })[];
  themes: SliceTheme[];
  links: EvolutionLink[];
  /** Slices merged, and slices without a theme. */
  notes: string[];
}

/** A term is part of a slice's graph when found in this many of its papers. */
const MIN_SLICE_PAPERS_PER_TERM = 2;
/** Terms naming a slice's theme. */
const LABEL_TERMS = 3;

export function thematicEvolution(
  topics: TopicModel,
  slices: readonly TimeSlice[],
  yearOf: ReadonlyMap<string, number>,
  analysis: Pick<AnalysisOptions, 'algorithm' | 'seed' | 'resolution' | 'runs'>,
  notes: readonly string[] = [],
): Evolution {
  const labels = new Map(topics.terms.map((t) => [t.id, t.label]));
  const themes: SliceTheme[] = [];
  const allNotes = [...notes];
  slices.forEach((slice, index) => {
    const found = sliceThemes(topics, slice, yearOf, analysis, labels).map((t) => ({ ...t, slice: index }));
    if (found.length === 0) allNotes.push(`slice ${span(slice)}: no theme (no two terms occur together in its papers)`);
    themes.push(...found);
  });
  const links: EvolutionLink[] = [];
  themes.forEach((a, i) => {
    const terms = new Set(a.terms);
    themes.forEach((b, j) => {
      if (b.slice !== a.slice + 1) return;
      const shared = b.terms.filter((t) => terms.has(t));
      if (shared.length) links.push({ from: i, to: j, weight: shared.length / Math.min(a.terms.length, b.terms.length), shared });
    });
  });
  return { slices: slices.map((s) => ({ ...s, label: span(s) })), themes, links, notes: allNotes };
}

function sliceThemes(
  topics: TopicModel,
  slice: TimeSlice,
  yearOf: ReadonlyMap<string, number>,
  analysis: Pick<AnalysisOptions, 'algorithm' | 'seed' | 'resolution' | 'runs'>,
  labels: ReadonlyMap<string, string>,
): Omit<SliceTheme, 'slice'>[] {
  const documents = new Map<string, string[]>();
  const occurrences = new Map<string, number>();
  for (const [paper, counts] of topics.paperTerms) {
    const year = yearOf.get(paper);
    if (year === undefined || year < slice.from || year > slice.to) continue;
    documents.set(paper, counts.map((c) => c.term));
    for (const { term } of counts) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
  }
  const items = new Map([...occurrences].filter(([, n]) => n >= MIN_SLICE_PAPERS_PER_TERM).map(([id]) => [id, labels.get(id) ?? id] as const).sort(([a], [b]) => compareStrings(a, b)));
  const graph = buildCooccurrenceGraph(items, documents, 0);
  const { assignment } = detectCommunities(graph, {
    algorithm: analysis.algorithm, seed: analysis.seed, resolution: analysis.resolution, runs: analysis.runs ?? autoRuns(graph.size), weightAttribute: 'association',
  });
  const members = new Map<number, string[]>();
  for (const term of items.keys()) members.set(assignment[term]!, [...(members.get(assignment[term]!) ?? []), term]);
  const byFrequency = (a: string, b: string) => occurrences.get(b)! - occurrences.get(a)! || compareStrings(a, b);
  return [...members].filter(([, terms]) => terms.length > 1).sort(([a], [b]) => a - b).map(([community, terms]) => {
    const ranked = [...terms].sort(byFrequency);
    const held = new Set(ranked);
    let papers = 0;
    for (const termIds of documents.values()) if (termIds.some((t) => held.has(t))) papers++;
    return { community, label: ranked.slice(0, LABEL_TERMS).map((t) => labels.get(t) ?? t).join(' · '), terms: ranked, papers };
  });
}
