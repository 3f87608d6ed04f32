// Names communities by terms that describe them: over-represented in the community's papers
// against the corpus, and together present in a good share of them. With p the share of all
// papers (that have terms) holding a term, a term may label a community only where it is at least
// `minLift` times as frequent there (q / p, q the share of the community's papers holding it),
// and never when p is above `maxCorpusShare`: such a term ("model" in 17% of hf-daily's papers,
// "large language model" in 12%) names the corpus, not one of its clusters. Of those, the label
// takes greedily the term that best covers the papers no label term covers yet, each paper
// weighed by log2(lift): distinctive terms first, and a second term for papers the first missed
// rather than a synonym of it. The label's coverage is the share of the community's papers
// holding at least one of its terms.

const MODULE = 'citegraph/analysis/labels';

interface LabelOptions {
  /** Terms per label. */
  top: number;
  /** A term labels a community only where q / p is at least this. */
  minLift: number;
  /** A term in more than this share of all papers labels no community. */
  maxCorpusShare: number;
}

const LABEL_DEFAULTS: LabelOptions = { top: 3, minLift: 2, maxCorpusShare: 0.1 };

export interface CommunityLabel {
  /** The label's terms in the order chosen (see cover). */
  terms: string[];
  /** Share of the community's papers holding one of `terms`; null for a community without papers. */
  coverage: number | null;
}

export interface LabelInput {
  /** Community → its papers (each once). */
  papers: ReadonlyMap<number, readonly string[]>;
  /** A paper's terms (each once). */
  termsOf: (paper: string) => readonly string[];
  /** The corpus: papers that have terms, and in how many of them each term is. */
  corpus: { papers: number; papersWith: (term: string) => number };
  /** The terms that may name a community (a term map's community: its own terms); default: any. */
  candidates?: (community: number) => ReadonlySet<string>;
}

/** Each community's label, in community order. */
export function labelCommunities(input: LabelInput, options: Partial<LabelOptions> = {}): Map<number, CommunityLabel> {
  const { top, minLift, maxCorpusShare } = { ...LABEL_DEFAULTS, ...options };
  if (!Number.isInteger(top) || top < 0) throw new Error(`${MODULE}: top must be a non-negative integer, got ${top}`);
  const labels = new Map<number, CommunityLabel>();
  for (const community of [...input.papers.keys()].sort((a, b) => a - b)) {
    const papers = input.papers.get(community)!;
    const allowed = input.candidates?.(community);
    const inside = new Map<string, number>();
    for (const paper of papers) {
      for (const term of input.termsOf(paper)) if (!allowed || allowed.has(term)) inside.set(term, (inside.get(term) ?? 0) + 1);
    }
    const lift = new Map<string, number>();
    for (const [term, count] of inside) {
      const p = input.corpus.papersWith(term) / input.corpus.papers;
      const l = count / papers.length / p;
      if (p > 0 && p <= maxCorpusShare && l >= minLift) lift.set(term, l);
    }
    const terms = cover(papers, lift, input.termsOf, top);
    labels.set(community, { terms, coverage: coverage(papers, terms, input.termsOf) });
  }
  return labels;
}

/** Up to `top` terms of `lift`, each the best at covering the papers the ones before left uncovered; ties to the first term. */
function cover(papers: readonly string[], lift: ReadonlyMap<string, number>, termsOf: (paper: string) => readonly string[], top: number): string[] {
  const chosen: string[] = [];
  let left = papers.filter((paper) => termsOf(paper).some((term) => lift.has(term)));
  while (chosen.length < top && left.length > 0) {
    const count = new Map<string, number>();
    for (const paper of left) for (const term of termsOf(paper)) if (lift.has(term)) count.set(term, (count.get(term) ?? 0) + 1);
    let best = '';
    let bestScore = 0;
    for (const [term, n] of count) {
      const score = n * Math.log2(lift.get(term)!);
      if (score > bestScore || (score === bestScore && term < best)) [best, bestScore] = [term, score];
    }
    if (best === '') break;
    chosen.push(best);
    left = left.filter((paper) => !termsOf(paper).includes(best));
  }
  return chosen;
}

function coverage(papers: readonly string[], terms: readonly string[], termsOf: (paper: string) => readonly string[]): number | null {
  if (papers.length === 0) return null;
  const label = new Set(terms);
  return papers.filter((paper) => termsOf(paper).some((term) => label.has(term))).length / papers.length;
}
