// The readers the graph-file tests use: Python's networkx (≥ 3, for GEXF 1.3) and python-igraph,
// and xmllint for the GEXF RelaxNG schema (tests/fixtures/gexf-1.3). `.ci/run` installs them;
// without them the tests are skipped loudly, except on CI, where they fail.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { GraphTable } from '../../pipeline/export/graph-table';

const GEXF_SCHEMA = join(process.cwd(), 'tests', 'fixtures', 'gexf-1.3', 'gexf.rng');
const READERS = join(process.cwd(), 'tests', 'helpers', 'graph_readers.py');

export function readersAvailable(): boolean {
  const python = spawnSync('python3', ['-c', 'import networkx, igraph, sys; sys.exit(int(networkx.__version__.split(".")[0]) < 3)']);
  const xmllint = spawnSync('xmllint', ['--version']);
  if (python.status === 0 && xmllint.status === 0) return true;
  const message = 'networkx ≥ 3 and python-igraph for python3, and xmllint, are missing: see .ci/run for how to install them.';
  if (process.env.CI) throw new Error(`graph-file tests: ${message}`);
  console.warn(`\n!!! SKIPPING the graph-file reader tests: ${message}\n`);
  return false;
}

/** xmllint's verdict on a GEXF file against the 1.3 RelaxNG schema: "" when valid, else its messages. */
export function gexfSchemaErrors(path: string): string {
  const result = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, path], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

export interface ReaderGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, number | null][];
}

export interface ReadBack {
  networkx: string;
  igraph: string;
  networkx_gexf: ReaderGraph;
  networkx_graphml: ReaderGraph;
  igraph_graphml: ReaderGraph;
  igraph_pajek: ReaderGraph;
}

/** What networkx and igraph read of graph `kind` in `dir`. */
export function readWithPython(dir: string, kind: string): ReadBack {
  const result = spawnSync('python3', [READERS, dir, kind], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`graph_readers.py ${kind}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReadBack;
}

/** A small table by hand: three nodes (one undrawn), two edges, a mutual pair when directed. */
export function handTable(overrides: { directed?: boolean; label?: string; text?: string } = {}): GraphTable {
  const text = overrides.text ?? 'p1; p2';
  return {
    kind: 'hand',
    title: 'Hand graph',
    entity: 'author',
    directed: overrides.directed ?? false,
    part: { drawnOnly: false, totalNodes: 3, totalEdges: 2, viewRule: 'the 2 nodes with the highest PageRank and the 1 strongest links among them' },
    nodes: {
      ids: ['a1', 'a2', 'a3'],
      labels: [overrides.label ?? 'Ada & Co', 'Bo', 'Cy'],
      community: Int32Array.from([0, 0, 1]),
      color: ['#1f77b4', '#1f77b4', '#b4b4b4'],
      size: Float64Array.from([20, 8, 2]),
      x: Float64Array.from([1.5, 0, NaN]),
      y: Float64Array.from([-2, 3, NaN]),
      start: Float64Array.from([2019, 2021, NaN]),
      columns: [
        { name: 'name', type: 'string', values: [overrides.label ?? 'Ada & Co', 'Bo', text] },
        { name: 'paper_count', type: 'integer', values: [2, 1, 1] },
        { name: 'community', type: 'integer', values: [0, 0, 1] },
        { name: 'pagerank', type: 'double', values: [0.5, 0.3, 0.2] },
        { name: 'ambiguous', type: 'boolean', values: [false, true, undefined] },
      ],
      details: {
        description: ['<div>Ada</div>', '<div>Bo</div>', '<div>Cy</div>'],
        url: ['https://orcid.org/0000-0002-1825-0097', null, null],
        documents: Int32Array.from([2, 1, 1]),
        avgYear: Float64Array.from([2020, 2021, NaN]),
        citations: Float64Array.from([NaN, NaN, NaN]),
        avgCitations: Float64Array.from([NaN, NaN, NaN]),
      },
    },
    edges: {
      source: Int32Array.from([0, 1]),
      target: Int32Array.from([1, 2]),
      weight: Float64Array.from([2, 1]),
      strength: Float64Array.from([2, 1]),
      mutual: Uint8Array.from([1, 0]),
      start: Float64Array.from([2021, NaN]),
      columns: [{ name: 'paper_ids', type: 'string', values: [text, 'p3'] }],
    },
    communities: [
      { label: 'grokking', size: 2, color: '#1f77b4' },
      { label: 'SAM <sharpness>', size: 1, color: '#b4b4b4' },
    ],
    strengthOf: 'weight',
  };
}
