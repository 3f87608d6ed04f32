// Every file of one graph, written from its table (graph-table.ts) by one writer per format, as a
// task: on a worker thread when the graph is large, where the formatting of 10⁵-node graphs costs
// seconds the main thread can spend on the other graphs.
import { join } from 'node:path';
import { gephiEdgesPieces, gephiNodesPieces } from './gephi-csv';
import { gexfPieces } from './gexf';
import type { GraphTable } from './graph-table';
import { graphmlPieces } from './graphml';
import { pajekCluPieces, pajekNetPieces } from './pajek';
import { writePieces } from './text-sink';
import { vosMap } from './vosviewer-items';
import { vosviewerJsonPieces } from './vosviewer';
import { vosviewerMapPieces, vosviewerNetworkPieces } from './vosviewer-map';
import { offload, type OffloadOptions, type Task } from '../worker-thread';

type Writer = (table: GraphTable) => Iterable<string>;

/** File name (after the graph's kind) → its writer. */
const FORMATS: [string, Writer][] = [
  ['gexf', gexfPieces],
  ['graphml', graphmlPieces],
  ['net', pajekNetPieces],
  ['clu', pajekCluPieces],
  ['nodes.csv', gephiNodesPieces],
  ['edges.csv', gephiEdgesPieces],
];
const VOSVIEWER_FORMATS: [string, Writer][] = [
  ['vosviewer.json', vosviewerJsonPieces],
  ['vosviewer.map.txt', vosviewerMapPieces],
  ['vosviewer.net.txt', vosviewerNetworkPieces],
];

export interface GraphFiles {
  /** Names written, in graphs/. */
  written: string[];
  /** Names not written → why. */
  notWritten: Record<string, string>;
}

function writeGraphFilesHere({ dir, table }: { dir: string; table: GraphTable }): GraphFiles {
  const refused = vosMap(table).refused;
  const files: GraphFiles = { written: [], notWritten: {} };
  for (const [suffix, writer] of [...FORMATS, ...VOSVIEWER_FORMATS]) {
    const name = `${table.kind}.${suffix}`;
    if (refused && VOSVIEWER_FORMATS.some(([s]) => s === suffix)) {
      files.notWritten[name] = refused;
      continue;
    }
    writePieces(join(dir, name), writer(table));
    files.written.push(name);
  }
  return files;
}

/**
 * Measured here on a table the size of the 100,000-paper co-author graph (97,000 nodes, 539,000
 * edges): its nine files take about 5.4 s of CPU (GEXF 1.3 s, GraphML 1.0 s, VOSviewer JSON 1.0 s),
 * some 8.5 µs per node and edge, so graphs from about 30,000 nodes and edges go to a worker.
 */
export const graphFilesTask: Task<{ dir: string; table: GraphTable }, GraphFiles> = {
  module: import.meta.url,
  name: 'graphFilesTask',
  run: writeGraphFilesHere,
  estimateMs: ({ table }) => (table.nodes.ids.length + table.edges.source.length) * 0.01,
};

/** Writes the graph's files into `dir`, on a worker thread when that pays. */
export function writeGraphFiles(dir: string, table: GraphTable, run: OffloadOptions = {}): Promise<GraphFiles> {
  return offload(graphFilesTask, { dir, table }, run);
}
