// Every file of every graph, from a run on real Web of Science and Scopus exports (all eight
// graphs), loaded by real readers — networkx and igraph (GEXF, GraphML, Pajek), the GEXF 1.3
// RelaxNG schema, graphology's GEXF and GraphML parsers, VOSviewer Online's load rules — and
// compared with the CSV reports and the view bundle: node and edge counts, fields, communities,
// colours, positions, weights and years.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_COLUMNS } from '../pipeline/export/graph-reports';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { gexfSchemaErrors, type ReadBack, readersAvailable, readWithPython } from './helpers/graph-files';
import { loadVosviewerJson, loadVosviewerMapNetwork } from './helpers/vosviewer-rules';
import { scratchDir } from './helpers/scratch';

const INPUTS = ['savedrecs.txt', 'scopus-2023.csv'].map((f) => join(process.cwd(), 'tests', 'fixtures', 'formats', f));
const KINDS = ['coauthor', 'papers', 'terms', 'direct-citation', 'coupling', 'cocitation', 'historiograph', 'main-path'];
const readers = readersAvailable();

type Row = Record<string, string>;
let out: string;
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const csv = (name: string) => Papa.parse<Row>(read(name), { header: true, skipEmptyLines: true }).data;
const byKey = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key]!, r]));
/** A CSV cell as written, without the apostrophe that guards a formula-like text. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

interface Expected {
  run: { graphs: Record<string, { nodes: number; edges: number }> };
  bundle: { graphs: { kind: string; nodes: { id: string; x: number; y: number; color: string; community: number }[] }[] };
  entity: Record<string, { rows: Map<string, Row>; analysedBy: string }>;
  communities: Map<string, Row[]>;
  years: Map<string, number>;
}
let expected: Expected;

beforeAll(async () => {
  out = join(scratchDir('files'), 'out');
  await runPipeline(INPUTS, { ...DEFAULT_OPTIONS, out });
  const communities = new Map<string, Row[]>();
  for (const row of csv('communities.csv')) communities.set(row.graph!, [...(communities.get(row.graph!) ?? []), row]);
  expected = {
    run: JSON.parse(read('run.json')),
    bundle: JSON.parse(read('bundle.json')),
    entity: {
      paper: { rows: byKey(csv('papers.csv'), 'id'), analysedBy: 'papers' },
      author: { rows: byKey(csv('authors.csv'), 'id'), analysedBy: 'coauthor' },
      term: { rows: byKey(csv('terms.csv'), 'term'), analysedBy: 'terms' },
      reference: { rows: byKey(csv('cited_references.csv'), 'key'), analysedBy: 'cocitation' },
    },
    communities,
    years: new Map(csv('papers.csv').filter((p) => p.year).map((p) => [p.id!, Number(p.year)])),
  };
}, 120_000);

const ENTITY: Record<string, string> = { coauthor: 'author', papers: 'paper', terms: 'term', cocitation: 'reference' };
const entityOf = (kind: string) => ENTITY[kind] ?? 'paper';
/** Columns a node has per graph: a CSV gives them for the graph it reports, not the others. */
const ANALYSIS: readonly string[] = ANALYSIS_COLUMNS;
const NOT_ATTRIBUTES = new Set(['id', 'term', 'key', 'label', 'abstract']);
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The node's fields as its CSV row has them (and, in the graph that CSV reports, its analysis). */
function expectFieldsOf(kind: string, node: string, attributes: Record<string, unknown>, reader: string): void {
  const { rows, analysedBy } = expected.entity[entityOf(kind)]!;
  const row = rows.get(node);
  expect(row, `${reader} ${kind} ${node}`).toBeDefined();
  for (const [column, cell] of Object.entries(row!)) {
    if (NOT_ATTRIBUTES.has(column) || (ANALYSIS.includes(column) && kind !== analysedBy)) continue;
    expect(text(attributes[column]), `${reader} ${kind} ${node} ${column}`).toBe(unguard(cell));
  }
}

/** Node counts per community and their labels, as communities.csv gives them. */
function expectCommunities(kind: string, community: (node: string) => unknown, nodes: string[]): void {
  const sizes = new Map<string, number>();
  for (const node of nodes) sizes.set(text(community(node)), (sizes.get(text(community(node))) ?? 0) + 1);
  expect(Object.fromEntries(sizes), kind).toEqual(Object.fromEntries(expected.communities.get(kind)!.map((c) => [c.community!, Number(c.size)])));
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Source–target pairs and weights as the graph's edge CSV has them (undirected: sorted ends). */
function edgeCsv(kind: string): Map<string, number> | undefined {
  const file: Record<string, [string, string, string]> = {
    coauthor: ['coauthor_edges.csv', 'source', 'target'],
    papers: ['paper_edges.csv', 'source', 'target'],
    terms: ['term_edges.csv', 'source', 'target'],
    coupling: ['coupling_edges.csv', 'source', 'target'],
    cocitation: ['cocitation_edges.csv', 'source', 'target'],
    'main-path': ['main_path.csv', 'citing', 'cited'],
  };
  const spec = file[kind];
  if (!spec) return undefined;
  const weight = kind === 'main-path' ? 'spc' : 'weight';
  return new Map(csv(spec[0]).map((r) => [pair(kind, r[spec[1]]!, r[spec[2]]!), Number(r[weight])]));
}
const directedKind = (kind: string) => ['direct-citation', 'historiograph', 'main-path'].includes(kind);
const pair = (kind: string, s: string, t: string) => (directedKind(kind) || s < t ? `${s}|${t}` : `${t}|${s}`);

describe.skipIf(!readers)('each graph file in a real reader', () => {
  const readBack = new Map<string, ReadBack>();
  const python = (kind: string) => readBack.get(kind) ?? readBack.set(kind, readWithPython(join(out, 'graphs'), kind)).get(kind)!;

  it.each(KINDS)('%s.gexf: valid GEXF 1.3 (RelaxNG), read by networkx with every node, edge, field, colour, position and year', (kind) => {
    expect(gexfSchemaErrors(join(out, 'graphs', `${kind}.gexf`))).toBe('');
    const { nodes, edges, directed } = python(kind).networkx_gexf;
    const size = expected.run.graphs[kind]!;
    expect(directed).toBe(directedKind(kind));
    expect(Object.keys(nodes)).toHaveLength(size.nodes);
    const mutual = edgesMutual(kind);
    expect(edges).toHaveLength(size.edges + mutual);
    for (const [node, attributes] of Object.entries(nodes)) expectFieldsOf(kind, node, attributes, 'networkx gexf');
    expectCommunities(kind, (node) => nodes[node]!.community, Object.keys(nodes));
    const drawn = expected.bundle.graphs.find((g) => g.kind === kind)!.nodes;
    for (const n of drawn) {
      const viz = nodes[n.id]!.viz as { color: { r: number; g: number; b: number }; position: { x: number; y: number } };
      expect([viz.color.r, viz.color.g, viz.color.b], `${kind} ${n.id}`).toEqual(rgb(n.color));
      expect([viz.position.x, viz.position.y], `${kind} ${n.id}`).toEqual([n.x, n.y]);
    }
    // The year: a paper's own, an author's first paper's.
    if (kind === 'papers' || kind === 'coauthor') {
      const papersOf = kind === 'coauthor' ? (a: string) => expected.entity.author!.rows.get(a)!.paper_ids!.split('; ') : (p: string) => [p];
      for (const [node, attributes] of Object.entries(nodes)) {
        const years = papersOf(node).map((p) => expected.years.get(p)).filter((y): y is number => y !== undefined);
        expect(attributes.start, `${kind} ${node}`).toBe(years.length ? Math.min(...years) : undefined);
      }
    }
    const weights = edgeCsv(kind);
    if (weights) for (const [s, t, w] of edges) expect(w, `${kind} ${s}–${t}`).toBe(weights.get(pair(kind, s, t)));
  });

  it.each(KINDS)('%s.graphml: read by networkx, igraph and graphology-graphml with the same nodes, fields and edges', (kind) => {
    const size = expected.run.graphs[kind]!;
    const reference = python(kind).networkx_gexf;
    for (const reader of ['networkx_graphml', 'igraph_graphml'] as const) {
      const { nodes, edges, directed } = python(kind)[reader];
      expect(directed, reader).toBe(directedKind(kind));
      expect(Object.keys(nodes).sort(), reader).toEqual(Object.keys(reference.nodes).sort());
      expect(edges.map(([s, t, w]) => `${s}|${t}|${w}`).sort(), reader).toEqual(reference.edges.map(([s, t, w]) => `${s}|${t}|${w}`).sort());
      for (const [node, attributes] of Object.entries(nodes)) {
        expectFieldsOf(kind, node, attributes, reader);
        const viz = reference.nodes[node]!.viz as { color: { r: number; g: number; b: number }; position?: { x: number; y: number } };
        expect([attributes.r, attributes.g, attributes.b], `${reader} ${node}`).toEqual([viz.color.r, viz.color.g, viz.color.b]);
        if (viz.position) expect([attributes.x, attributes.y], `${reader} ${node}`).toEqual([viz.position.x, viz.position.y]);
      }
    }
    const graph = parseGraphml(Graph, read(`graphs/${kind}.graphml`));
    expect([graph.order, graph.size]).toEqual([size.nodes, size.edges + edgesMutual(kind)]);
    graph.forEachNode((node, attributes) => expectFieldsOf(kind, node, attributes, 'graphology-graphml'));
  });

  it.each(KINDS)('%s: GEXF in graphology-gexf, Pajek .net in igraph, with its .clu', (kind) => {
    const reference = python(kind).networkx_gexf;
    const graph = parseGexf(Graph, read(`graphs/${kind}.gexf`));
    expect([graph.order, graph.size]).toEqual([Object.keys(reference.nodes).length, reference.edges.length]);
    graph.forEachNode((node, attributes) => expectFieldsOf(kind, node, attributes, 'graphology-gexf'));
    const pajek = python(kind).igraph_pajek;
    const ids = Object.keys(reference.nodes);
    expect(pajek.directed).toBe(directedKind(kind));
    // Vertices in the GEXF's order, labelled as there (a double quote becomes a single one).
    expect(Object.keys(pajek.nodes)).toEqual(ids.map((_, i) => String(i + 1)));
    const labels = ids.map((_, i) => pajek.nodes[String(i + 1)]!.name);
    expect(labels).toEqual(ids.map((id) => (reference.nodes[id]!.label as string).replace(/"/g, "'")));
    expect(pajek.edges).toHaveLength(reference.edges.length);
    const clu = read(`graphs/${kind}.clu`).trim().split('\n');
    expect(clu[0]).toBe(`*Vertices ${ids.length}`);
    expect(clu.slice(1).map(Number)).toEqual(ids.map((id) => reference.nodes[id]!.community));
  });

  it.each(KINDS)('%s.vosviewer.json and its map/network files pass VOSviewer Online\'s load rules, with labelled clusters in the view\'s colours', (kind) => {
    const reference = python(kind).networkx_gexf;
    const ids = Object.keys(reference.nodes);
    const size = expected.run.graphs[kind]!;
    const json = loadVosviewerJson(read(`graphs/${kind}.vosviewer.json`));
    const desktop = loadVosviewerMapNetwork(read(`graphs/${kind}.vosviewer.map.txt`), read(`graphs/${kind}.vosviewer.net.txt`));
    const labels = new Map(expected.communities.get(kind)!.map((c) => [Number(c.community), c]));
    for (const [format, load] of [['json', json], ['map/network', desktop]] as const) {
      expect(load.error, format).toBeUndefined();
      expect(load.items, format).toHaveLength(ids.length);
      expect(load.links, format).toHaveLength(size.edges);
      load.items.forEach((item, i) => {
        const community = reference.nodes[ids[i]!]!.community as number;
        const c = labels.get(community)!;
        // cluster = community + 1; a loner (a community of one) has none.
        expect(item.cluster ?? null, `${format} ${ids[i]}`).toBe(Number(c.size) > 1 ? community + 1 : null);
        expect(item.label, format).toBe(reference.nodes[ids[i]!]!.label);
      });
      // Total link strength is the sum of the item's link strengths.
      const total = new Map<unknown, number>();
      for (const [s, t, strength] of load.links) for (const end of [s, t]) total.set(end, (total.get(end) ?? 0) + (strength as number));
      for (const item of load.items) {
        const sum = total.get(item.id) ?? 0;
        expect(Math.abs((item['weight<Total link strength>'] as number) - sum), `${format} ${item.id}`).toBeLessThanOrEqual(1e-5 * sum); // six digits
      }
    }
    for (const [cluster, label] of json.legend) expect(label).toBe(labels.get(cluster - 1)!.label);
    const drawn = new Map(expected.bundle.graphs.find((g) => g.kind === kind)!.nodes.map((n) => [n.id, n]));
    json.items.forEach((item, i) => {
      const n = drawn.get(ids[i]!);
      if (n && item.cluster !== null) expect(json.colors.get(item.id), ids[i]).toBe(n.color);
    });
  });

  it.each(KINDS)('%s: nodes.csv and edges.csv have Gephi\'s import columns and every node and arc', (kind) => {
    const nodes = Papa.parse<Row>(read(`graphs/${kind}.nodes.csv`), { header: true, skipEmptyLines: true });
    const edges = Papa.parse<Row>(read(`graphs/${kind}.edges.csv`), { header: true, skipEmptyLines: true });
    expect(nodes.meta.fields!.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(edges.meta.fields!.slice(0, 4)).toEqual(['Source', 'Target', 'Type', 'Weight']);
    expect(nodes.data).toHaveLength(expected.run.graphs[kind]!.nodes);
    expect(edges.data).toHaveLength(expected.run.graphs[kind]!.edges + edgesMutual(kind));
    expect(new Set(edges.data.map((e) => e.Type))).toEqual(new Set([directedKind(kind) ? 'Directed' : 'Undirected']));
    for (const row of nodes.data) expectFieldsOf(kind, row.Id!, Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguard(v)])), 'nodes.csv');
  });

  /** Pairs citing each other: one edge in the analysis, two arcs in a directed file. */
  function edgesMutual(kind: string): number {
    if (!directedKind(kind)) return 0;
    return Object.values(python(kind).networkx_gexf.edges).length - expected.run.graphs[kind]!.edges;
  }
});

describe('the part the view draws, on request, and graphs VOSviewer cannot open', () => {
  it('writes only the drawn part with --exports drawn, says so, and leaves out VOSviewer maps of fewer than 3 items', async () => {
    const drawnOut = join(scratchDir('drawn'), 'out');
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, ['pipeline/cli.ts', ...INPUTS, '--out', drawnOut, '--exports', 'drawn', '--max-view-nodes', '12', '--historiograph', '2']);
    const file = (name: string) => readFileSync(join(drawnOut, 'graphs', name), 'utf8');
    const coauthor = file('coauthor.gexf');
    expect(coauthor.match(/<node /g)).toHaveLength(12);
    expect(coauthor).toMatch(/Co-authors: the part the view draws, 12 nodes and \d+ edges of [\d,]+ and [\d,]+ \(the 12 nodes with the highest PageRank/);
    expect(coauthor.match(/<viz:position/g)).toHaveLength(12);
    const run = JSON.parse(readFileSync(join(drawnOut, 'run.json'), 'utf8'));
    expect(run.options.exports).toBe('drawn');
    const why = 'VOSviewer opens no map of fewer than 3 items (this graph has 2)';
    expect(run.graphFilesNotWritten).toEqual(Object.fromEntries(['json', 'map.txt', 'net.txt'].map((s) => [`historiograph.vosviewer.${s}`, why])));
    expect(run.outputs).toContain('graphs/historiograph.gexf');
    expect(run.outputs).not.toContain('graphs/historiograph.vosviewer.json');
    expect(stdout).toContain(`not written: graphs/historiograph.vosviewer.json (${why})`);
  }, 120_000);
});
