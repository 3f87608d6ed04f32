// One graph as plain data, the single source every graph file is written from (GEXF, GraphML,
// Pajek, VOSviewer, Gephi's CSVs): nodes with their CSV fields, community, colour, size, position
// and first year; edges with their CSV fields and weights. Plain arrays and typed arrays only, so
// the writing can run on a worker thread (graph-files.ts) for the price of one structured clone.
import type { Attributes } from 'graphology-types';
import { round6, type Cell } from '../cells';
import type { EdgeReport, GraphEntry, GraphInputs } from '../graphs/types';
import type { LaidOutGraph } from '../layout/types';
import { drawnPart } from './drawn';
import { communityColor } from './format';
import { ANALYSIS_COLUMNS, analysisCells } from './graph-reports';
import { entityFields } from './node-fields';
import { nodeDetails, type NodeDetails } from './node-details';

export type ColumnType = 'integer' | 'double' | 'boolean' | 'string';

export interface Column {
  name: string;
  type: ColumnType;
  /** One per node (or edge) of the table, in its order; undefined and null: no value. */
  values: Cell[];
}

export interface GraphTable {
  kind: string;
  title: string;
  entity: LaidOutGraph['entity'];
  directed: boolean;
  /** What of the graph the files hold: all of it, or the part the view draws (`--exports drawn`). */
  part: { drawnOnly: boolean; totalNodes: number; totalEdges: number; viewRule?: string };
  nodes: {
    ids: string[];
    labels: string[];
    community: Int32Array;
    /** `#rrggbb`, the view's colour of the community. */
    color: string[];
    size: Float64Array;
    /** The view's position; NaN for a node the view does not draw. */
    x: Float64Array;
    y: Float64Array;
    /** The first year of the node's papers; NaN when none is dated. */
    start: Float64Array;
    columns: Column[];
    details: NodeDetails;
  };
  edges: {
    /** Indexes into the nodes. */
    source: Int32Array;
    target: Int32Array;
    /** The `weight` of the edge CSV (joint papers, cosine, co-occurrences, citations). */
    weight: Float64Array;
    /** The tie strength communities and the layout use (the registry's communityWeight). */
    strength: Float64Array;
    /** A citation pair linked both ways: one edge here, two arcs in a directed file. */
    mutual: Uint8Array;
    /** The year of the first paper behind the edge, where the edge lists all of them; NaN otherwise. */
    start: Float64Array;
    columns: Column[];
  };
  /** Every community, by id. */
  communities: { label: string; size: number; color: string }[];
  /** The edge attribute link strength is (`weight`, `association`, `strength`). */
  strengthOf: string;
}

/** Columns of an edge CSV that the files hold as the edge itself: its ends and its weight. */
const EDGE_ENDS = new Set(['source', 'target', 'citing', 'cited', 'source_name', 'target_name', 'citing_label', 'cited_label', 'weight']);
/**
 * papers.csv's abstract stays out of the graph files: at 10⁵ papers it would be most of every
 * file (≈150 MB per format); papers.csv has it under the same id. The node's label is its own.
 */
const NODE_OMITTED = new Set(['abstract', 'label', 'key']);

export function graphTable<E extends Attributes>(g: LaidOutGraph<E>, entry: GraphEntry<E>, inputs: GraphInputs, drawnOnly: boolean): GraphTable {
  const { graph } = g;
  const drawn = drawnOnly ? drawnPart(g) : undefined;
  const nodes = drawn?.nodes ?? graph.nodes();
  const years = yearsOfPapers(inputs);
  const pagerank = g.centrality.pagerank;
  let maxPr = 1e-12;
  for (const node of nodes) maxPr = Math.max(maxPr, pagerank[node] ?? 0); // no spread: 10⁵ nodes overflow the stack
  const position = (axis: 'x' | 'y') => Float64Array.from(nodes, (node) => g.positions[node]?.[axis] ?? NaN);
  return {
    kind: g.kind,
    title: g.title,
    entity: g.entity,
    directed: g.directed,
    part: { drawnOnly, totalNodes: graph.order, totalEdges: graph.size, ...(g.view.filtered ? { viewRule: g.view.filtered.rule } : {}) },
    nodes: {
      ids: nodes,
      labels: nodes.map((node) => graph.getNodeAttribute(node, 'label')),
      community: Int32Array.from(nodes, (node) => g.communities.assignment[node]!),
      color: nodes.map((node) => communityColor(g.communities.assignment[node]!, g.info[g.communities.assignment[node]!]!.size)),
      size: Float64Array.from(nodes, (node) => round6(2 + 18 * Math.sqrt((pagerank[node] ?? 0) / maxPr))),
      x: position('x'),
      y: position('y'),
      start: Float64Array.from(nodes, (node) => firstYear(g.papersOf(node), years)),
      columns: nodeColumns(g, entry, inputs, nodes, drawnOnly),
      details: nodeDetails(g, inputs, nodes),
    },
    edges: edgeTable(g, entry.edgeReport, nodes, drawn?.edges, years),
    communities: g.info.map((c) => ({ label: c.label, size: c.size, color: communityColor(c.id, c.size) })),
    strengthOf: g.communityWeight,
  };
}

/**
 * The edges in one pass over the graph (each attribute looked up by key cost more than the
 * writing at 10⁵ edges): ends, weights and times, and the edge CSV's fields but its ends and
 * weight; a graph without an edge CSV gives its edges' own attributes.
 */
/** `drawnEdges`: only those (the file holds the drawn part), else every edge of the graph. */
function edgeTable<E extends Attributes>(g: LaidOutGraph<E>, report: EdgeReport<E> | undefined, nodes: string[], drawnEdges: readonly string[] | undefined, years: ReadonlyMap<string, number>): GraphTable['edges'] {
  const { graph } = g;
  const index = new Map(nodes.map((n, i) => [n, i]));
  const m = drawnEdges ? drawnEdges.length : graph.size;
  const edges: GraphTable['edges'] = {
    source: new Int32Array(m), target: new Int32Array(m), weight: new Float64Array(m), strength: new Float64Array(m),
    mutual: new Uint8Array(m), start: new Float64Array(m), columns: [],
  };
  const keys = report ? undefined : m ? Object.keys(graph.getEdgeAttributes(graph.edges()[0]!)).filter((k) => k !== 'weight') : [];
  const rows: Cell[][] = [];
  let e = 0;
  const visit = (attributes: E, source: string, target: string) => {
    const weight = attributes.weight as number;
    edges.source[e] = index.get(source)!;
    edges.target[e] = index.get(target)!;
    edges.weight[e] = rounded(weight);
    edges.strength[e] = rounded(attributes[g.communityWeight] as number);
    edges.mutual[e] = attributes.mutual === true ? 1 : 0;
    edges.start[e] = edgeStart(attributes.papers, weight, years);
    rows.push(report ? report.row(graph, source, target, attributes) : keys!.map((k) => asCell(attributes[k])));
    e++;
  };
  if (drawnEdges) for (const key of drawnEdges) visit(graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
  else graph.forEachEdge((_, attributes, source, target) => visit(attributes, source, target));
  edges.columns = report
    ? report.columns.flatMap((name, i) => (EDGE_ENDS.has(name) ? [] : [column(name, rows.map((r) => r[i]))]))
    : keys!.map((key, i) => column(snakeCase(key), rows.map((r) => r[i])));
  return edges;
}

/** round6, which a whole number (most weights) can skip: toPrecision was a tenth of the table's cost. */
const rounded = (v: number) => (Number.isInteger(v) ? v : round6(v));

/** The node's CSV fields (papers.csv, authors.csv, terms.csv, cited_references.csv), then its analysis in this graph. */
function nodeColumns<E extends Attributes>(g: LaidOutGraph<E>, entry: GraphEntry<E>, inputs: GraphInputs, nodes: string[], drawnOnly: boolean): Column[] {
  const base =
    g.entity === 'reference'
      ? entry.nodeReport && { columns: entry.nodeReport.columns, cells: ((row) => (node: string) => row(g, node))(entry.nodeReport.row(inputs)) }
      : entityFields(g.entity, inputs.corpus, inputs.citations, inputs.topics);
  // The reference report starts with the node's key, the others' fields follow their id.
  const skipFirst = g.entity === 'reference' ? 1 : 0;
  const kept = (base?.columns ?? []).flatMap((name, i) => (i >= skipFirst && !NODE_OMITTED.has(name) ? [i] : []));
  const names = [...kept.map((i) => base!.columns[i]!), ...ANALYSIS_COLUMNS];
  const directed = g.centrality.inDegree ? ['in_degree', 'out_degree'] : [];
  // In a full file of a graph too large to draw, which nodes the view (and its layout) holds.
  const drawn = g.view.filtered && !drawnOnly ? new Set(g.view.nodes) : undefined;
  names.push(...directed, ...(drawn ? ['in_view'] : []));
  const rows = nodes.map((node): Cell[] => {
    const cells = base?.cells(node);
    const row = kept.map((i) => cells?.[i]);
    row.push(...analysisCells(g, node));
    if (directed.length) row.push(g.centrality.inDegree![node] ?? 0, g.centrality.outDegree?.[node] ?? 0);
    if (drawn) row.push(drawn.has(node));
    return row;
  });
  return names.map((name, j) => column(name, rows.map((r) => r[j])));
}

function column(name: string, values: Cell[]): Column {
  return { name, type: columnType(values), values };
}

/** Booleans, whole numbers, numbers, else text; a column with no value is text. */
function columnType(values: readonly Cell[]): ColumnType {
  let kinds = 0; // bits: 1 boolean, 2 integer, 4 fraction, 8 text
  for (const v of values) {
    if (v === undefined || v === null) continue;
    kinds |= typeof v === 'boolean' ? 1 : typeof v === 'number' ? (Number.isInteger(v) ? 2 : 4) : 8;
  }
  if (kinds === 1) return 'boolean';
  if (kinds === 2) return 'integer';
  if (kinds === 4 || kinds === 6) return 'double';
  return 'string';
}

function asCell(value: unknown): Cell {
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number') return round6(value);
  return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function yearsOfPapers({ corpus }: GraphInputs): Map<string, number> {
  const years = new Map<string, number>();
  for (const p of corpus.papers) if (p.year !== undefined) years.set(p.id, p.year);
  return years;
}

function firstYear(papers: readonly string[], years: ReadonlyMap<string, number>): number {
  let first = Infinity;
  for (const p of papers) first = Math.min(first, years.get(p) ?? Infinity);
  return first === Infinity ? NaN : first;
}

/** An edge exists from its first paper on, known only where it lists them all (joint papers; few co-occurrences). */
function edgeStart(papers: unknown, weight: number, years: ReadonlyMap<string, number>): number {
  return Array.isArray(papers) && papers.length === weight ? firstYear(papers as string[], years) : NaN;
}

/**
 * The arcs (source, target, weight) a file writes for edge `e`: the edge itself, or in a directed
 * file a pair citing each other as its two citations, each of weight 1.
 */
export function arcsOf({ directed, edges }: GraphTable, e: number): [number, number, number][] {
  const [s, t, w] = [edges.source[e]!, edges.target[e]!, edges.weight[e]!];
  return directed && edges.mutual[e] ? [[s, t, w / 2], [t, s, w / 2]] : [[s, t, w]];
}

/** Edges as a directed file counts them: a mutual pair is two. */
export function arcCount({ directed, edges }: GraphTable): number {
  return edges.source.length + (directed ? edges.mutual.reduce((n, m) => n + m, 0) : 0);
}
