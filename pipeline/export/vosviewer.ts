// The VOSviewer Online JSON map (VOSviewer 1.6.16+ opens it too), written item by item: the map
// of vosviewer-items.ts with the clusters' labels, the view's colours and the terminology in
// `config`, and a line in `info` saying what part of the graph it holds.
import { partDescription } from './graph-part';
import type { GraphTable } from './graph-table';
import { vosMap } from './vosviewer-items';

export function* vosviewerJsonPieces(table: GraphTable): Generator<string> {
  const map = vosMap(table);
  // VOSviewer gives the k-th cluster present the k-th listed colour, whatever its number: listed
  // in the clusters' order, the colours land on the right clusters even where numbers skip.
  const clusterColors = map.clusters.map((c, k) => ({ cluster: k + 1, color: c.color }));
  yield '{\n';
  yield ` "config": ${JSON.stringify({ terminology: map.terminology, color_schemes: { cluster_colors: clusterColors } })},\n`;
  yield ` "info": ${JSON.stringify({ title: table.title, description: partDescription(table) })},\n`;
  yield ` "network": {\n  "clusters": ${JSON.stringify(map.clusters.map(({ cluster, label }) => ({ cluster, label })))},\n  "items": [`;
  yield* list(map.items());
  yield '],\n  "links": [';
  yield* list(map.links());
  yield ']\n }\n}\n';
}

function* list(values: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const value of values) {
    yield `${first ? '' : ','}\n   ${JSON.stringify(value)}`;
    first = false;
  }
  if (!first) yield '\n  ';
}
