// The corpus described as bibliometrix's descriptive analysis: papers per year, the most
// productive authors and sources, the most cited papers, document types, Lotka's law and the
// collaboration index. Computed over every paper here, so the view's overview page only draws.
import {
  type BundleOverview,
  COLLABORATION_BARS,
  type OverviewCited,
  type OverviewCollaboration,
  type OverviewCount,
  OVERVIEW_TOP,
} from '../bundle-model';
import { round6 } from '../cells';
import { caseFoldKey, compareStrings } from '../compare';
import type { CitationModel, Corpus, Paper } from '../model';
import { fitLotka } from './lotka';

export function describeCorpus(corpus: Corpus, citations: CitationModel): BundleOverview {
  const { papers, authors } = corpus;
  const authorsOf = new Map(papers.map((p) => [p.id, Math.max(p.authorCount, p.authors.length)]));
  const topAuthors = authors
    .map((a) => ({ id: a.id, name: a.name, papers: a.paperIds.length, fractional: a.paperIds.reduce((sum, id) => sum + 1 / Math.max(1, authorsOf.get(id) ?? 1), 0) }))
    .sort((a, b) => b.papers - a.papers || b.fractional - a.fractional || compareStrings(a.name, b.name) || compareStrings(a.id, b.id))
    .slice(0, OVERVIEW_TOP)
    .map((a) => ({ ...a, fractional: round6(a.fractional) }));
  const venues = countByName(papers.map((p) => p.venue));
  const types = countByName(papers.map((p) => p.documentType));
  return {
    papers: papers.length,
    authors: authors.length,
    ...papersPerYear(papers),
    topAuthors,
    topSources: venues.counts.slice(0, OVERVIEW_TOP),
    sources: venues.counts.length,
    ...mostCited(corpus, citations),
    documentTypes: types.counts.slice(0, OVERVIEW_TOP),
    types: types.counts.length,
    untyped: types.missing,
    lotka: fitLotka(authors.map((a) => a.paperIds.length)),
    collaboration: collaboration([...authorsOf.values()]),
  };
}

function papersPerYear(papers: readonly Paper[]): Pick<BundleOverview, 'years' | 'undated'> {
  const perYear = new Map<number, number>();
  for (const p of papers) if (p.year !== undefined) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
  const known = [...perYear.keys()];
  const years: BundleOverview['years'] = [];
  // Years without a paper are bars of zero, so the axis is time and gaps show.
  if (known.length) for (let year = Math.min(...known); year <= Math.max(...known); year++) years.push({ year, papers: perYear.get(year) ?? 0 });
  return { years, undated: papers.filter((p) => p.year === undefined).length };
}

/**
 * Values counted as one when they differ only in case and spacing, each named by its most
 * frequent spelling (then the first in code-unit order); most papers first. `missing`: no value.
 */
export function countByName(values: readonly (string | undefined)[]): { counts: OverviewCount[]; missing: number } {
  const groups = new Map<string, Map<string, number>>();
  let missing = 0;
  for (const value of values) {
    const name = value?.trim();
    if (!name) {
      missing++;
      continue;
    }
    const key = caseFoldKey(name);
    const spellings = groups.get(key) ?? new Map<string, number>();
    groups.set(key, spellings.set(name, (spellings.get(name) ?? 0) + 1));
  }
  const counts = [...groups.values()].map((spellings) => {
    const [name] = [...spellings].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]!;
    return { name, papers: [...spellings.values()].reduce((a, b) => a + b, 0) };
  });
  return { counts: counts.sort((a, b) => b.papers - a.papers || compareStrings(a.name, b.name)), missing };
}

/** The most cited papers by the databases' counts and by citations inside the corpus. */
function mostCited(corpus: Corpus, citations: CitationModel): Pick<BundleOverview, 'mostCited' | 'mostCitedLocally'> {
  const nameOf = new Map(corpus.authors.map((a) => [a.id, a.name]));
  const local = new Map<string, number>();
  for (const link of citations.links) local.set(link.cited, (local.get(link.cited) ?? 0) + 1);
  const hasReferences = corpus.papers.some((p) => p.references.length > 0);
  const entry = (p: Paper): OverviewCited => ({
    id: p.id,
    title: p.title,
    label: [p.authors[0] === undefined ? undefined : nameOf.get(p.authors[0]), p.year].filter((v) => v !== undefined).join(', '),
    ...(p.citedBy === undefined ? {} : { citedBy: p.citedBy }),
    ...(hasReferences ? { localCitations: local.get(p.id) ?? 0 } : {}),
  });
  const top = (score: (p: Paper) => number | undefined) =>
    corpus.papers
      .filter((p) => (score(p) ?? 0) > 0)
      .sort((a, b) => score(b)! - score(a)! || compareStrings(a.id, b.id))
      .slice(0, OVERVIEW_TOP)
      .map(entry);
  return {
    mostCited: corpus.papers.some((p) => p.citedBy !== undefined) ? top((p) => p.citedBy) : null,
    mostCitedLocally: hasReferences ? top((p) => local.get(p.id)) : null,
  };
}

/** `authorCounts`: each paper's number of authors; papers with none named or counted are left out. */
export function collaboration(authorCounts: readonly number[]): OverviewCollaboration | null {
  const counted = authorCounts.filter((n) => n > 0);
  if (!counted.length) return null;
  const multi = counted.filter((n) => n > 1);
  const distribution = Array.from({ length: COLLABORATION_BARS }, (_, i) => ({ authors: i + 1, papers: 0 }));
  for (const n of counted) distribution[Math.min(n, COLLABORATION_BARS) - 1]!.papers++;
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  return {
    papers: counted.length,
    singleAuthored: counted.length - multi.length,
    authorsPerPaper: round6(sum(counted) / counted.length),
    collaborationIndex: multi.length ? round6(sum(multi) / multi.length) : null,
    distribution,
  };
}
