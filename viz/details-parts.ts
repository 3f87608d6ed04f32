// What the details panel is built of: fields, sections, and links to a paper or an author in the
// graph that draws it. Text from the bundle goes in as text only (dom.ts).
import type { BundleGraph } from '../pipeline/bundle-model';
import { el, formatNumber } from './dom';
import type { Store } from './state';

/** Papers a list shows; the bundle caps its own lists at as many. */
const MAX_PAPERS = 50;

export interface DetailsActions {
  /** Select a node of the current graph and centre on it. */
  selectNode(node: string): void;
  /** Switch to another graph (by index) and select a node there. */
  openInGraph(graph: number, node: string): void;
  focusCommunity(community: number): void;
}

/** Which graphs a link may open. */
export type GraphKind = (graph: BundleGraph) => boolean;
export const PAPER_GRAPHS: GraphKind = (g) => g.entity === 'paper';
/** Graphs of citations: a paper's citations open here (direct citation comes first in the registry). */
export const CITATION_GRAPHS: GraphKind = (g) => g.entity === 'paper' && g.directed === true;
export const AUTHOR_GRAPHS: GraphKind = (g) => g.entity === 'author';

export const section = (title: string, ...children: (Node | string | null)[]) => el('section', {}, el('h3', {}, title), ...children);

export const field = (name: string, value: Node | string) => el('div', { className: 'field' }, el('dt', {}, name), el('dd', {}, value));

export interface Linker {
  /** `text` as a button into a graph that draws `id` (the first kind that has one, see graphFor), else as plain text. */
  linkTo(text: string, id: string, ...kinds: GraphKind[]): HTMLElement;
  /** Paper titles with their years; `total`: how many there are when the bundle lists only some. */
  paperList(ids: readonly string[], total: number, kind: GraphKind): HTMLElement;
}

export function makeLinker(store: Store, actions: DetailsActions): Linker {
  const bundle = store.bundle;
  // Which graph draws a node: built per graph on first use.
  const idSets = new Map<number, Set<string>>();
  const draws = (index: number, id: string) => {
    let ids = idSets.get(index);
    if (!ids) idSets.set(index, (ids = new Set(bundle.graphs[index]?.nodes.map((n) => n.id))));
    return ids.has(id);
  };
  /** The current graph when it is of `kind` and draws `id`, else the first such graph, else -1. */
  const graphFor = (kind: GraphKind, id: string): number => {
    const current = store.state.graph;
    const here = bundle.graphs[current];
    if (here && kind(here) && draws(current, id)) return current;
    return bundle.graphs.findIndex((g, i) => kind(g) && draws(i, id));
  };

  const linkTo = (text: string, id: string, ...kinds: GraphKind[]): HTMLElement => {
    const target = kinds.map((kind) => graphFor(kind, id)).find((i) => i >= 0) ?? -1;
    if (target < 0) return el('span', {}, text);
    const here = target === store.state.graph;
    const title = here ? 'Show in this graph' : `Open in the graph “${bundle.graphs[target]!.title}”`;
    const button = el('button', { className: 'link', title, attrs: { type: 'button', 'data-node': id } }, text);
    button.addEventListener('click', () => (here ? actions.selectNode(id) : actions.openInGraph(target, id)));
    return button;
  };

  const paperList = (ids: readonly string[], total: number, kind: GraphKind) => {
    const ul = el('ul', { className: 'papers' });
    const shown = ids.slice(0, MAX_PAPERS);
    for (const id of shown) {
      const year = bundle.papers[id]?.year;
      ul.append(el('li', {}, linkTo(bundle.papers[id]?.title ?? id, id, kind), year !== undefined ? el('span', { className: 'muted' }, ` (${year})`) : null));
    }
    const more = Math.max(total, ids.length) - shown.length;
    if (more > 0) ul.append(el('li', { className: 'muted' }, `… and ${formatNumber(more)} more`));
    return ul;
  };

  return { linkTo, paperList };
}
