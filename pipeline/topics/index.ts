// The topics stage: key terms per paper from title and abstract.
//
// 1. extractPhrases per paper (wink-nlp noun phrases, singular heads, stop words out);
// 2. TermMerge: acronyms defined anywhere ("Sharpness-Aware Minimization (SAM)") stand for their
//    long form everywhere, then the thesaurus, then spelling variants become one term;
// 3. terms in at least `minPapers` papers are candidates; those clustered beyond chance
//    (relevance.ts) and among the most relevant share are kept, at most `maxTerms`.

import type { Term, TermCount, TopicModel } from '../model';
import { compareStrings } from '../compare';
import { TermMerge } from './merge';
import type { TaskWorker } from '../worker-thread';
import { extractAllPhrases } from './extract-parallel';
import type { PhraseTable } from './phrase-table';
import { termRelevance } from './relevance';
import type { Thesaurus } from './thesaurus';

export { extractPhrases } from './phrases';
export { variantKey } from './merge';
export { parseThesaurus, type Thesaurus } from './thesaurus';

interface TopicOptions {
  /**
   * Keep terms found in at least this many papers. 'auto': max(2, ⌈papers / 2000⌉), i.e. 2 up to
   * 4,000 papers (a small corpus needs every repeated term), 50 at 100,000 (a term in fewer than
   * 0.05% of the papers is too rare to shape a map of that size).
   */
  minPapers: number | 'auto';
  /**
   * Keep only terms with a relevance above this (relevance.ts). 0.25: the term fills at most 84%
   * (2^−0.25) of the papers its occurrences would if scattered at random. Words said once wherever
   * they appear ("training data", "accuracy") and a field's everyday words ("model", "training",
   * ≈ 0.2 on the seeds) stay below; topics, even frequent ones ("neural network" ≈ 0.5), pass.
   */
  minRelevance: number;
  /**
   * Keep at most this share of the candidates, the most relevant first. 0.6 as in VOSviewer: on a
   * large corpus, where most candidates pass minRelevance, it still drops the least topical.
   */
  relevanceShare: number;
  /**
   * At most this many terms (the most frequent of the relevant ones): a term map stays readable,
   * and a graph of a few thousand nodes stays smooth in the view.
   */
  maxTerms: number;
  thesaurus?: Thesaurus;
}

export const TOPIC_DEFAULTS: TopicOptions = {
  minPapers: 'auto',
  minRelevance: 0.25,
  relevanceShare: 0.6,
  maxTerms: 2000,
};

export interface TopicInput {
  id: string;
  title: string;
  abstract: string;
}

export function minPapersFor(paperCount: number, option: number | 'auto'): number {
  return option === 'auto' ? Math.max(2, Math.ceil(paperCount / 2000)) : option;
}

/** The model; the phrase extraction is spread over threads on large corpora (extract-parallel.ts). */
export async function buildTopicModel(
  papers: readonly TopicInput[],
  options: Partial<TopicOptions> = {},
  run: { onProgress?: (done: number, total: number) => void; workers?: readonly TaskWorker[]; threads?: number; minThreadMs?: number } = {},
): Promise<TopicModel> {
  const sorted = sortById(papers);
  return modelFromPhrases(sorted, await extractAllPhrases(sorted.map(paperText), run), options);
}

function paperText(paper: TopicInput): string {
  return `${paper.title}.\n${paper.abstract}`;
}

function sortById(papers: readonly TopicInput[]): TopicInput[] {
  const sorted = [...papers].sort((a, b) => compareStrings(a.id, b.id));
  sorted.forEach((paper, k) => {
    if (k > 0 && sorted[k - 1]?.id === paper.id) throw new Error(`topics: duplicate paper id ${paper.id}`);
  });
  return sorted;
}

/** Text k of `table` is `sorted[k]`. */
function modelFromPhrases(sorted: readonly TopicInput[], table: PhraseTable, options: Partial<TopicOptions>): TopicModel {
  const opts: TopicOptions = { ...TOPIC_DEFAULTS, ...options };
  const counts = new Array<number>(table.phrases.length).fill(0);
  for (const id of table.ids) counts[id]!++;
  const paperPhrases = sorted.map((_, k) => table.ids.subarray(table.offsets[k], table.offsets[k + 1]));
  const surfaces = new Map(table.surfaces);
  const merge = new TermMerge(table.phrases, counts, table.definitions, opts.thesaurus);

  const paperCounts = paperPhrases.map((phrases) => {
    const terms = new Map<number, number>();
    for (const phrase of phrases) {
      const term = merge.termOf[phrase] ?? -1;
      if (term >= 0) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    return terms;
  });
  const termCount = merge.ids.length;
  const papersWith = new Int32Array(termCount);
  const occurrences = new Int32Array(termCount);
  for (const terms of paperCounts) {
    for (const [term, n] of terms) {
      papersWith[term] = (papersWith[term] ?? 0) + 1;
      occurrences[term] = (occurrences[term] ?? 0) + n;
    }
  }
  const minPapers = minPapersFor(sorted.length, opts.minPapers);
  const candidates: Candidate[] = [];
  for (let term = 0; term < termCount; term++) {
    const n = papersWith[term] ?? 0;
    if (n < minPapers) continue;
    const relevance = termRelevance(occurrences[term] ?? 0, n, sorted.length);
    candidates.push({ term, id: merge.ids[term] ?? '', papers: n, relevance });
  }
  const kept = selectTerms(candidates, opts);

  const keptTerms = new Set(kept.map((c) => c.term));
  const variants = merge.variantsOf(keptTerms, surfaces);
  const acronyms = merge.acronymsOf();
  const terms: Term[] = kept
    .map(({ term, id, papers, relevance }) => {
      const short = acronyms.get(term);
      return {
        id,
        label: short ? `${id} (${short.join(', ')})` : id,
        variants: variants.get(term) ?? [],
        occurrences: occurrences[term] ?? 0,
        papers,
        relevance,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));

  const paperTerms = new Map<string, TermCount[]>();
  sorted.forEach((paper, p) => {
    const list: TermCount[] = [];
    for (const [term, count] of paperCounts[p] ?? []) {
      if (keptTerms.has(term)) list.push({ term: merge.ids[term] ?? '', count });
    }
    paperTerms.set(paper.id, list.sort((a, b) => compareStrings(a.term, b.term)));
  });
  return { terms, paperTerms };
}

interface Candidate {
  term: number;
  id: string;
  papers: number;
  relevance: number;
}

/**
 * The candidates above minRelevance and within the most relevant share, then at most maxTerms of
 * them, the most frequent. Ties are broken by id, so the choice never depends on input order.
 */
function selectTerms(candidates: readonly Candidate[], opts: TopicOptions): Candidate[] {
  return candidates
    .filter((c) => c.relevance > opts.minRelevance)
    .sort((a, b) => b.relevance - a.relevance || b.papers - a.papers || compareStrings(a.id, b.id))
    .slice(0, Math.ceil(candidates.length * opts.relevanceShare))
    .sort((a, b) => b.papers - a.papers || b.relevance - a.relevance || compareStrings(a.id, b.id))
    .slice(0, opts.maxTerms);
}
