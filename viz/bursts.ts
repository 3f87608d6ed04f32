// Bursts on the page: which drawn nodes are in a burst (a term, a cited reference: time/bursts.ts
// in the pipeline), for the badge the graph view puts on their labels, and the details panel's
// list of a node's bursts with their years and strength.
import type { BundleBurst, ViewBundle } from '../pipeline/bundle-model';
import { section } from './details-parts';
import { el } from './dom';
import type { GraphData } from './graph-data';

/** Drawn before a bursting node's label. */
export const BURST_BADGE = '▲ ';

/** The bursts of each item of the graph's kind. */
function burstsByItem(bundle: ViewBundle, data: GraphData): Map<string, BundleBurst[]> {
  const kind = data.source.entity === 'term' ? 'term' : data.source.entity === 'reference' ? 'reference' : undefined;
  const byItem = new Map<string, BundleBurst[]>();
  if (!kind) return byItem;
  for (const b of bundle.time?.bursts ?? []) if (b.kind === kind) byItem.set(b.item, [...(byItem.get(b.item) ?? []), b]);
  return byItem;
}

/** Node indexes of the graph in a burst. */
export function burstingNodes(bundle: ViewBundle, data: GraphData): Set<number> {
  const byItem = burstsByItem(bundle, data);
  const nodes = new Set<number>();
  data.nodes.forEach((n, i) => byItem.has(n.id) && nodes.add(i));
  return nodes;
}

/** The details panel's "Bursts" section, or null when the node has none. */
export function burstSection(bundle: ViewBundle, data: GraphData, id: string): HTMLElement | null {
  const bursts = burstsByItem(bundle, data).get(id);
  if (!bursts) return null;
  const list = el('ul', { className: 'bursts' });
  for (const b of [...bursts].sort((x, y) => x.begin - y.begin)) {
    const years = b.begin === b.end ? String(b.begin) : `${b.begin}–${b.end}`;
    list.append(el('li', {}, `${years}: strength ${b.strength.toFixed(2)}, ${b.weight} papers`));
  }
  return section('Bursts', list);
}
