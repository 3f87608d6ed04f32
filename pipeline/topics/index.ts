// The topics stage: key terms per paper from its title and abstract, its keywords, or both.
//
// 1. boilerplate (text recurring verbatim in many abstracts) is dropped (boilerplate.ts);
// 2. extractPhrases per paper (wink-nlp noun phrases, stop words out), and each keyword whole;
// 3. TermMerge: acronyms defined anywhere ("Sharpness-Aware Minimization (SAM)") stand for their
//    long form everywhere, then the thesaurus and the stop words, then spelling variants and
//    plurals become one term;
// 4. terms in enough papers are candidates; those clustered beyond chance (relevance.ts) and
//    among the most relevant share, or keywords of enough papers, are kept (select.ts): at most
//    `maxTerms` make the term map; the same tests at a threshold that does not grow with the
//    corpus give the terms that link papers (link-terms.ts).

import type { Term, TermCount, TopicModel } from '../model';
import { compareStrings } from '../compare';
import { BOILERPLATE_DEFAULTS, type BoilerplateOptions, removeBoilerplate } from './boilerplate';
import { TermMerge } from './merge';
import type { TaskWorker } from '../worker-thread';
import { extractAllPhrases } from './extract-parallel';
import { keywordPhrases } from './keywords';
import { linkTermRows } from './link-terms';
import { type PhraseTable, tabulate } from './phrase-table';
import { termRelevance } from './relevance';
import { type Candidate, linkMinPapersFor, minPapersFor, selectTerms } from './select';
import type { Thesaurus } from './thesaurus';

export { extractPhrases } from './phrases';
export { variantKey } from './merge';
export { minPapersFor } from './select';
export { parseStopwords, parseThesaurus, type Thesaurus } from './thesaurus';

/** Where terms come from: the text (noun phrases), the keywords records carry, or both. */
export const TERM_SOURCES = ['from-text', 'keywords', 'both'] as const;
export type TermSource = (typeof TERM_SOURCES)[number];

export interface TopicOptions {
  source: TermSource;
  /** Keep terms found in at least this many papers; 'auto': see minPapersFor (select.ts). */
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
   * At most this many terms in the term map (the most frequent of the relevant ones): it stays
   * readable, and a graph of a few thousand nodes stays smooth in the view. The paper graph
   * links papers by every kept term, past this cap.
   */
  maxTerms: number;
  thesaurus?: Thesaurus;
  /** Terms dropped, named by term or by label. */
  stopwords?: readonly string[];
  boilerplate: BoilerplateOptions;
}

export const TOPIC_DEFAULTS: TopicOptions = {
  source: 'from-text',
  minPapers: 'auto',
  minRelevance: 0.25,
  relevanceShare: 0.6,
  maxTerms: 2000,
  boilerplate: BOILERPLATE_DEFAULTS,
};

export interface TopicInput {
  id: string;
  title: string;
  abstract: string;
  authorKeywords?: readonly string[];
  indexKeywords?: readonly string[];
}

type RunOptions = { onProgress?: (done: number, total: number) => void; workers?: readonly TaskWorker[]; threads?: number; firstThreadMs?: number; minThreadMs?: number };

/** The model; the phrase extraction is spread over threads on large corpora (extract-parallel.ts). */
export async function buildTopicModel(papers: readonly TopicInput[], options: Partial<TopicOptions> = {}, run: RunOptions = {}): Promise<TopicModel> {
  const opts: TopicOptions = { ...TOPIC_DEFAULTS, ...options };
  const sorted = sortById(papers);
  const fromText = opts.source !== 'keywords';
  const { texts: abstracts, report } = removeBoilerplate(fromText ? sorted.map((p) => p.abstract) : [], opts.boilerplate);
  const texts = abstracts.map((abstract, k) => `${sorted[k]!.title}.\n${abstract}`);
  // Keywords only: no text to tag, and the workers started for it are not needed.
  if (!fromText) for (const worker of run.workers ?? []) worker.close();
  const table = fromText ? await extractAllPhrases(texts, run) : tabulate(sorted.map(() => ({ phrases: [], surfaces: [], definitions: [] })));
  const keywords = tabulate(sorted.map((p) => keywordPhrases(opts.source === 'from-text' ? [] : [...(p.authorKeywords ?? []), ...(p.indexKeywords ?? [])])));
  return { ...modelFromPhrases(sorted, table, keywords, opts), boilerplate: report };
}

function sortById(papers: readonly TopicInput[]): TopicInput[] {
  const sorted = [...papers].sort((a, b) => compareStrings(a.id, b.id));
  sorted.forEach((paper, k) => {
    if (k > 0 && sorted[k - 1]?.id === paper.id) throw new Error(`topics: duplicate paper id ${paper.id}`);
  });
  return sorted;
}

/** Text k of `table` and keyword list k of `keywords` are `sorted[k]`'s; a keyword counts as one occurrence. */
function modelFromPhrases(sorted: readonly TopicInput[], table: PhraseTable, keywords: PhraseTable, opts: TopicOptions): Omit<TopicModel, 'boilerplate'> {
  // One vocabulary: the text's phrases, then the keywords not among them.
  const phrases = [...table.phrases];
  const index = new Map(phrases.map((phrase, id) => [phrase, id]));
  const keywordId = Int32Array.from(keywords.phrases, (phrase) => {
    let id = index.get(phrase);
    if (id === undefined) index.set(phrase, (id = phrases.push(phrase) - 1));
    return id;
  });
  const counts = new Array<number>(phrases.length).fill(0);
  for (const id of table.ids) counts[id]!++;
  for (const id of keywords.ids) counts[keywordId[id]!]!++;
  const surfaces = new Map(table.surfaces);
  const merge = new TermMerge(phrases, counts, [...table.definitions, ...keywords.definitions], opts.thesaurus, opts.stopwords);

  const termCount = merge.ids.length;
  const keywordPapers = new Int32Array(termCount);
  const paperCounts = sorted.map((_, k) => {
    const terms = new Map<number, number>();
    for (let p = table.offsets[k]!; p < table.offsets[k + 1]!; p++) {
      const term = merge.termOf[table.ids[p]!]!;
      if (term >= 0) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    const listed = new Set<number>();
    for (let p = keywords.offsets[k]!; p < keywords.offsets[k + 1]!; p++) {
      const term = merge.termOf[keywordId[keywords.ids[p]!]!]!;
      if (term < 0 || listed.has(term)) continue;
      listed.add(term);
      keywordPapers[term]!++;
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    return terms;
  });
  const papersWith = new Int32Array(termCount);
  const occurrences = new Int32Array(termCount);
  for (const terms of paperCounts) {
    for (const [term, n] of terms) {
      papersWith[term]!++;
      occurrences[term]! += n;
    }
  }
  const atLeast = Math.floor(Math.min(minPapersFor(sorted.length, opts.minPapers), linkMinPapersFor(opts.minPapers)));
  const candidates: Candidate[] = [];
  for (let term = 0; term < termCount; term++) {
    const n = papersWith[term]!;
    if (n < atLeast) continue;
    const relevance = termRelevance(occurrences[term]!, n, sorted.length);
    candidates.push({ term, id: merge.ids[term] ?? '', papers: n, relevance, keywordPapers: keywordPapers[term]! });
  }
  const { links, map: kept } = selectTerms(candidates, sorted.length, opts);

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
  return { terms, paperTerms, linkTerms: linkTermRows(sorted.map((p) => p.id), paperCounts, links) };
}

