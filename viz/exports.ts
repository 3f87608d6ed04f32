// The export menu in the toolbar: the picture (PNG 2× is the "Save PNG" button; PNG 4× and SVG in
// the menu), and the drawn part of the graph as nodes CSV, edges CSV and GEXF.
import './exports.css';

import type Sigma from 'sigma';

import { byId, el } from './dom';
import { downloadBlob, downloadText, fileNameFor } from './download';
import type { EdgeAttrs, NodeAttrs } from './graph-data';
import { nodesCsv } from './node-table';
import { pictureAsPng, pictureAsSvg, type PictureLayers } from './picture';
import type { Store } from './state';
import { drawnNodes, edgesCsv, subgraphGexf } from './subgraph-files';

export function mountExports(store: Store, renderer: Sigma<NodeAttrs, EdgeAttrs>, layers: PictureLayers): void {
  const kind = () => store.data.source.kind;
  const png = async (scale: number) => downloadBlob(await pictureAsPng(store, renderer, layers, scale), fileNameFor(kind(), scale === 2 ? '.png' : `-${scale}x.png`));
  const items: [string, string, () => void | Promise<void>][] = [
    ['export-png4', 'PNG 4×', () => png(4)],
    ['export-svg', 'SVG', () => downloadText(pictureAsSvg(store, renderer, layers), fileNameFor(kind(), '.svg'), 'image/svg+xml')],
    ['export-nodes', 'Nodes shown (CSV)', () => downloadText(nodesCsv(store.data, drawnNodes(store.visibility)), fileNameFor(kind(), '-nodes.csv'), 'text/csv')],
    ['export-edges', 'Edges shown (CSV)', () => downloadText(edgesCsv(store.data, store.visibility), fileNameFor(kind(), '-edges.csv'), 'text/csv')],
    ['export-gexf', 'Shown part (GEXF)', () => downloadText(subgraphGexf(store.data, store.visibility), fileNameFor(kind(), '-shown.gexf'), 'application/xml')],
  ];
  const menu = el('div', { className: 'export-items' });
  const details = el('details', { id: 'export-menu' }, el('summary', {}, 'Export'), menu);
  const run = (button: HTMLButtonElement, action: () => void | Promise<void>) => async () => {
    button.disabled = true;
    try {
      await action();
    } finally {
      button.disabled = false;
      details.open = false;
    }
  };
  for (const [id, text, action] of items) {
    const button = el('button', { id, attrs: { type: 'button' } }, text);
    button.addEventListener('click', run(button, action));
    menu.append(button);
  }
  const save = byId<HTMLButtonElement>('export-png');
  save.title = 'The view at 2× with title and legend';
  save.addEventListener('click', run(save, () => png(2)));
  save.disabled = false;
  save.after(details);
}
