// Search box with suggestions: node labels plus other texts they are known by (variants, titles,
// DOIs), accent- and case-insensitive, keyboard navigable (ARIA combobox + listbox). The current
// graph's matches come first, then a few from each other graph ("in Co-authors"): choosing one
// switches there.
import type { BundleGraph, BundleNode, Entity, ViewBundle } from '../pipeline/bundle-model';
import './search.css';

import { byId, clear, el, fold } from './dom';
import { metricOf, type GraphData } from './graph-data';
import type { Store } from './state';

const MAX_SUGGESTIONS = 8;
/** Matches offered from each graph other than the current one. */
const PER_OTHER_GRAPH = 3;

interface Entry {
  /** Folded text matched against the folded query. */
  key: string;
  node: string;
  index: number;
  /** The variant that matched, when it is not the label. */
  variant: string | null;
}

/** Built on the first keystroke for a graph, then kept: a plain array scan is fast enough. */
const indexes = new WeakMap<readonly BundleNode[], Entry[]>();

const labelOf = (node: BundleNode): string => (typeof node.label === 'string' ? node.label : node.id);

function searchIndex(bundle: ViewBundle, nodes: readonly BundleNode[], entity: Entity): Entry[] {
  let entries = indexes.get(nodes);
  if (entries) return entries;
  entries = [];
  nodes.forEach((node, index) => {
    if (typeof node.id !== 'string') return;
    const label = labelOf(node);
    entries?.push({ key: fold(label), node: node.id, index, variant: null });
    const variants = variantsOf(bundle, entity, node.id);
    for (const variant of Array.isArray(variants) ? variants : []) {
      if (typeof variant === 'string' && variant !== label) {
        entries?.push({ key: fold(variant), node: node.id, index, variant });
      }
    }
  });
  indexes.set(nodes, entries);
  return entries;
}

/**
 * Other texts a node is found by: an author's other spellings, a term's variants, a paper's title
 * where the graph labels it "Garfield 1955" (the citation graphs), a cited reference's DOI.
 */
function variantsOf(bundle: ViewBundle, entity: Entity, id: string): readonly unknown[] | undefined {
  if (entity === 'author') return bundle.authors[id]?.variants;
  if (entity === 'term') return bundle.terms[id]?.variants;
  if (entity === 'paper') return [bundle.papers[id]?.title];
  const doi = bundle.references[id]?.doi;
  return doi === undefined ? undefined : [doi];
}

interface Suggestion {
  node: string;
  label: string;
  variant: string | null;
  color: string;
}

/** The best matches among a graph's nodes (GraphData's kept nodes, or a bundle graph's as they are). */
function suggestAmong(bundle: ViewBundle, nodes: readonly BundleNode[], entity: Entity, query: string, limit: number): Suggestion[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { entry: Entry; rank: number; weight: number }[] = [];
  for (const entry of searchIndex(bundle, nodes, entity)) {
    const at = entry.key.indexOf(q);
    if (at < 0) continue;
    // Whole match, then prefix, then start of a word, then anywhere; labels before variants.
    const rank =
      (entry.key === q ? 0 : at === 0 ? 1 : /[\s\-(.,:]/.test(entry.key.charAt(at - 1)) ? 2 : 3) +
      (entry.variant ? 0.5 : 0);
    const node = nodes[entry.index];
    scored.push({ entry, rank, weight: node ? metricOf(node, 'degree') : 0 });
  }
  scored.sort((a, b) => a.rank - b.rank || b.weight - a.weight || a.entry.index - b.entry.index);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.node)) continue;
    seen.add(entry.node);
    const node = nodes[entry.index];
    out.push({ node: entry.node, label: node ? labelOf(node) : entry.node, variant: entry.variant, color: String(node?.color ?? '') });
    if (out.length >= limit) break;
  }
  return out;
}

export function suggest(bundle: ViewBundle, data: GraphData, query: string, limit = MAX_SUGGESTIONS): Suggestion[] {
  return suggestAmong(bundle, data.nodes, data.source.entity, query, limit).map((s) => ({
    ...s,
    color: data.colors[data.nodeIndex.get(s.node) ?? -1] ?? '',
  }));
}

/** A graph other than the current one: its matches, few, from the bundle's nodes (no graph is built). */
function suggestIn(bundle: ViewBundle, graph: BundleGraph, query: string): Suggestion[] {
  return suggestAmong(bundle, graph.nodes, graph.entity, query, PER_OTHER_GRAPH);
}

interface Choice extends Suggestion {
  /** Index into bundle.graphs. */
  graph: number;
}

export function mountSearch(store: Store, onChoose: (graph: number, node: string) => void): { reset(): void } {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-list');
  let suggestions: Choice[] = [];
  let active = -1;

  const close = () => {
    suggestions = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (next: number) => {
    active = next;
    list.querySelectorAll('[role="option"]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
    });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    input.value = s.label;
    close();
    store.update({ search: s.label });
    onChoose(s.graph, s.node);
  };

  const open = () => {
    const current = store.state.graph;
    const bundle = store.bundle;
    suggestions = [
      ...suggest(bundle, store.data, input.value).map((s) => ({ ...s, graph: current })),
      ...bundle.graphs.flatMap((g, graph) => (graph === current ? [] : suggestIn(bundle, g, input.value).map((s) => ({ ...s, graph })))),
    ];
    clear(list);
    active = -1;
    if (!suggestions.length) {
      if (input.value.trim()) {
        list.append(el('li', { className: 'empty' }, 'No match in any graph'));
        list.hidden = false;
      } else list.hidden = true;
      input.setAttribute('aria-expanded', String(!list.hidden));
      return;
    }
    const data = store.data;
    suggestions.forEach((s, i) => {
      const here = s.graph === current;
      const swatch = el('span', { className: 'dot' });
      swatch.style.backgroundColor = s.color;
      const other = bundle.graphs[s.graph];
      const li = el(
        'li',
        { id: `search-option-${i}`, attrs: { role: 'option', 'aria-selected': 'false', 'data-graph': other?.kind ?? '' } },
        swatch,
        el('span', { className: 'label', title: s.label }, s.label),
        s.variant ? el('span', { className: 'variant' }, `as “${s.variant}”`) : null,
        here && !store.visibility.nodes[data.nodeIndex.get(s.node) ?? -1] ? el('span', { className: 'variant' }, '(filtered out)') : null,
        here ? null : el('span', { className: 'graph-tag' }, `in ${other?.title || other?.kind}`),
      );
      // mousedown, not click: it fires before the input loses focus and closes the list.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    store.update({ search: input.value });
    open();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && store.state.selected === null) open();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) open();
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      if (suggestions.length) {
        event.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.value = store.state.search;
  return {
    reset() {
      input.value = store.state.search;
      close();
    },
  };
}
