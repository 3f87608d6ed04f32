// A link can outlive its bundle (another run, another corpus): values in the URL that the bundle
// does not have are dropped, and the page says which, rather than drawing an empty graph.
import type { ViewBundle } from '../pipeline/bundle-model';
import { METRIC_LABELS } from './graph-data';
import { COLOUR_BY_LABELS } from './overlay';
import type { Store, ViewState } from './state';

export interface StaleCheck {
  /** Resets the dropped values. */
  patch: Partial<ViewState>;
  /** One phrase per dropped value, for the note ("category “NOPE”"). */
  dropped: string[];
}

/** The graph the URL names, when the bundle has none by that name (url-state.ts falls back to the first). */
function unknownGraph(query: URLSearchParams, bundle: ViewBundle): string | null {
  const key = query.get('graph');
  if (!key) return null;
  const n = Number(key);
  const known = bundle.graphs.some((g) => g.kind === key) || (Number.isInteger(n) && n >= 0 && n < bundle.graphs.length);
  return known ? null : key;
}

export function checkRestoredState(store: Store, search: string): StaleCheck {
  const query = new URLSearchParams(search);
  const data = store.data;
  const { selected, focusedCommunity, hiddenCommunities, sizeMetric, filters } = store.state;
  const patch: Partial<ViewState> = {};
  const dropped: string[] = [];
  const graph = unknownGraph(query, store.bundle);
  if (graph !== null) dropped.push(`graph “${graph}”`);
  const view = query.get('view');
  if (view !== null && (view !== 'overview' || !store.bundle.overview)) {
    patch.view = 'graph';
    dropped.push(`view “${view}”`);
  }
  if (selected !== null && !data.nodeIndex.has(selected)) {
    patch.selected = null;
    dropped.push(`node “${selected}”`);
  }
  const size = query.get('size');
  if (!data.sizeMetrics.includes(sizeMetric) || (size && !(size in METRIC_LABELS))) {
    patch.sizeMetric = 'degree';
    dropped.push(`size “${size ?? sizeMetric}”`);
  }
  // url-state.ts keeps community colours for a mode it does not know.
  const colour = query.get('colour');
  if (colour && !(colour in COLOUR_BY_LABELS)) dropped.push(`colour “${colour}”`);
  if (focusedCommunity !== null && !data.communityById.has(focusedCommunity)) {
    patch.focusedCommunity = null;
    dropped.push(`community ${focusedCommunity}`);
  }
  const hidden = [...hiddenCommunities].filter((c) => data.communityById.has(c));
  if (hidden.length !== hiddenCommunities.size) {
    patch.hiddenCommunities = new Set(hidden);
    dropped.push(...[...hiddenCommunities].filter((c) => !data.communityById.has(c)).map((c) => `community ${c}`));
  }
  // A category no node has would leave nothing drawn with no box ticked.
  const known = new Set(data.categories.map((c) => c.name));
  const stale = [...filters.categories].filter((c) => !known.has(c));
  if (stale.length) {
    patch.filters = { ...filters, categories: new Set([...filters.categories].filter((c) => known.has(c))) };
    dropped.push(...stale.map((c) => `category “${c}”`));
  }
  return { patch, dropped };
}
