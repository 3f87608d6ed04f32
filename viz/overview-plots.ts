// What the overview page shows, plot by plot, from the bundle's overview block (the pipeline
// counted the whole corpus) and its graphs' communities. A plot the input cannot give becomes a
// sentence saying what is not in the input, never an empty frame.
import type { BundleGraph, BundleOverview, OverviewCited } from '../pipeline/bundle-model';
import { formatNumber } from './dom';
import { type Bar, columnChart, formatValue, rankedBars } from './plots/bars';
import { lotkaSvg } from './plots/lotka';

/** Communities a graph's plot ranks. */
const COMMUNITIES_SHOWN = 10;

export interface OverviewPlot {
  /** data-plot and the saved file's name ("overview-<id>"). */
  id: string;
  title: string;
  /** The plot and its caption, or why there is none. */
  content: { svg: SVGSVGElement; caption: string } | { missing: string };
}

const plural = (n: number, word: string, words = `${word}s`) => `${formatNumber(n)} ${n === 1 ? word : words}`;
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

export function overviewPlots(overview: BundleOverview, graphs: readonly BundleGraph[]): OverviewPlot[] {
  const o = overview;
  return [
    {
      id: 'years',
      title: 'Papers per year',
      content: o.years.length
        ? {
            svg: columnChart(o.years.map((y) => ({ label: String(y.year), value: y.papers, title: `${y.year}: ${plural(y.papers, 'paper')}` })), { x: 'Publication year', y: 'Papers', label: 'Papers per year' }),
            caption: `${plural(o.papers - o.undated, 'dated paper')}, ${o.years[0]!.year}–${o.years.at(-1)!.year}${o.undated ? `; ${plural(o.undated, 'paper')} without a year not shown` : ''}.`,
          }
        : { missing: 'Not in the input: no paper has a publication year.' },
    },
    {
      id: 'authors',
      title: 'Most productive authors',
      content: o.topAuthors.length
        ? {
            svg: rankedBars(o.topAuthors.map((a) => ({ label: a.name, value: a.papers, title: `${a.name}: ${plural(a.papers, 'paper')}, ${formatValue(a.fractional)} fractionalised` })), 'Most productive authors'),
            caption: `Papers per author (full counting) of ${plural(o.authors, 'author')}; hover a bar for the fractional count (each paper split among its authors).`,
          }
        : { missing: 'Not in the input: no paper names its authors.' },
    },
    {
      id: 'sources',
      title: 'Most productive sources',
      content: o.topSources.length
        ? { svg: rankedBars(o.topSources.map((s) => countBar(s.name, s.papers)), 'Most productive sources'), caption: `Papers per journal or proceedings, the top ${o.topSources.length} of ${plural(o.sources, 'source')}.` }
        : { missing: 'Not in the input: no paper names the journal or proceedings it appeared in.' },
    },
    citedPlot('cited', 'Most cited papers', o.mostCited, (p) => p.citedBy ?? 0, 'Not in the input: no source gives citation counts (cited by).', 'Citations the databases count (global citation score).'),
    citedPlot('cited-locally', 'Most cited in the corpus', o.mostCitedLocally, (p) => p.localCitations ?? 0, 'Not in the input: no paper lists its references, so citations inside the corpus cannot be counted.', 'Papers of this corpus citing each (local citation score).'),
    {
      id: 'types',
      title: 'Document types',
      content: o.documentTypes.length
        ? {
            svg: rankedBars(o.documentTypes.map((t) => countBar(t.name.charAt(0).toUpperCase() + t.name.slice(1), t.papers)), 'Document types'),
            caption: `Each database's types mapped onto one list (papers.csv keeps their own words in document_type_raw)${o.types > o.documentTypes.length ? `; the top ${o.documentTypes.length} of ${o.types}` : ''}${o.untyped ? `; ${plural(o.untyped, 'paper')} without a type` : ''}.`,
          }
        : { missing: 'Not in the input: no source gives document types.' },
    },
    {
      id: 'lotka',
      title: "Lotka's law",
      content: o.lotka
        ? { svg: lotkaSvg(o.lotka), caption: `Authors by the papers they wrote here. Fit: ordinary least squares of log10(share of authors) on log10(n), as bibliometrix; β = ${o.lotka.exponent.toFixed(2)} against Lotka's 2.` }
        : { missing: 'Nothing to fit in the input: every author has the same number of papers (or no paper names its authors).' },
    },
    collaborationPlot(o),
    ...graphs.filter((g) => g.communities.length).map(communityPlot),
  ];
}

function countBar(name: string, papers: number): Bar {
  return { label: name, value: papers, title: `${name}: ${plural(papers, 'paper')}` };
}

function citedPlot(id: string, title: string, papers: OverviewCited[] | null, score: (p: OverviewCited) => number, missing: string, what: string): OverviewPlot {
  if (papers === null) return { id, title, content: { missing } };
  if (!papers.length) return { id, title, content: { missing: 'No paper of the input is cited.' } };
  const bars = papers.map((p) => ({ label: p.title, value: score(p), title: `${p.title}\n${p.label}\n${[p.citedBy === undefined ? '' : `cited by ${p.citedBy}`, p.localCitations === undefined ? '' : `${p.localCitations} in the corpus`].filter(Boolean).join(' · ')}` }));
  return { id, title, content: { svg: rankedBars(bars, title), caption: `${what} Hover a bar for the authors and year.` } };
}

function collaborationPlot(o: BundleOverview): OverviewPlot {
  const c = o.collaboration;
  if (!c) return { id: 'collaboration', title: 'Collaboration', content: { missing: 'Not in the input: no paper names or counts its authors.' } };
  const last = c.distribution.length;
  const bars = c.distribution.map((d) => ({ label: d.authors === last ? `${last}+` : String(d.authors), value: d.papers, title: `${plural(d.papers, 'paper')} with ${d.authors === last ? `${last} or more` : d.authors} author${d.authors === 1 ? '' : 's'}` }));
  const notes = [
    `Collaboration index: ${c.collaborationIndex === null ? '–' : c.collaborationIndex.toFixed(2)}`,
    `Single-authored: ${formatNumber(c.singleAuthored)} of ${formatNumber(c.papers)} (${percent(c.singleAuthored, c.papers)})`,
    `Authors per paper: ${c.authorsPerPaper.toFixed(2)}`,
  ];
  return {
    id: 'collaboration',
    title: 'Collaboration',
    content: {
      svg: columnChart(bars, { x: 'Authors per paper', y: 'Papers', label: 'Authors per paper' }, notes),
      caption: 'Collaboration index: authors of multi-authored papers per multi-authored paper; authors per paper over all papers naming or counting their authors.',
    },
  };
}

function communityPlot(g: BundleGraph): OverviewPlot {
  const largest = [...g.communities].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, COMMUNITIES_SHOWN);
  const bars = largest.map((c) => ({ label: c.label, value: c.size, color: c.color, title: `${c.label}: ${plural(c.size, 'member')}${c.terms.length ? `\n${c.terms.join(', ')}` : ''}` }));
  return {
    id: `communities-${g.kind}`,
    title: `Largest communities: ${g.title || g.kind}`,
    content: { svg: rankedBars(bars, `Largest communities of ${g.title || g.kind}`), caption: `Members of the ${largest.length} largest of ${plural(g.communities.length, 'community', 'communities')} drawn, named by their most distinctive terms.` },
  };
}
