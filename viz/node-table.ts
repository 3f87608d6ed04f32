// The node table (Gephi Lite's data table): the current graph's drawn nodes with community and
// metrics, sorted by any column (click its header; again to reverse), filtered by text, in step
// with the selection both ways (a click selects and centres; the selected row is marked and
// scrolled to). "CSV" saves every row the filter keeps, in the table's order.
import './node-table.css';

import { csvHeader, csvRows } from '../pipeline/export/csv-format';
import { byId, clear, el, fold, formatNumber } from './dom';
import { downloadText, fileNameFor } from './download';
import { METRIC_LABELS, metricOf, type GraphData, type SizeMetric } from './graph-data';
import type { Store } from './state';

/** Rows put in the page at once; the CSV holds all of them. */
const MAX_ROWS = 300;

type Column = { key: 'label' | 'community' | SizeMetric; title: string };

function columnsOf(data: GraphData): Column[] {
  return [{ key: 'label', title: 'Label' }, { key: 'community', title: 'Community' }, ...data.sizeMetrics.map((m) => ({ key: m, title: METRIC_LABELS[m] }))];
}

function cell(data: GraphData, index: number, key: Column['key']): string | number {
  const node = data.nodes[index]!;
  if (key === 'label') return data.labels[index] ?? node.id;
  if (key === 'community') return data.communityById.get(node.community)?.label ?? String(node.community);
  return metricOf(node, key);
}

/** The nodes at `indices` as CSV: id, label, community and the graph's metrics. */
export function nodesCsv(data: GraphData, indices: readonly number[]): string {
  const columns = columnsOf(data);
  return csvHeader(['id', ...columns.map((c) => c.key)]) + csvRows(indices.map((i) => [data.nodes[i]!.id, ...columns.map((c) => cell(data, i, c.key))]));
}

export function mountNodeTable(store: Store, onSelect: (node: string) => void): void {
  const filter = el('input', { id: 'table-filter', attrs: { type: 'search', placeholder: 'Filter rows', 'aria-label': 'Filter the table' } });
  const csv = el('button', { id: 'table-csv', className: 'small', attrs: { type: 'button' } }, 'CSV');
  const count = el('span', { id: 'table-count', className: 'hint' });
  const table = el('table', { id: 'node-table' });
  const panel = el('section', { id: 'table-panel', attrs: { 'aria-label': 'Node table' } }, el('div', { className: 'table-bar' }, filter, count, csv), el('div', { className: 'table-scroll' }, table));
  panel.hidden = true;
  const toggle = el('button', { id: 'table-toggle', attrs: { type: 'button', 'aria-pressed': 'false', 'aria-controls': 'table-panel' } }, 'Table');
  byId('export-png').before(toggle);
  byId('graph').after(panel);

  let sortKey: Column['key'] = 'degree';
  let descending = true;

  /** The drawn nodes the filter keeps, sorted. */
  const rows = (data: GraphData): number[] => {
    const q = fold(filter.value.trim());
    const visible = store.visibility.nodes;
    const out: number[] = [];
    for (let i = 0; i < data.nodes.length; i++) {
      if (!visible[i]) continue;
      if (q && !fold(String(cell(data, i, 'label'))).includes(q) && !fold(String(cell(data, i, 'community'))).includes(q)) continue;
      out.push(i);
    }
    const sign = descending ? -1 : 1;
    return out.sort((a, b) => {
      const x = cell(data, a, sortKey);
      const y = cell(data, b, sortKey);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * order || a - b;
    });
  };

  const render = () => {
    if (panel.hidden) return;
    const data = store.data;
    const columns = columnsOf(data);
    if (!columns.some((c) => c.key === sortKey)) sortKey = 'degree';
    const kept = rows(data);
    clear(table);
    const head = el('tr', {});
    for (const c of columns) {
      const sorted = c.key === sortKey;
      const th = el('th', { attrs: { scope: 'col', 'aria-sort': sorted ? (descending ? 'descending' : 'ascending') : 'none', 'data-key': c.key } }, c.title, sorted ? (descending ? ' ▾' : ' ▴') : '');
      th.addEventListener('click', () => {
        descending = sortKey === c.key ? !descending : c.key !== 'label' && c.key !== 'community';
        sortKey = c.key;
        render();
      });
      head.append(th);
    }
    table.append(el('thead', {}, head));
    const body = el('tbody', {});
    const selected = store.state.selected;
    for (const i of kept.slice(0, MAX_ROWS)) {
      const id = data.nodes[i]!.id;
      const tr = el('tr', { attrs: { 'data-node': id, 'aria-selected': String(id === selected) } });
      for (const c of columns) {
        const value = cell(data, i, c.key);
        tr.append(el('td', typeof value === 'number' ? { className: 'num' } : {}, typeof value === 'number' ? formatNumber(value) : value));
      }
      tr.addEventListener('click', () => onSelect(id));
      body.append(tr);
    }
    table.append(body);
    count.textContent = kept.length > MAX_ROWS ? `first ${MAX_ROWS} of ${formatNumber(kept.length)} rows` : `${formatNumber(kept.length)} rows`;
    body.querySelector('tr[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  };

  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-pressed', String(!panel.hidden));
    render();
  });
  filter.addEventListener('input', render);
  csv.addEventListener('click', () => {
    const data = store.data;
    downloadText(nodesCsv(data, rows(data)), fileNameFor(data.source.kind, '-nodes.csv'), 'text/csv');
  });
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) filter.value = '';
    if (state.graph !== previous.graph || state.selected !== previous.selected || state.filters !== previous.filters || state.hiddenCommunities !== previous.hiddenCommunities) render();
  });
}
