// A nodes and an edges table per graph in the columns Gephi's spreadsheet import recognises (Id,
// Label; Source, Target, Type, Weight), with every CSV field after them: the graph's reports are
// not such a pair (terms.csv keys nodes by `term`, citations.csv links `citing` to `cited`), so
// these are. Quoting and the formula guard are the reports' (csv-format.ts).
import type { Cell } from '../cells';
import { csvHeader, csvRows } from './csv-format';
import { arcsOf, type GraphTable } from './graph-table';
import { inChunks } from './text-sink';

export function* gephiNodesPieces({ nodes }: GraphTable): Generator<string> {
  yield csvHeader(['Id', 'Label', ...nodes.columns.map((c) => c.name)]);
  yield* inChunks(
    (function* () {
      for (let i = 0; i < nodes.ids.length; i++) yield [nodes.ids[i], nodes.labels[i], ...nodes.columns.map((c) => c.values[i])];
    })(),
    csvRows,
  );
}

export function* gephiEdgesPieces(table: GraphTable): Generator<string> {
  const { nodes, edges, directed } = table;
  const type = directed ? 'Directed' : 'Undirected';
  yield csvHeader(['Source', 'Target', 'Type', 'Weight', ...edges.columns.map((c) => c.name)]);
  yield* inChunks(
    (function* (): Generator<Cell[]> {
      for (let e = 0; e < edges.source.length; e++) {
        for (const [s, t, weight] of arcsOf(table, e)) yield [nodes.ids[s], nodes.ids[t], type, weight, ...edges.columns.map((c) => c.values[e])];
      }
    })(),
    csvRows,
  );
}
