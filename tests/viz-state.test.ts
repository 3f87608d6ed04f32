// The view's pure parts, without a browser: URL state round trip, which bundle URLs are
// accepted, bundle checks, filter masks and search ranking.
import { describe, expect, it } from 'vitest';

import { BundleError, bundleLocation, checkBundle } from '../viz/load-bundle';
import { buildGraphData, MAIN_PATH_COLOR } from '../viz/graph-data';
import { suggest } from '../viz/search';
import { NO_FILTERS, initialState } from '../viz/state';
import { readUrlState, writeUrlState } from '../viz/url-state';
import { computeVisibility } from '../viz/visibility';
import { makeBundle, makeCitationBundle } from './fixtures/make-bundle';

const bundle = makeBundle();
const page = 'http://127.0.0.1:5173/viz/index.html?x=1';

describe('bundleLocation', () => {
  it('defaults to bundle.json next to the page', () => {
    expect(bundleLocation('', page).href).toBe('http://127.0.0.1:5173/viz/bundle.json');
  });
  it('accepts a relative path on the same server', () => {
    expect(bundleLocation('?bundle=fixtures/a.json', page).href).toBe('http://127.0.0.1:5173/viz/fixtures/a.json');
    expect(bundleLocation('?bundle=../output/b.json', page).href).toBe('http://127.0.0.1:5173/output/b.json');
  });
  it.each([
    'https://evil.test/b.json',
    '//evil.test/b.json',
    '/abs/b.json',
    '\\\\evil.test\\b.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'HTTP://evil.test/b.json',
  ])('rejects %s', (value) => {
    expect(() => bundleLocation(`?bundle=${encodeURIComponent(value)}`, page)).toThrow(BundleError);
  });
});

describe('checkBundle', () => {
  it('accepts the fixture and fills defaults in lookup tables', () => {
    const raw = JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>;
    (raw.papers as Record<string, unknown>).broken = { title: 3 };
    const checked = checkBundle(raw, 'x.json');
    expect(checked.graphs.length).toBe(3);
    expect(checked.papers.broken).toMatchObject({ title: 'broken', authors: [], categories: [] });
  });
  it('keeps the publication, keyword, id and author fields, and defaults them for a bundle written before them', () => {
    const checked = checkBundle(JSON.parse(JSON.stringify(bundle)), 'x.json');
    expect(checked.papers.p00000).toEqual(bundle.papers.p00000);
    expect(checked.authors.a0000).toEqual(bundle.authors.a0000);
    const older = {
      version: 1,
      graphs: bundle.graphs,
      papers: { p1: { title: 'Old', authors: [], categories: [], hasCode: false, sources: [], abstract: '', authorCount: 0, authorsTruncated: false } },
      authors: { a1: { name: 'Ann Lee', variants: [], paperIds: ['p1'] } },
    };
    const read = checkBundle(older, 'old.json');
    expect(read.papers.p1).toEqual({ ...older.papers.p1, keywords: [], indexKeywords: [], ids: {} });
    expect(read.authors.a1).toEqual({ ...older.authors.a1, affiliations: [], countries: [], ambiguous: false });
  });
  it('drops new fields of the wrong type, and identifiers of kinds the view does not link', () => {
    const wrong = {
      version: 1,
      graphs: bundle.graphs,
      papers: { p1: { title: 'Odd', venue: 12, pages: ['1'], keywords: 'a; b', citedBy: -3, dateFrom: 'scrape', ids: { doi: 7, arxiv: '2101.00001', url: 'javascript:alert(1)' } } },
      authors: { a1: { name: 'Ann Lee', orcid: { href: 'javascript:alert(1)' }, affiliations: [3, 'Oslo'], ambiguous: 'yes' } },
    };
    const read = checkBundle(wrong, 'odd.json');
    expect(read.papers.p1).toMatchObject({ keywords: [], indexKeywords: [], ids: { arxiv: '2101.00001' } });
    for (const key of ['venue', 'pages', 'citedBy', 'dateFrom'] as const) expect(read.papers.p1![key]).toBeUndefined();
    expect(read.authors.a1).toEqual({ name: 'Ann Lee', variants: [], paperIds: [], affiliations: ['Oslo'], countries: [], ambiguous: false });
  });
  it('keeps the citation fields, and drops those of the wrong type or value', () => {
    const citations = makeCitationBundle();
    const checked = checkBundle(JSON.parse(JSON.stringify(citations)), 'c.json');
    expect(checked.references).toEqual(citations.references);
    expect(checked.papers.p4).toEqual(citations.papers.p4);
    expect(checked.graphs.map((g) => [g.entity, g.directed, g.layout])).toEqual(citations.graphs.map((g) => [g.entity, g.directed, g.layout]));
    const odd = {
      version: 1,
      graphs: [{ ...citations.graphs[0], directed: 'yes', layout: 'spiral' }],
      papers: { p1: { title: 'Odd', localCitations: -1, localReferences: 2.5, cites: 'p2', citingPapers: [3, 'p3'] } },
      references: { r1: { label: 7, doi: { href: 'javascript:alert(1)' }, citations: 'many', paperIds: ['p1', 2], paperId: 5 }, r2: 'x' },
    };
    const read = checkBundle(odd, 'odd.json');
    expect([read.graphs[0]!.directed, read.graphs[0]!.layout]).toEqual([undefined, undefined]);
    expect(read.papers.p1).toMatchObject({ citingPapers: ['p3'] });
    for (const key of ['localCitations', 'localReferences', 'cites'] as const) expect(read.papers.p1![key]).toBeUndefined();
    expect(read.references).toEqual({ r1: { label: 'r1', citations: 1, paperIds: ['p1'] } });
    // A bundle written before the citation networks has none.
    expect(checkBundle(JSON.parse(JSON.stringify(bundle)), 'x.json').references).toEqual({});
  });
  it.each([
    [null, /not a JSON object/],
    [{ version: 2, graphs: [] }, /version is 2/],
    [{ version: 1, graphs: [] }, /no graphs/],
    [{ version: 1, graphs: [{ kind: 'terms', nodes: [] }] }, /lacks nodes or edges/],
  ])('rejects %j', (raw, message) => {
    expect(() => checkBundle(raw, 'x.json')).toThrow(message);
  });
});

describe('URL state', () => {
  it('round-trips every part of the view', () => {
    const state = {
      ...initialState(),
      graph: 2,
      selected: 'id with spaces & ünïcode',
      focusedCommunity: 3,
      hiddenCommunities: new Set([5, 1]),
      sizeMetric: 'pagerank' as const,
      filters: {
        yearFrom: 2018,
        yearTo: null,
        hideUnknownYear: true,
        categories: new Set(['cs.LG', 'stat.ML']),
        minDegree: 2,
        minWeight: 0.25,
      },
      search: 'Álvarez',
    };
    const query = writeUrlState(state, bundle, new URLSearchParams('bundle=fixtures/x.json&junk=1'));
    expect(query).toContain('graph=terms');
    expect(query).toContain('bundle=fixtures%2Fx.json');
    expect(query).not.toContain('junk');
    const back = readUrlState(query, bundle);
    expect(back).toEqual(state);
  });
  it('falls back to defaults for nonsense', () => {
    const state = readUrlState('?graph=zzz&size=nope&years=x-y&deg=-1&w=abc&hide=a,b', bundle);
    expect(state).toEqual(initialState());
  });
});

describe('computeVisibility', () => {
  const data = buildGraphData(bundle.graphs[0]!, 0);
  it('shows everything without filters', () => {
    const v = computeVisibility(data, new Set(), NO_FILTERS);
    expect(v.nodeCount).toBe(data.nodes.length);
    expect(v.edgeCount).toBe(data.edges.length);
  });
  it('hides a community and the edges touching it', () => {
    const c = data.communities[0]!;
    const v = computeVisibility(data, new Set([c.id]), NO_FILTERS);
    expect(v.nodeCount).toBe(data.nodes.length - c.size);
    const expected = data.edges.filter((e) => {
      const s = data.nodes[data.nodeIndex.get(e.source)!]!;
      const t = data.nodes[data.nodeIndex.get(e.target)!]!;
      return s.community !== c.id && t.community !== c.id;
    }).length;
    expect(v.edgeCount).toBe(expected);
  });
  it('keeps unknown years unless asked, and filters by category', () => {
    const unknown = data.nodes.filter((n) => n.years.length === 0).length;
    const none = computeVisibility(data, new Set(), { ...NO_FILTERS, yearFrom: 3000 });
    expect(none.nodeCount).toBe(unknown);
    const hidden = computeVisibility(data, new Set(), { ...NO_FILTERS, yearFrom: 3000, hideUnknownYear: true });
    expect(hidden.nodeCount).toBe(0);
    const cl = computeVisibility(data, new Set(), { ...NO_FILTERS, categories: new Set(['cs.CL']) });
    expect(cl.nodeCount).toBe(data.nodes.filter((n) => n.categories.includes('cs.CL')).length);
  });
});

describe('suggest', () => {
  const data = buildGraphData(bundle.graphs[0]!, 0);
  it('matches without accents or case, best match first', () => {
    const target = data.nodes.find((n) => /[À-ž]/.test(n.label))!;
    const folded = target.label.normalize('NFD').replace(/\p{M}+/gu, '').toUpperCase();
    const results = suggest(bundle, data, folded);
    expect(results[0]?.node).toBe(target.id);
  });
  it('finds authors by a name variant', () => {
    const id = data.nodes[3]!.id;
    const variant = bundle.authors[id]!.variants[0]!;
    const results = suggest(bundle, data, variant, 50);
    expect(results.find((r) => r.node === id)?.variant).toBe(variant);
  });
  it('returns nothing for an empty query', () => {
    expect(suggest(bundle, data, '   ')).toEqual([]);
  });
});

describe('buildGraphData for the citation graphs', () => {
  const citations = makeCitationBundle();
  const graph = (kind: string) => buildGraphData(citations.graphs.find((g) => g.kind === kind)!, 0);
  it('asks sigma for arrows on directed graphs, two heads for a mutual pair, lines elsewhere', () => {
    const types = (kind: string) => graph(kind).graph.mapEdges((_, a) => a.type).sort();
    expect(types('direct-citation')).toEqual(['arrow', 'arrow', 'arrow', 'arrow', 'doubleArrow']);
    expect(types('coupling')).toEqual(['line', 'line', 'line', 'line']);
  });
  it('draws main-path citations thick, in their colour, over the others', () => {
    const data = graph('direct-citation');
    const onPath = data.graph.filterEdges((_, a) => a.color === MAIN_PATH_COLOR && a.zIndex === 1).map((e) => data.edges[data.graph.getEdgeAttribute(e, 'i')]!);
    expect(onPath.map((e) => `${e.source} ${e.target}`).sort()).toEqual(['p4 p1', 'p4 p5']);
  });
  it('reads the time axis off a graph laid out by year, and offers in- and out-degree on directed graphs', () => {
    expect(graph('historiograph').yearScale).toEqual({ year0: 1955, x0: 0, perYear: 8, unknownX: null });
    expect(graph('direct-citation').yearScale).toBeNull();
    expect(graph('direct-citation').sizeMetrics).toContain('inDegree');
    expect(graph('coupling').sizeMetrics).not.toContain('inDegree');
  });
});
