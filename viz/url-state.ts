// The view in the URL, so a link reopens it: graph, selected node, size metric, hidden and
// focused communities, colouring, filters, search text, the overview page. Read on load and on
// Back/Forward, written with pushState (a view change) or replaceState (search typing).
//
//   ?graph=coauthor&node=a0012&size=pagerank&colour=year&hide=2,5&focus=1&years=2019-2022
//    &unknown=hide&cat=cs.LG&cat=cs.CL&deg=2&w=0.5&q=alvarez&view=overview   (plus bundle=… when given)
import { DIRECTED_METRICS, METRICS, type ViewBundle } from '../pipeline/bundle-model';
import type { SizeMetric } from './graph-data';
import { COLOUR_BY_LABELS, type ColourBy } from './overlay';
import { initialState, NO_FILTERS, type Filters, type Store, type ViewState } from './state';

const WRITE_DELAY_MS = 150;

function graphKey(bundle: ViewBundle, index: number): string {
  const graph = bundle.graphs[index];
  if (!graph) return String(index);
  const sameKind = bundle.graphs.filter((g) => g.kind === graph.kind).length;
  return sameKind === 1 ? graph.kind : String(index);
}

function graphIndex(bundle: ViewBundle, key: string | null): number {
  if (!key) return 0;
  const byKind = bundle.graphs.findIndex((g) => g.kind === key);
  if (byKind >= 0) return byKind;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < bundle.graphs.length ? n : 0;
}

function int(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

function nonNegative(value: string | null): number {
  const n = Number(value ?? '');
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** State from a query string. The node is not checked against the graph here (main.ts does). */
export function readUrlState(query: string, bundle: ViewBundle): ViewState {
  const p = new URLSearchParams(query);
  const state = initialState();
  state.graph = graphIndex(bundle, p.get('graph'));
  state.selected = p.get('node') || null;
  const size = p.get('size');
  // Whether the graph has it (in-degree: a directed one) is main.ts's to check.
  if (size && ([...METRICS, ...DIRECTED_METRICS] as readonly string[]).includes(size)) state.sizeMetric = size as SizeMetric;
  const colour = p.get('colour');
  if (colour && colour in COLOUR_BY_LABELS) state.colourBy = colour as ColourBy;
  const hidden = (p.get('hide') ?? '')
    .split(',')
    .map((s) => int(s))
    .filter((n): n is number => n !== null);
  state.hiddenCommunities = new Set(hidden);
  state.focusedCommunity = int(p.get('focus'));

  const filters: Filters = { ...NO_FILTERS };
  const years = p.get('years');
  if (years) {
    const [from, to] = years.includes('-') ? years.split('-', 2) : [years, years];
    filters.yearFrom = int(from ?? null);
    filters.yearTo = int(to ?? null);
  }
  filters.hideUnknownYear = p.get('unknown') === 'hide';
  filters.categories = new Set(p.getAll('cat').filter(Boolean));
  filters.minDegree = Math.floor(nonNegative(p.get('deg')));
  filters.minWeight = nonNegative(p.get('w'));
  state.filters = filters;
  state.search = p.get('q') ?? '';
  if (p.get('view') === 'overview') state.view = 'overview';
  return state;
}

/** The query string for a state; `keep` carries parameters that are not view state (bundle). */
export function writeUrlState(state: ViewState, bundle: ViewBundle, keep: URLSearchParams): string {
  const p = new URLSearchParams();
  const source = keep.get('bundle');
  if (source !== null) p.set('bundle', source);
  p.set('graph', graphKey(bundle, state.graph));
  if (state.selected !== null) p.set('node', state.selected);
  if (state.sizeMetric !== 'degree') p.set('size', state.sizeMetric);
  if (state.colourBy !== 'community') p.set('colour', state.colourBy);
  if (state.hiddenCommunities.size) {
    p.set('hide', [...state.hiddenCommunities].sort((a, b) => a - b).join(','));
  }
  if (state.focusedCommunity !== null) p.set('focus', String(state.focusedCommunity));
  const f = state.filters;
  if (f.yearFrom !== null || f.yearTo !== null) p.set('years', `${f.yearFrom ?? ''}-${f.yearTo ?? ''}`);
  if (f.hideUnknownYear) p.set('unknown', 'hide');
  for (const c of [...f.categories].sort()) p.append('cat', c);
  if (f.minDegree > 0) p.set('deg', String(f.minDegree));
  if (f.minWeight > 0) p.set('w', String(f.minWeight));
  if (state.search) p.set('q', state.search);
  if (state.view !== 'graph') p.set('view', state.view);
  return `?${p.toString()}`;
}

/** Only the text in the search box changed: typing, not a new view worth a Back step. */
function onlySearch(state: ViewState, previous: ViewState): boolean {
  return (Object.keys(state) as (keyof ViewState)[]).every((key) => key === 'search' || state[key] === previous[key]);
}

/** The address bar for the current state, as a new history entry or in place of the current one. */
export function writeUrl(store: Store, push: boolean): void {
  const query = writeUrlState(store.state, store.bundle, new URLSearchParams(location.search));
  if (query === location.search) return;
  const url = `${location.pathname}${query}${location.hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/**
 * Keep the address bar in step with the store: each change of view is a history entry, so Back
 * and Forward walk through them (`restore` applies the URL they return to); search typing
 * replaces the entry. Debounced: browsers throttle history calls, and a burst is one step.
 */
export function syncUrl(store: Store, restore: (query: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let push = false;
  let restoring = false;
  store.subscribe((state, previous) => {
    if (!restoring && !onlySearch(state, previous)) push = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeUrl(store, push);
      push = false;
    }, WRITE_DELAY_MS);
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    push = false;
    restoring = true;
    try {
      restore(location.search);
    } finally {
      restoring = false;
    }
  });
}