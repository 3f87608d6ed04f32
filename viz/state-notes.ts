// Two notes over the graph that say why it looks as it does: link values that were dropped
// (stale-url.ts), and an empty drawing (the filters or hidden communities leave no node),
// which offers Reset. Text only: values from the URL are shown, never parsed as markup.
import './state-notes.css';

import { byId, el } from './dom';
import { NO_FILTERS, type Store } from './state';
import { filtersActive } from './visibility';

/** The note above the graph listing what a restored link held that this bundle does not. */
export function showDroppedNote(dropped: readonly string[]): void {
  document.getElementById('dropped-note')?.remove();
  if (!dropped.length) return;
  const close = el('button', { className: 'small', attrs: { type: 'button', 'aria-label': 'Dismiss' } }, '×');
  const note = el(
    'p',
    { id: 'dropped-note', className: 'note', attrs: { role: 'status' } },
    `The link held values this bundle does not have, left out: ${dropped.join(', ')}.`,
    close,
  );
  close.addEventListener('click', () => note.remove());
  byId('filtered-note').after(note);
}

/** Over the empty drawing: why nothing is drawn, and a Reset that shows everything again. */
export function mountEmptyState(store: Store): void {
  const reason = el('p', {});
  const reset = el('button', { id: 'empty-reset', attrs: { type: 'button' } }, 'Reset filters and communities');
  const box = el('div', { id: 'empty-state', attrs: { role: 'status' } }, el('h2', {}, 'Nothing to show'), reason, reset);
  box.hidden = true;
  byId('graph').after(box);
  reset.addEventListener('click', () => store.update({ filters: NO_FILTERS, hiddenCommunities: new Set(), focusedCommunity: null }));

  const sync = () => {
    const { visibility, data, state } = store;
    box.hidden = visibility.nodeCount > 0 || data.nodes.length === 0;
    if (box.hidden) return;
    const why: string[] = [];
    if (filtersActive(state.filters)) why.push('the filters leave no node');
    if (state.hiddenCommunities.size) why.push(`${state.hiddenCommunities.size} of ${data.communities.length} communities are hidden`);
    reason.textContent = `${why.join(', and ') || 'No node passes'}.`;
  };
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph || state.filters !== previous.filters || state.hiddenCommunities !== previous.hiddenCommunities) sync();
  });
  sync();
}
