// Which terms the model keeps: those in enough papers (a threshold that moves smoothly with the
// corpus), then those clustered beyond chance and among the most relevant share. All of them link
// papers; the term map takes at most `maxTerms`, the most frequent, so that it stays readable
// while a large corpus's small topics still link their papers by the terms only they use. A term
// that is a keyword of enough papers is topical by choice of its authors or indexers: it needs no
// relevance (a keyword is listed once, so its residual IDF says nothing).
import { compareStrings } from '../compare';

export interface Candidate {
  term: number;
  id: string;
  papers: number;
  relevance: number;
  /** Papers that list it as a keyword. */
  keywordPapers: number;
}

export interface SelectionOptions {
  minPapers: number | 'auto';
  minRelevance: number;
  relevanceShare: number;
  maxTerms: number;
}

/**
 * The threshold on papers per term. 'auto': max(2, √(papers / 1000)) — 2 up to 4,000 papers (a
 * small corpus needs every repeated term), 3.2 at 10,000, 10 at 100,000, 32 at 1,000,000: it
 * grows with the square root of the corpus, so a topic of a few hundred papers keeps its own
 * terms at every size. A threshold between two counts (2.3) keeps every term above it and the
 * most relevant share of those at the count below (70% of the terms in 2 papers): the term list
 * changes little when the corpus grows a little.
 */
export function minPapersFor(paperCount: number, option: number | 'auto'): number {
  return option === 'auto' ? Math.max(2, Math.sqrt(paperCount / 1000)) : option;
}

const byRelevance = (a: Candidate, b: Candidate) => b.relevance - a.relevance || b.papers - a.papers || compareStrings(a.id, b.id);

export interface Selection {
  /** Every kept term, the most frequent first: the paper graph's vocabulary. */
  links: Candidate[];
  /** The first `maxTerms` of them: the term map's. */
  map: Candidate[];
}

/** Ties are broken by id, so the choice never depends on input order. */
export function selectTerms(all: readonly Candidate[], paperCount: number, opts: SelectionOptions): Selection {
  const threshold = minPapersFor(paperCount, opts.minPapers);
  const floor = Math.floor(threshold);
  const boundary = all.filter((c) => c.papers === floor).sort(byRelevance);
  const candidates = [...all.filter((c) => c.papers > floor), ...boundary.slice(0, Math.round(boundary.length * (1 - (threshold - floor))))];
  const keyword = (c: Candidate) => c.keywordPapers >= Math.ceil(threshold);
  const fromText = candidates.filter((c) => !keyword(c));
  const links = [
    ...candidates.filter(keyword),
    ...fromText
      .filter((c) => c.relevance > opts.minRelevance)
      .sort(byRelevance)
      .slice(0, Math.ceil(fromText.length * opts.relevanceShare)),
  ]
    .sort((a, b) => b.papers - a.papers || b.relevance - a.relevance || compareStrings(a.id, b.id));
  return { links, map: links.slice(0, opts.maxTerms) };
}
