// The drawn (filtered) part of the current graph as files: its edges as CSV (the nodes' CSV is
// the node table's), and nodes and edges together as GEXF 1.3 with label, community, metrics,
// colour, size and the view's position, for Gephi.
import { csvHeader, csvRows } from '../pipeline/export/csv-format';
import { rgbChannels } from '../pipeline/export/format';
import { escapeXml } from '../pipeline/export/xml-text';
import type { GraphData } from './graph-data';
import type { Visibility } from './visibility';

export function drawnNodes(visibility: Visibility): number[] {
  const out: number[] = [];
  visibility.nodes.forEach((v, i) => v && out.push(i));
  return out;
}

function drawnEdges(visibility: Visibility): number[] {
  const out: number[] = [];
  visibility.edges.forEach((v, e) => v && out.push(e));
  return out;
}

export function edgesCsv(data: GraphData, visibility: Visibility): string {
  return csvHeader(['source', 'target', 'weight']) + csvRows(drawnEdges(visibility).map((e) => [data.edges[e]!.source, data.edges[e]!.target, data.edgeWeight[e]!]));
}

export function subgraphGexf(data: GraphData, visibility: Visibility): string {
  const metrics = data.sizeMetrics;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>citegraph view</creator><description>${escapeXml(`${data.source.title}: the part drawn, ${visibility.nodeCount} nodes and ${visibility.edgeCount} edges`)}</description></meta>`,
    `  <graph defaultedgetype="${data.directed ? 'directed' : 'undirected'}">`,
    '    <attributes class="node">',
    '      <attribute id="community" title="community" type="integer"/>',
    '      <attribute id="community_label" title="community_label" type="string"/>',
    ...metrics.map((m) => `      <attribute id="${m}" title="${m}" type="double"/>`),
    '    </attributes>',
    `    <nodes count="${visibility.nodeCount}">`,
  ];
  for (const i of drawnNodes(visibility)) {
    const node = data.nodes[i]!;
    const [r, g, b] = rgbChannels(data.colors[i]!);
    const values = [`<attvalue for="community" value="${node.community}"/>`, `<attvalue for="community_label" value="${escapeXml(data.communityById.get(node.community)?.label ?? '')}"/>`, ...metrics.map((m) => `<attvalue for="${m}" value="${Number(node.metrics?.[m] ?? 0)}"/>`)];
    out.push(
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(data.labels[i]!)}"><attvalues>${values.join('')}</attvalues>` +
        `<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${data.graph.getNodeAttribute(String(i), 'size')}"/><viz:position x="${node.x}" y="${node.y}" z="0"/></node>`,
    );
  }
  out.push('    </nodes>', `    <edges count="${visibility.edgeCount}">`);
  for (const e of drawnEdges(visibility)) {
    const edge = data.edges[e]!;
    out.push(`      <edge id="${e}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${data.edgeWeight[e]}"/>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
