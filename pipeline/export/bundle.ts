// The view bundle: every graph with positions, colours, metrics and evidence, plus the paper,
// author, term and cited-reference tables the details panel reads. Each graph holds what the
// layout stage chose for the view (see layout/view-subset.ts), with a note when that is not all
// of it.
import {
  AUTHOR_AFFILIATIONS_SHOWN,
  type BundleEdge,
  type BundleGraph,
  type BundleNode,
  type BundlePaper,
  type BundleTime,
  CITATION_PAPERS_SHOWN,
  DIRECTED_METRICS,
  EVOLUTION_SHARED_SHOWN,
  METRICS,
  REFERENCE_PAPERS_SHOWN,
  TERM_EDGE_PAPERS_SHOWN,
  TERM_PAPERS_SHOWN,
  type ViewBundle,
} from '../bundle-model';
import { describeCorpus } from '../analysis/overview';
import { GRAPHS } from '../graphs/index';
import type { Entity } from '../graphs/types';
import type { LaidOutGraph } from '../layout/types';
import { LINKED_KINDS, pageLink } from '../id-links';
import type { CitationModel, Corpus, Paper, TopicModel } from '../model';
import { pageRange, round6 } from '../cells';
import { communityColor } from './format';
import { formatSource } from './reports';
import { compareStrings } from '../compare';
import type { TimeModel } from '../time/index';

/** `graphs`: laid out, in the registry's order, which is the view's. */
export function buildBundle(corpus: Corpus, topics: TopicModel, citations: CitationModel, graphs: readonly LaidOutGraph[], time: TimeModel): ViewBundle {
  const paperById = new Map(corpus.papers.map((p) => [p.id, p]));
  const authorById = new Map(corpus.authors.map((a) => [a.id, a]));
  // Years looked up once per paper, not twice per comparison: terms list thousands of papers each.
  const newestFirst = (ids: readonly string[]) => {
    const year = ids.map((id) => paperById.get(id)?.year ?? 0);
    return Array.from(ids, (_, i) => i).sort((a, b) => year[b]! - year[a]! || compareStrings(ids[a]!, ids[b]!)).map((i) => ids[i]!);
  };
  const spcOf = mainPathSpc(citations);
  const bundleGraphs = graphs.map((g) =>
    bundleGraph(g, spcOf, (node) => {
      const years = new Set<number>();
      const categories = new Set<string>();
      for (const id of g.papersOf(node)) {
        const paper = paperById.get(id)!;
        if (paper.year !== undefined) years.add(paper.year);
        for (const category of paper.categories) categories.add(category);
      }
      return { years: [...years].sort((a, b) => a - b), categories: [...categories].sort(compareStrings) };
    }),
  );
  const drawnOf = (entity: Entity) => bundleGraphs.filter((_, i) => graphs[i]!.entity === entity).flatMap((g) => g.nodes.map((n) => n.id));
  const termGraph = graphs.find((g) => g.entity === 'term');
  if (!termGraph) throw new Error('bundle: no term graph in the registry');

  // A large corpus does not fit in the page: the bundle carries the papers that drawn nodes and
  // links refer to. Drawn papers (the paper graph's nodes) come whole, for their details panel;
  // papers only listed by title (an author's, a term's, a link's evidence) come as title and date.
  const terms: ViewBundle['terms'] = {};
  for (const t of topics.terms) {
    const ids = newestFirst(termGraph.papersOf(t.id)); // the term graph knows each term's papers
    terms[t.id] = { label: t.label, variants: t.variants, occurrences: t.occurrences, papers: ids.length, paperIds: ids.slice(0, TERM_PAPERS_SHOWN) };
  }
  const drawn = new Set(drawnOf('paper'));
  const drawnAuthors = drawnOf('author');
  const listed = new Set<string>();
  for (const author of drawnAuthors) for (const id of authorById.get(author)?.paperIds ?? []) listed.add(id);
  for (const term of Object.values(terms)) for (const id of term.paperIds) listed.add(id);
  for (const g of bundleGraphs) for (const e of g.edges) for (const id of e.evidence.papers ?? []) listed.add(id);

  // Cited works the co-citation nodes and the coupling links name, with the papers citing them.
  const workByKey = new Map(citations.works.map((w) => [w.key, w]));
  const referenced = new Set(drawnOf('reference'));
  for (const g of bundleGraphs) for (const e of g.edges) for (const key of e.evidence.references ?? []) referenced.add(key);
  const references: ViewBundle['references'] = {};
  for (const key of [...referenced].sort(compareStrings)) {
    const w = workByKey.get(key)!;
    const paperIds = newestFirst(w.citedBy).slice(0, REFERENCE_PAPERS_SHOWN);
    references[key] = { label: w.label, ...(w.doi ? { doi: w.doi } : {}), citations: w.citedBy.length, paperIds, ...(w.paperId ? { paperId: w.paperId } : {}) };
    for (const id of paperIds) listed.add(id);
    if (w.paperId) listed.add(w.paperId);
  }

  // Citations inside the corpus, for the drawn papers' local citation score and lists.
  const local = citations.links.length > 0 ? localCitations(citations, drawn, newestFirst) : undefined;
  for (const entry of local?.values() ?? []) for (const id of [...(entry.citingPapers ?? []), ...(entry.cites ?? [])]) listed.add(id);

  const papers: ViewBundle['papers'] = {};
  const authorIds = new Set(drawnAuthors);
  for (const id of [...new Set([...drawn, ...listed])].sort()) {
    const p = paperById.get(id)!;
    const whole = drawn.has(id);
    if (whole) for (const a of p.authors) authorIds.add(a);
    papers[id] = {
      title: p.title,
      authors: whole ? p.authors : [],
      ...(p.year !== undefined ? { year: p.year } : {}),
      ...(p.date !== undefined ? { date: p.date } : {}),
      categories: whole ? p.categories : [],
      hasCode: p.hasCode,
      sources: whole ? p.sources.map(formatSource) : [],
      abstract: whole ? p.abstract : '',
      authorCount: p.authorCount,
      authorsTruncated: p.authorsTruncated,
      ...(p.dateFrom ? { dateFrom: p.dateFrom } : {}),
      ...(whole ? publication(p) : {}),
      keywords: whole ? p.authorKeywords : [],
      indexKeywords: whole ? p.indexKeywords : [],
      ...(whole && p.citedBy !== undefined ? { citedBy: p.citedBy } : {}),
      ids: whole ? Object.fromEntries(LINKED_KINDS.filter((k) => p.ids[k] !== undefined).map((k) => [k, p.ids[k]!])) : {},
      ...(whole && p.url !== undefined && pageLink(p.url) ? { url: p.url } : {}),
      ...local?.get(id),
    };
  }
  const authors: ViewBundle['authors'] = {};
  for (const id of [...authorIds].sort()) {
    const a = authorById.get(id)!;
    authors[id] = {
      name: a.name,
      variants: a.variants,
      paperIds: a.paperIds,
      ...(a.orcid ? { orcid: a.orcid } : {}),
      affiliations: a.affiliations.slice(0, AUTHOR_AFFILIATIONS_SHOWN),
      countries: a.countries,
      ambiguous: a.ambiguous,
    };
  }
  return { version: 1, time: bundleTime(time, terms, references), overview: describeCorpus(corpus, citations), papers, authors, terms, references, graphs: bundleGraphs };
}

/** The time model as the view plots it: bursts of the terms and references it lists, the themes in their colours. */
function bundleTime(time: TimeModel, terms: ViewBundle['terms'], references: ViewBundle['references']): BundleTime {
  const { slices, themes, links } = time.evolution;
  return {
    bursts: time.bursts
      .filter((b) => (b.kind === 'term' ? b.item in terms : b.item in references))
      .map((b) => ({ ...b, strength: round6(b.strength) })),
    themes: time.themes.map((t) => ({
      community: t.community, label: t.label, size: t.size, centrality: round6(t.centrality), density: round6(t.density), quadrant: t.quadrant,
      papers: t.papers, ...(t.meanYear === undefined ? {} : { meanYear: round6(t.meanYear) }), color: communityColor(t.community, t.size),
    })),
    evolution: {
      slices: slices.map(({ label, from, to, papers }) => ({ label, from, to, papers })),
      themes: themes.map(({ slice, community, label, papers, terms: held }) => ({ slice, community, label, papers, terms: held.length })),
      links: links.map(({ from, to, weight, shared }) => ({ from, to, weight: round6(weight), shared: shared.slice(0, EVOLUTION_SHARED_SHOWN) })),
    },
  };
}

type LocalCitations = Pick<BundlePaper, 'localCitations' | 'localReferences' | 'citingPapers' | 'cites'>;

/** Each drawn paper's citations inside the corpus: counted whole, listed up to CITATION_PAPERS_SHOWN. */
function localCitations(citations: CitationModel, drawn: ReadonlySet<string>, newestFirst: (ids: readonly string[]) => string[]): Map<string, LocalCitations> {
  const citing = new Map<string, string[]>();
  const cited = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const link of citations.links) {
    if (drawn.has(link.cited)) push(citing, link.cited, link.citing);
    if (drawn.has(link.citing)) push(cited, link.citing, link.cited);
  }
  const shown = (ids: readonly string[] | undefined) => (ids ? newestFirst(ids).slice(0, CITATION_PAPERS_SHOWN) : []);
  const local = new Map<string, LocalCitations>();
  for (const id of drawn) {
    const citingPapers = shown(citing.get(id));
    const cites = shown(cited.get(id));
    local.set(id, {
      localCitations: citing.get(id)?.length ?? 0,
      localReferences: cited.get(id)?.length ?? 0,
      ...(citingPapers.length ? { citingPapers } : {}),
      ...(cites.length ? { cites } : {}),
    });
  }
  return local;
}

/** The SPC of a main-path citation, for the direct-citation graph's links marked `mainPath`. */
function mainPathSpc(citations: CitationModel): (citing: string, cited: string) => number | undefined {
  const spc = new Map(citations.mainPath.links.map((l) => [`${l.citing}\u0000${l.cited}`, l.spc]));
  return (citing, cited) => spc.get(`${citing}\u0000${cited}`);
}

/** Venue, volume, issue and pages, those the paper has. */
function publication(p: Paper): Pick<BundlePaper, 'venue' | 'volume' | 'issue' | 'pages'> {
  return Object.fromEntries(Object.entries({ venue: p.venue, volume: p.volume, issue: p.issue, pages: pageRange(p) }).filter(([, v]) => v !== undefined));
}

function bundleGraph(g: LaidOutGraph, spcOf: ReturnType<typeof mainPathSpc>, facets: (node: string) => Pick<BundleNode, 'years' | 'categories'>): BundleGraph {
  const { graph, centrality, communities } = g;
  // The laid-out graph has its positions, not how they were chosen: the registry entry says.
  const layout = GRAPHS.find((entry) => entry.kind === g.kind)?.layout;
  const { nodes, edges, filtered } = g.view;
  const shownSize = new Map<number, number>();
  for (const node of nodes) shownSize.set(communities.assignment[node]!, (shownSize.get(communities.assignment[node]!) ?? 0) + 1);

  return {
    kind: g.kind,
    entity: g.entity,
    title: g.title,
    ...(g.directed ? { directed: true } : {}),
    ...(layout === 'years' ? { layout } : {}),
    nodes: nodes.map((id): BundleNode => {
      const community = communities.assignment[id]!;
      const metrics = Object.fromEntries(METRICS.map((m) => [m, round6(centrality[m][id] ?? 0)])) as BundleNode['metrics'];
      if (g.directed) for (const m of DIRECTED_METRICS) metrics[m] = centrality[m]?.[id] ?? 0;
      return {
        id,
        label: graph.getNodeAttribute(id, 'label'),
        ...g.positions[id]!,
        community,
        color: communityColor(community, g.info[community]!.size),
        metrics,
        ...facets(id),
        ...(g.times.meanYear[id] === undefined ? {} : { meanYear: round6(g.times.meanYear[id]!) }),
        ...(g.times.meanCitations[id] === undefined ? {} : { meanCitations: round6(g.times.meanCitations[id]!) }),
      };
    }),
    edges: edges.map((e) => bundleEdge(g.kind, graph.source(e), graph.target(e), graph.getEdgeAttributes(e) as Record<string, unknown>, spcOf)),
    communities: g.info
      .filter((c) => shownSize.has(c.id))
      .map((c) => ({
        id: c.id,
        label: c.label,
        terms: c.terms,
        size: c.size,
        color: communityColor(c.id, c.size),
        stability: round6(c.stability),
      })),
    modularity: communities.modularity === null ? null : round6(communities.modularity),
    ...(filtered ? { filtered } : {}),
  };
}

function bundleEdge(kind: LaidOutGraph['kind'], source: string, target: string, a: Record<string, unknown>, spcOf: ReturnType<typeof mainPathSpc>): BundleEdge {
  const edge: BundleEdge = { source, target, weight: round6(a.weight as number), evidence: {} };
  // Two terms can occur together in thousands of papers; the weight keeps the count.
  if (Array.isArray(a.papers)) edge.evidence.papers = (a.papers as string[]).slice(0, kind === 'terms' ? TERM_EDGE_PAPERS_SHOWN : undefined);
  if (Array.isArray(a.terms)) edge.evidence.terms = a.terms as string[];
  if (Array.isArray(a.references)) edge.evidence.references = a.references as string[];
  if (typeof a.fractional === 'number') edge.fractional = round6(a.fractional);
  if (typeof a.association === 'number') edge.association = round6(a.association);
  if (a.mutual === true) edge.mutual = true;
  if (a.mainPath === true) edge.mainPath = true;
  // A mutual pair's edge runs one way; its main-path citation may run the other.
  const spc = typeof a.spc === 'number' ? a.spc : a.mainPath === true ? (spcOf(source, target) ?? spcOf(target, source)) : undefined;
  if (spc !== undefined) edge.spc = round6(spc);
  return edge;
}
