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
  const part = drawnOnly ? drawnPart(g) : { nodes: graph.nodes(), edges: graph.edges() };
  const index = new Map(part.nodes.map((n, i) => [n, i]));
  const years = yearsOfPapers(inputs);
  const start = Float64Array.from(part.nodes, (node) => firstYear(g.papersOf(node), years));
  const pagerank = g.centrality.pagerank;
  let maxPr = 1e-12;
  for (const node of part.nodes) maxPr = Math.max(maxPr, pagerank[node] ?? 0); // no spread: 10⁵ nodes overflow the stack
  const position = (axis: 'x' | 'y') => Float64Array.from(part.nodes, (node) => g.positions[node]?.[axis] ?? NaN);
  const weightOf = (e: string) => graph.getEdgeAttribute(e, 'weight') as number;
  return {
    kind: g.kind,
    title: g.title,
    entity: g.entity,
    directed: g.directed,
    part: { drawnOnly, totalNodes: graph.order, totalEdges: graph.size, ...(g.view.filtered ? { viewRule: g.view.filtered.rule } : {}) },
    nodes: {
      ids: part.nodes,
      labels: part.nodes.map((node) => graph.getNodeAttribute(node, 'label')),
      community: Int32Array.from(part.nodes, (node) => g.communities.assignment[node]!),
      color: part.nodes.map((node) => communityColor(g.communities.assignment[node]!, g.info[g.communities.assignment[node]!]!.size)),
      size: Float64Array.from(part.nodes, (node) => round6(2 + 18 * Math.sqrt((pagerank[node] ?? 0) / maxPr))),
      x: position('x'),
      y: position('y'),
      start,
      columns: nodeColumns(g, entry, inputs, part.nodes, drawnOnly),
      details: nodeDetails(g, inputs, part.nodes),
    },
    edges: {
      source: Int32Array.from(part.edges, (e) => index.get(graph.source(e))!),
      target: Int32Array.from(part.edges, (e) => index.get(graph.target(e))!),
      weight: Float64Array.from(part.edges, (e) => round6(weightOf(e))),
      strength: Float64Array.from(part.edges, (e) => round6(graph.getEdgeAttribute(e, g.communityWeight) as number)),
      mutual: Uint8Array.from(part.edges, (e) => (graph.getEdgeAttribute(e, 'mutual') === true ? 1 : 0)),
      start: Float64Array.from(part.edges, (e) => edgeStart(graph.getEdgeAttribute(e, 'papers'), weightOf(e), years)),
      columns: edgeColumns(g, entry.edgeReport, part.edges),
    },
    communities: g.info.map((c) => ({ label: c.label, size: c.size, color: communityColor(c.id, c.size) })),
    strengthOf: g.communityWeight,
  };
}

/** The node's CSV fields (papers.csv, authors.csv, terms.csv, cited_references.csv), then its analysis in this graph. */
function nodeColumns<E extends Attributes>(g: LaidOutGraph<E>, entry: GraphEntry<E>, inputs: GraphInputs, nodes: string[], drawnOnly: boolean): Column[] {
  const base =
    g.entity === 'reference'
      ? entry.nodeReport && { columns: entry.nodeReport.columns, cells: ((row) => (node: string) => row(g, node))(entry.nodeReport.row(inputs)) }
      : entityFields(g.entity, inputs.corpus, inputs.citations, inputs.topics);
  // The reference report starts with the node's key, the others' fields follow their id.
  const skipFirst = g.entity === 'reference' ? 1 : 0;
  const columns: [string, (node: string) => Cell][] = [];
  if (base) {
    const rows = new Map<string, Cell[] | undefined>();
    const cellsOf = (node: string) => (rows.has(node) ? rows.get(node) : rows.set(node, base.cells(node)).get(node));
    base.columns.forEach((name, i) => {
      if (i >= skipFirst && !NODE_OMITTED.has(name)) columns.push([name, (node) => cellsOf(node)?.[i]]);
    });
  }
  ANALYSIS_COLUMNS.forEach((name, i) => columns.push([name, (node) => analysisCells(g, node)[i]]));
  if (g.centrality.inDegree) {
    columns.push(['in_degree', (node) => g.centrality.inDegree![node] ?? 0], ['out_degree', (node) => g.centrality.outDegree?.[node] ?? 0]);
  }
  // In a full file of a graph too large to draw, which nodes the view (and its layout) holds.
  if (g.view.filtered && !drawnOnly) {
    const drawn = new Set(g.view.nodes);
    columns.push(['in_view', (node) => drawn.has(node)]);
  }
  return columns.map(([name, cell]) => column(name, nodes.map(cell)));
}

/** The edge CSV's fields but its ends and weight; a graph without one gives its edges' own attributes. */
function edgeColumns<E extends Attributes>(g: LaidOutGraph<E>, report: EdgeReport<E> | undefined, edges: string[]): Column[] {
  const { graph } = g;
  if (report) {
    const rows = edges.map((e) => report.row(graph, graph.source(e), graph.target(e), graph.getEdgeAttributes(e)));
    return report.columns.flatMap((name, i) => (EDGE_ENDS.has(name) ? [] : [column(name, rows.map((r) => r[i]))]));
  }
  const keys = edges.length ? Object.keys(graph.getEdgeAttributes(edges[0]!)).filter((k) => k !== 'weight') : [];
  return keys.map((key) => column(snakeCase(key), edges.map((e) => asCell(graph.getEdgeAttribute(e, key)))));
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
