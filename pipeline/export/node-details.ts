// What VOSviewer's info panel shows of a node: a short HTML description (a paper's title,
// authors, year, venue and link; an author's papers, affiliations and ORCID; a term's
// occurrences; a reference's citations), its link, and the scores of its papers (mean year,
// citations). Text is escaped here; links come from checked identifiers only (id-links.ts), as in
// the view, since VOSviewer Online opens them in a browser.
import { pageRange } from '../cells';
import type { GraphInputs } from '../graphs/types';
import { identifierLinks, orcidLink } from '../id-links';
import type { LaidOutGraph } from '../layout/types';
import type { Paper } from '../model';
import { escapeXml } from './xml-text';

export interface NodeDetails {
  /** HTML, escaped. */
  description: string[];
  /** A checked https link, or null. */
  url: (string | null)[];
  /** The node's papers. */
  documents: Int32Array;
  /** Mean publication year of its dated papers; NaN when none is dated. */
  avgYear: Float64Array;
  /** Sum and mean of its papers' citation counts (the databases'), over the papers that have one; NaN when none has. */
  citations: Float64Array;
  avgCitations: Float64Array;
}

/** Papers listing a node's authors in a description at most, then "et al.". */
const AUTHORS_SHOWN = 10;
const AFFILIATIONS_SHOWN = 3;

export function nodeDetails(g: LaidOutGraph, inputs: GraphInputs, nodes: readonly string[]): NodeDetails {
  const { corpus } = inputs;
  const papers = new Map(corpus.papers.map((p) => [p.id, p]));
  const describe = describer(g, inputs, papers);
  const details: NodeDetails = {
    description: [],
    url: [],
    documents: new Int32Array(nodes.length),
    avgYear: new Float64Array(nodes.length),
    citations: new Float64Array(nodes.length),
    avgCitations: new Float64Array(nodes.length),
  };
  nodes.forEach((node, i) => {
    const { html, url } = describe(node);
    details.description.push(html);
    details.url.push(url ?? null);
    details.documents[i] = g.papersOf(node).length;
    details.avgYear[i] = g.times.meanYear[node] ?? NaN;
    details.citations[i] = g.times.citations[node] ?? NaN;
    details.avgCitations[i] = g.times.meanCitations[node] ?? NaN;
  });
  return details;
}

type Describe = (node: string) => { html: string; url?: string };

function describer(g: LaidOutGraph, { corpus, topics, citations }: GraphInputs, papers: ReadonlyMap<string, Paper>): Describe {
  if (g.entity === 'paper') {
    const names = new Map(corpus.authors.map((a) => [a.id, a.name]));
    return (node) => {
      const p = papers.get(node);
      if (!p) return { html: heading(node) };
      const authors = p.authors.slice(0, AUTHORS_SHOWN).map((a) => names.get(a) ?? a).join(', ') + (p.authors.length > AUTHORS_SHOWN ? ', et al.' : '');
      const venue = [p.venue, p.volume && `vol. ${p.volume}`, p.issue && `no. ${p.issue}`, pageRange(p) && `pp. ${pageRange(p)}`].filter(Boolean).join(', ');
      const url = identifierLinks(p.ids)[0]?.href;
      return { html: heading(p.title) + line(authors) + line([p.year, venue].filter(Boolean).join(' · ')) + line(url), ...(url ? { url } : {}) };
    };
  }
  if (g.entity === 'author') {
    const authors = new Map(corpus.authors.map((a) => [a.id, a]));
    return (node) => {
      const a = authors.get(node);
      if (!a) return { html: heading(node) };
      const url = a.orcid ? orcidLink(a.orcid) : undefined;
      const where = [...a.affiliations.slice(0, AFFILIATIONS_SHOWN), a.countries.join(', ')].filter(Boolean).join('; ');
      return { html: heading(a.name) + line(`${a.paperIds.length} ${a.paperIds.length === 1 ? 'paper' : 'papers'}`) + line(where) + line(url && `ORCID ${a.orcid}`), ...(url ? { url } : {}) };
    };
  }
  if (g.entity === 'term') {
    const terms = new Map((topics?.terms ?? []).map((t) => [t.id, t]));
    return (node) => {
      const t = terms.get(node);
      if (!t) return { html: heading(node) };
      return { html: heading(t.label) + line(`${t.occurrences} occurrences in ${t.papers} papers`) + line(t.variants.length ? `also: ${t.variants.join(', ')}` : undefined) };
    };
  }
  const works = new Map((citations?.works ?? []).map((w) => [w.key, w]));
  return (node) => {
    const w = works.get(node);
    if (!w) return { html: heading(node) };
    const url = w.doi ? identifierLinks({ doi: w.doi })[0]?.href : undefined;
    return { html: heading(w.label) + line(`cited by ${w.citedBy.length} papers of the corpus`) + line(url), ...(url ? { url } : {}) };
  };
}

const heading = (text: string) => `<div class="description_heading">${escapeXml(text)}</div>`;
const line = (text: string | number | undefined) => (text === undefined || text === '' ? '' : `<div>${escapeXml(String(text))}</div>`);
