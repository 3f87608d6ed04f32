// The one place the page's modules talk through. The store keeps the full bundle and what the
// user chose; what sigma draws is derived from the two (graph-data.ts, visibility.ts) and cached.
import type { ViewBundle } from '../pipeline/bundle-model';
import { buildGraphData, type GraphData, type SizeMetric } from './graph-data';
import type { ColourBy } from './overlay';
import { computeVisibility, type Visibility } from './visibility';

export interface Filters {
  /** Inclusive year bounds; null = open. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Nodes without a known year are kept unless this is set. */
  hideUnknownYear: boolean;
  /** Empty = every category. A node passes when it has any of them. */
  categories: ReadonlySet<string>;
  /** Counted over the edges that pass the other filters. */
  minDegree: number;
  minWeight: number;
}

export interface ViewState {
  /** Index into bundle.graphs. */
  graph: number;
  selected: string | null;
  focusedCommunity: number | null;
  hiddenCommunities: ReadonlySet<number>;
  /** One of the current graph's sizeMetrics. */
  sizeMetric: SizeMetric;
  filters: Filters;
  /** The text in the search box (kept so a link restores it). */
  search: string;
  /** Nodes coloured by community, or by an overlay (overlay.ts). */
  colourBy: ColourBy;
  /** The graph, or the overview page over it (overview.ts). */
  view: 'graph' | 'overview';
}

export const NO_FILTERS: Filters = {
  yearFrom: null,
  yearTo: null,
  hideUnknownYear: false,
  categories: new Set(),
  minDegree: 0,
  minWeight: 0,
};

export function initialState(): ViewState {
  return {
    graph: 0,
    selected: null,
    focusedCommunity: null,
    hiddenCommunities: new Set(),
    sizeMetric: 'degree',
    filters: NO_FILTERS,
    search: '',
    colourBy: 'community',
    view: 'graph',
  };
}

type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private current: ViewState;
  private readonly listeners = new Set<Listener>();
  private readonly graphs = new Map<number, GraphData>();
  private visibilityCache: {
    data: GraphData;
    hidden: ReadonlySet<number>;
    filters: Filters;
    result: Visibility;
  } | null = null;

  constructor(
    readonly bundle: ViewBundle,
    initial: ViewState,
  ) {
    this.current = initial;
  }

  get state(): ViewState {
    return this.current;
  }

  /** The current graph, built on first use and kept (switching back is instant). */
  get data(): GraphData {
    return this.graphData(this.current.graph);
  }

  graphData(index: number): GraphData {
    let data = this.graphs.get(index);
    if (!data) {
      const source = this.bundle.graphs[index];
      if (!source) throw new Error(`viz/state: the bundle has no graph #${index}`);
      data = buildGraphData(source, index);
      this.graphs.set(index, data);
    }
    return data;
  }

  /** What the filters and hidden communities leave drawn; recomputed only when they change. */
  get visibility(): Visibility {
    const data = this.data;
    const { hiddenCommunities: hidden, filters } = this.current;
    const cached = this.visibilityCache;
    if (cached && cached.data === data && cached.hidden === hidden && cached.filters === filters) {
      return cached.result;
    }
    const result = computeVisibility(data, hidden, filters);
    this.visibilityCache = { data, hidden, filters, result };
    return result;
  }

  /** Shallow-merge a patch; listeners run only when something changed. */
  update(patch: Partial<ViewState>): void {
    const previous = this.current;
    const next = { ...previous, ...patch };
    let changed = false;
    for (const key of Object.keys(patch) as (keyof ViewState)[]) {
      if (previous[key] !== next[key]) changed = true;
    }
    if (!changed) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  updateFilters(patch: Partial<Filters>): void {
    this.update({ filters: { ...this.current.filters, ...patch } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
