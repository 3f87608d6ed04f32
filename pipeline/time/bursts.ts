// Which terms and which cited references burst: for each, its papers per publication year against
// all the papers of that year (Kleinberg's batched model, kleinberg.ts), as CiteSpace detects
// bursts of keywords and of citations. A term's events are the papers it occurs in, out of the
// dated papers; a reference's, the papers citing it, out of the dated papers with references.
import type { BundleBurst } from '../bundle-model';
import { compareStrings } from '../compare';
import type { CitationModel, Corpus, TopicModel } from '../model';
import { papersByTerm } from '../topics/papers-by-term';
import { type BurstParameters, detectBursts } from './kleinberg';

/** A burst as bursts.csv and the bundle give it (kind, item, label, strength, begin, end, weight). */
export type Burst = BundleBurst;
type BurstKind = Burst['kind'];

/** A cited work needs this many citing papers to be tried: one citation is no trend. */
const MIN_CITING_PAPERS = 2;

/** Bursts of every term, then of every cited reference; each kind strongest first (ties: by item). */
export function findBursts(corpus: Corpus, topics: TopicModel, citations: CitationModel, params: BurstParameters): Burst[] {
  const yearOf = new Map<string, number>();
  for (const p of corpus.papers) if (p.year !== undefined) yearOf.set(p.id, p.year);
  const termItems = [...papersByTerm(topics)].map(([id, papers]) => ({ id, papers }));
  const labels = new Map(topics.terms.map((t) => [t.id, t.label]));
  const cited = citations.works.filter((w) => w.citedBy.length >= MIN_CITING_PAPERS);
  const withReferences = corpus.papers.filter((p) => p.references.length > 0).map((p) => p.id);
  return [
    ...kindBursts('term', termItems, corpus.papers.map((p) => p.id), yearOf, (id) => labels.get(id) ?? id, params),
    ...kindBursts('reference', cited.map((w) => ({ id: w.key, papers: w.citedBy, label: w.label })), withReferences, yearOf, undefined, params),
  ];
}

interface Item {
  id: string;
  papers: readonly string[];
  label?: string;
}

function kindBursts(
  kind: BurstKind,
  items: readonly Item[],
  population: readonly string[],
  yearOf: ReadonlyMap<string, number>,
  labelOf: ((id: string) => string) | undefined,
  params: BurstParameters,
): Burst[] {
  const totals = yearCounts(population, yearOf);
  if (!totals) return [];
  const bursts: Burst[] = [];
  for (const item of items) {
    const counts = yearCounts(item.papers, yearOf, totals.first, totals.counts.length);
    if (!counts) continue;
    for (const b of detectBursts(counts.counts, totals.counts, params)) {
      bursts.push({
        kind,
        item: item.id,
        label: item.label ?? labelOf?.(item.id) ?? item.id,
        strength: b.strength,
        begin: totals.first + b.begin,
        end: totals.first + b.end,
        weight: b.weight,
      });
    }
  }
  return bursts.sort((a, b) => b.strength - a.strength || compareStrings(a.item, b.item) || a.begin - b.begin);
}

/**
 * Dated papers per year from `first` over `years` years (by default the papers' own span); undefined
 * when fewer than two years are covered: a single year has no time to burst in.
 */
function yearCounts(papers: readonly string[], yearOf: ReadonlyMap<string, number>, first?: number, years?: number): { first: number; counts: number[] } | undefined {
  const dated = papers.map((id) => yearOf.get(id)).filter((y): y is number => y !== undefined);
  if (dated.length === 0) return undefined;
  let low = Infinity, high = -Infinity; // no spread: 10⁵ arguments overflow the stack
  for (const year of dated) (low = Math.min(low, year)), (high = Math.max(high, year));
  const from = first ?? low;
  const span = years ?? high - from + 1;
  if (span < 2) return undefined;
  const counts = new Array<number>(span).fill(0);
  for (const year of dated) counts[year - from]! += 1;
  return { first: from, counts };
}
