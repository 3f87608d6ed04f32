// VOSviewer's desktop map and network files (its manual's "map file" and "network file"): the
// map of vosviewer-items.ts as tab-separated text, items under a header line, links as
// "id<TAB>id<TAB>strength" lines without one. Quoting is papaparse's, as VOSviewer Online reads them.
import Papa from 'papaparse';
import type { GraphTable } from './graph-table';
import { safeChars } from './safe-chars';
import { inChunks } from './text-sink';
import { type VosItem, vosMap } from './vosviewer-items';

export function vosviewerMapPieces(table: GraphTable): Generator<string> {
  return inChunks(mapRows(vosMap(table).items()), tsv);
}

export function vosviewerNetworkPieces(table: GraphTable): Generator<string> {
  return inChunks(vosMap(table).links(), (links) => links.map((l) => `${l.source_id}\t${l.target_id}\t${l.strength}\n`).join(''));
}

function* mapRows(items: Iterable<VosItem>): Generator<unknown[]> {
  for (const item of items) {
    const placed = 'x' in item;
    if (item.id === 1) {
      yield ['id', 'label', 'description', 'url', ...(placed ? ['x', 'y'] : []), 'cluster', ...Object.keys(item.weights).map((k) => `weight<${k}>`), ...Object.keys(item.scores).map((k) => `score<${k}>`)];
    }
    yield [item.id, item.label, item.description, item.url ?? '', ...(placed ? [item.x, item.y] : []), item.cluster ?? '', ...Object.values(item.weights), ...Object.values(item.scores).map((s) => s ?? '')];
  }
}

function tsv(rows: unknown[][]): string {
  return safeChars(Papa.unparse(rows, { delimiter: '\t', newline: '\n' })) + '\n';
}
