// Narrow windows (below 1100 px): the controls and the details panel become drawers over the
// graph, opened by two toolbar buttons, so the graph keeps the width. A selected node opens the
// details drawer (its close button or Escape shuts it); panels.css does the layout.
import './panels.css';

import { byId, el } from './dom';
import type { Store } from './state';

export function mountPanels(store: Store): void {
  const toggle = (id: string, text: string, panel: HTMLElement, bodyClass: string) => {
    const button = el('button', { id, className: 'panel-toggle', attrs: { type: 'button', 'aria-pressed': 'false', 'aria-controls': panel.id } }, text);
    button.addEventListener('click', () => {
      const open = !document.body.classList.contains(bodyClass);
      document.body.classList.toggle(bodyClass, open);
      button.setAttribute('aria-pressed', String(open));
    });
    return button;
  };
  const sidebar = byId('controls');
  const details = byId('details');
  byId('status').before(toggle('toggle-controls', '☰ Controls', sidebar, 'show-controls'), toggle('toggle-details', 'Details', details, 'show-details'));
  store.subscribe((state, previous) => {
    if (state.selected === previous.selected) return;
    document.body.classList.toggle('show-details', state.selected !== null);
    byId('toggle-details').setAttribute('aria-pressed', String(state.selected !== null));
  });
}
