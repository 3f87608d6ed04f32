// GraphML for igraph, networkx, Cytoscape and Gephi, written as a stream of pieces. Every CSV
// field is a typed key; the view's colour, size and position are the keys Gephi's GraphML import
// reads as such (r, g, b, size, x, y) and the edge weight is `weight`. (graphology-graphml, which
// the tests read it back with, has no writer.)
import { arcsOf, type Column, type ColumnType, type GraphTable } from './graph-table';
import { rgbChannels } from './format';
import { partDescription } from './graph-part';
import { escapeXml, xmlValue } from './xml-text';

const GRAPHML_TYPES: Record<ColumnType, string> = { integer: 'long', double: 'double', boolean: 'boolean', string: 'string' };

export function* graphmlPieces(table: GraphTable): Generator<string> {
  const { nodes, edges, directed } = table;
  const ids = nodes.ids.map(escapeXml);
  const placed = nodes.x.some((x) => !Number.isNaN(x));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield `  <desc>${escapeXml(partDescription(table))}</desc>\n`;
  yield key('n_label', 'node', 'label', 'string');
  for (const c of nodes.columns) yield key(`n_${c.name}`, 'node', c.name, GRAPHML_TYPES[c.type]);
  for (const channel of ['r', 'g', 'b']) yield key(`n_${channel}`, 'node', channel, 'int');
  yield key('n_size', 'node', 'size', 'double');
  if (placed) yield key('n_x', 'node', 'x', 'double') + key('n_y', 'node', 'y', 'double');
  yield key('e_weight', 'edge', 'weight', 'double');
  for (const c of edges.columns) yield key(`e_${c.name}`, 'edge', c.name, GRAPHML_TYPES[c.type]);
  yield `  <graph id="${escapeXml(table.kind)}" edgedefault="${directed ? 'directed' : 'undirected'}">\n`;
  for (let i = 0; i < nodes.ids.length; i++) {
    const [r, g, b] = rgbChannels(nodes.color[i]!);
    const x = nodes.x[i]!;
    yield `    <node id="${ids[i]}">\n` +
      data('n_label', nodes.labels[i]) +
      values('n_', nodes.columns, i) +
      data('n_r', r) + data('n_g', g) + data('n_b', b) + data('n_size', nodes.size[i]) +
      (Number.isNaN(x) ? '' : data('n_x', x) + data('n_y', nodes.y[i])) +
      '    </node>\n';
  }
  for (let e = 0; e < edges.source.length; e++) {
    const rest = values('e_', edges.columns, e);
    for (const [s, t, weight] of arcsOf(table, e)) {
      yield `    <edge source="${ids[s]}" target="${ids[t]}">\n${data('e_weight', weight)}${rest}    </edge>\n`;
    }
  }
  yield '  </graph>\n</graphml>\n';
}

const key = (id: string, domain: 'node' | 'edge', name: string, type: string) => `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;

function data(key: string, value: string | number | boolean | null | undefined): string {
  return value === undefined || value === null || value === '' ? '' : `      <data key="${key}">${xmlValue(value)}</data>\n`;
}

function values(prefix: string, columns: readonly Column[], row: number): string {
  let text = '';
  for (const c of columns) text += data(prefix + c.name, c.values[row]);
  return text;
}
