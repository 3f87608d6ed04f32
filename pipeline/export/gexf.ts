// GEXF 1.3 for Gephi and networkx, written as a stream of pieces (a 10⁵-node graph is never one
// string): every CSV field as a node or edge attribute, community colour as viz:color r/g/b (the
// schema allows hex too, but networkx's reader fails on it), size, the view's position where it
// has one, and the first year of each node's papers as its `start`, so Gephi's timeline can play
// the graph through time. The file validates against the GEXF 1.3 RelaxNG schema (tested).
import { arcCount, arcsOf, type Column, type ColumnType, type GraphTable } from './graph-table';
import { rgbChannels } from './format';
import { partDescription } from './graph-part';
import { escapeXml, xmlValue } from './xml-text';

const GEXF_TYPES: Record<ColumnType, string> = { integer: 'integer', double: 'double', boolean: 'boolean', string: 'string' };

export function* gexfPieces(table: GraphTable): Generator<string> {
  const { nodes, edges, directed } = table;
  const ids = nodes.ids.map(escapeXml);
  const dated = nodes.start.some((y) => !Number.isNaN(y));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta>\n    <creator>citegraph</creator>\n    <description>${escapeXml(partDescription(table))}</description>\n  </meta>\n`;
  // Years as plain numbers: "double" is the time format every Gephi version and networkx read.
  yield `  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}"${dated ? ' mode="dynamic" timeformat="double"' : ''}>\n`;
  yield* declarations('node', nodes.columns);
  yield* declarations('edge', edges.columns);
  yield `    <nodes count="${nodes.ids.length}">\n`;
  for (let i = 0; i < nodes.ids.length; i++) {
    const [r, g, b] = rgbChannels(nodes.color[i]!);
    const x = nodes.x[i]!;
    yield `      <node id="${ids[i]}" label="${escapeXml(nodes.labels[i]!)}"${time(nodes.start[i]!)}>\n` +
      attvalues(nodes.columns, i) +
      `        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${nodes.size[i]}"/>\n` +
      (Number.isNaN(x) ? '' : `        <viz:position x="${x}" y="${nodes.y[i]}" z="0"/>\n`) +
      '      </node>\n';
  }
  yield `    </nodes>\n    <edges count="${arcCount(table)}">\n`;
  for (let e = 0; e < edges.source.length; e++) {
    const values = attvalues(edges.columns, e);
    for (const [s, t, weight] of arcsOf(table, e)) {
      yield `      <edge source="${ids[s]}" target="${ids[t]}" weight="${weight}"${time(edges.start[e]!)}` +
        (values ? `>\n${values}      </edge>\n` : '/>\n');
    }
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function* declarations(kind: 'node' | 'edge', columns: readonly Column[]): Generator<string> {
  if (columns.length === 0) return;
  yield `    <attributes class="${kind}">\n`;
  for (const c of columns) yield `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPES[c.type]}"/>\n`;
  yield '    </attributes>\n';
}

/** A node's or edge's values; none for a missing one. */
function attvalues(columns: readonly Column[], row: number): string {
  let text = '';
  for (const c of columns) {
    const value = c.values[row];
    if (value === undefined || value === null || value === '') continue;
    text += `          <attvalue for="${c.name}" value="${xmlValue(value)}"/>\n`;
  }
  return text && `        <attvalues>\n${text}        </attvalues>\n`;
}

const time = (year: number) => (Number.isNaN(year) ? '' : ` start="${year}"`);
