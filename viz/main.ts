// Entry point: load the bundle, restore the view from the URL, mount each part of the page.
// The parts only talk through the store (state.ts); this file wires the few cross-part actions
// (choose a search result → select + centre, click a legend entry → focus + centre).
import { mountCameraControls } from './camera';
import { mountDetails } from './details';
import { byId, clear, el, formatNumber } from './dom';
import { mountExports } from './exports';
import { mountFilters } from './filters';
import { METRIC_LABELS, type SizeMetric } from './graph-data';
import { mountGraphView } from './graph-view';
import { mountLegend } from './legend';
import { BundleError, loadBundle } from './load-bundle';
import { mountSearch } from './search';
import { mountKeyboard } from './keyboard';
import { mountNodeTable } from './node-table';
import { mountOverview } from './overview';
import { mountPanels } from './panels';
import { checkRestoredState } from './stale-url';
import { Store, type ViewState } from './state';
import { mountEmptyState, showDroppedNote } from './state-notes';
import { readUrlState, syncUrl, writeUrl } from './url-state';
import { mountYearAxis } from './year-axis';
import { mountPlots } from './plots/panel';
import { mountTimeControls } from './time-controls';

function showError(title: string, message: string, hint: string): void {
  const box = byId('message');
  box.replaceChildren(el('h2', {}, title), el('p', {}, message), el('p', { className: 'hint' }, hint));
  box.hidden = false;
  byId('status').textContent = title;
  document.body.dataset.state = 'error';
}

async function start(): Promise<void> {
  // performance marks show where load time goes (DevTools → Performance, or the scale test).
  const bundle = await loadBundle(location.search, location.href);
  performance.mark('citegraph:bundle-loaded');
  const store = new Store(bundle, readUrlState(location.search, bundle));
  const restored = checkRestoredState(store, location.search);
  store.update(restored.patch);
  performance.mark('citegraph:graph-built');

  const view = mountGraphView(store);
  const yearAxis = mountYearAxis(store, view.renderer);
  mountCameraControls(store, view.renderer);
  performance.mark('citegraph:first-render');
  // Sigma drew the first frame synchronously; the browser shows it at the next animation frame.
  // Milliseconds since navigation start, for the scale test and for curious users.
  requestAnimationFrame(() => {
    document.body.dataset.firstFrameMs = String(Math.round(performance.now()));
  });

  const select = (node: string) => {
    store.update({ selected: node, focusedCommunity: null, view: 'graph' });
    view.centreOnNode(node);
  };
  const switchGraph = (graph: number, patch: Partial<ViewState> = {}) => {
    // The size metric carries over where the graph has it (in-degree: directed graphs only).
    const sizeMetric = store.graphData(graph).sizeMetrics.includes(store.state.sizeMetric) ? store.state.sizeMetric : 'degree';
    store.update({
      graph,
      sizeMetric,
      selected: null,
      focusedCommunity: null,
      hiddenCommunities: new Set(),
      // Years and categories mean the same in every graph; weights and degrees do not.
      filters: { ...store.state.filters, minDegree: 0, minWeight: 0 },
      search: '',
      view: 'graph',
      ...patch,
    });
  };
  const focusCommunity = (community: number) => {
    const hidden = new Set(store.state.hiddenCommunities);
    hidden.delete(community);
    store.update({ focusedCommunity: community, selected: null, hiddenCommunities: hidden });
    view.centreOnCommunity(community);
  };

  const search = mountSearch(store, (graph, node) => {
    if (graph === store.state.graph) select(node);
    else {
      switchGraph(graph, { selected: node, search: store.state.search });
      view.centreOnNode(node);
    }
  });
  const legend = mountLegend(store, (c) => view.centreOnCommunity(c));
  const filters = mountFilters(store);
  const timeControls = mountTimeControls(store);
  mountDetails(store, {
    selectNode: select,
    openInGraph: (graph, node) => {
      switchGraph(graph, { selected: node });
      view.centreOnNode(node);
    },
    focusCommunity,
  });

  // Graph switch: one button per graph in the bundle.
  const switcher = byId('graph-switch');
  const buttons = bundle.graphs.map((g, i) => {
    const button = el(
      'button',
      { attrs: { type: 'button', 'aria-pressed': 'false', 'data-graph': g.kind } },
      el('span', { className: 'label' }, g.title || g.kind),
      el('span', { className: 'count' }, formatNumber(g.nodes.length)),
    );
    button.addEventListener('click', () => {
      if (store.state.graph !== i) switchGraph(i);
      else store.update({ view: 'graph' });
    });
    switcher.append(button);
    return button;
  });

  // A theme's bubble opens its community in the term graph.
  mountPlots(store, (community) => {
    const terms = bundle.graphs.findIndex((g) => g.entity === 'term');
    if (terms < 0) return;
    if (store.state.graph !== terms) switchGraph(terms);
    focusCommunity(community);
  });

  const sizeSelect = byId<HTMLSelectElement>('size-metric');
  const showSizeMetrics = () => {
    clear(sizeSelect);
    for (const metric of store.data.sizeMetrics) sizeSelect.append(el('option', { attrs: { value: metric } }, METRIC_LABELS[metric]));
    sizeSelect.value = store.state.sizeMetric;
  };
  sizeSelect.addEventListener('change', () => store.update({ sizeMetric: sizeSelect.value as SizeMetric }));

  mountExports(store, view.renderer, { labels: view.labels, emphasis: view.emphasis, density: view.density, yearAxis });

  const showGraphControls = () => {
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === store.state.graph)));
    showSizeMetrics();
    legend.show(store.data);
    filters.show(store.data);
    timeControls.show();
    search.reset();
  };
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) showGraphControls();
    if (state.sizeMetric !== sizeSelect.value) sizeSelect.value = state.sizeMetric;
  });
  showGraphControls();
  mountEmptyState(store);
  mountNodeTable(store, select);
  mountKeyboard(store);
  mountPanels(store);
  mountOverview(store);

  // A restored link (on load, or Back/Forward): move to what it pointed at.
  const centreOnRestored = () => {
    if (store.state.selected !== null) view.centreOnNode(store.state.selected);
    else if (store.state.focusedCommunity !== null) view.centreOnCommunity(store.state.focusedCommunity);
  };
  syncUrl(store, (query) => {
    store.update(readUrlState(query, bundle));
    const { patch, dropped } = checkRestoredState(store, query);
    store.update(patch);
    showDroppedNote(dropped);
    search.reset();
    centreOnRestored();
  });
  showDroppedNote(restored.dropped);
  if (restored.dropped.length) writeUrl(store, false);
  centreOnRestored();
  document.body.dataset.state = 'ready';
}

start().catch((error: unknown) => {
  if (error instanceof BundleError) {
    showError('No graph to show', error.message, error.hint);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const webgl = /webgl/i.test(message);
    showError(
      webgl ? 'This page needs WebGL' : 'Something went wrong',
      message,
      webgl
        ? 'Enable hardware acceleration (or WebGL) in the browser, then reload.'
        : 'Reload the page; if it persists, run `npm run pipeline` again and report the message above.',
    );
    console.error(error);
  }
});
