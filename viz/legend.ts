// Community legend: swatch, label, size; the checkbox shows/hides a community, the entry
// focuses it (highlight + camera), All/None toggle every community.
import { byId, clear, el, formatNumber } from './dom';
import type { GraphData } from './graph-data';
import type { Store } from './state';

/** Entries rendered before "Show all": thousands of tiny communities would only add DOM. */
const FIRST_ENTRIES = 40;

export function mountLegend(store: Store, onFocus: (community: number) => void): { show(data: GraphData): void } {
  const list = byId<HTMLUListElement>('legend-list');
  const more = byId<HTMLButtonElement>('legend-more');
  const count = byId('legend-count');
  const tailNote = el('p', { id: 'legend-tail', className: 'hint' });
  more.after(tailNote);
  const rows = new Map<number, { li: HTMLLIElement; input: HTMLInputElement; button: HTMLButtonElement }>();
  let data: GraphData | null = null;
  let expanded = false;

  byId('legend-all').addEventListener('click', () => store.update({ hiddenCommunities: new Set() }));
  byId('legend-none').addEventListener('click', () => {
    if (!data) return;
    store.update({
      hiddenCommunities: new Set(data.communities.map((c) => c.id)),
      focusedCommunity: null,
    });
  });
  more.addEventListener('click', () => {
    expanded = true;
    if (data) render(data);
  });

  const sync = () => {
    const { hiddenCommunities, focusedCommunity } = store.state;
    for (const [id, row] of rows) {
      const hidden = hiddenCommunities.has(id);
      row.input.checked = !hidden;
      row.li.classList.toggle('off', hidden);
      row.li.classList.toggle('focused', focusedCommunity === id);
      row.button.setAttribute('aria-pressed', String(focusedCommunity === id));
    }
  };

  const render = (d: GraphData) => {
    clear(list);
    rows.clear();
    const shown = expanded ? d.communities : d.communities.slice(0, FIRST_ENTRIES);
    for (const c of shown) {
      const input = el('input', {
        attrs: { type: 'checkbox', 'aria-label': `Show ${c.label}` },
      });
      input.addEventListener('change', () => {
        const next = new Set(store.state.hiddenCommunities);
        if (input.checked) next.delete(c.id);
        else next.add(c.id);
        const patch: Parameters<Store['update']>[0] = { hiddenCommunities: next };
        if (!input.checked && store.state.focusedCommunity === c.id) patch.focusedCommunity = null;
        store.update(patch);
      });
      const swatch = el('span', { className: 'swatch' });
      swatch.style.backgroundColor = c.color;
      const details = [
        c.label, // the full name: the entry may cut it
        c.terms.length ? `Terms: ${c.terms.slice(0, 8).join(', ')}` : '',
        c.stability !== null ? `Stability across seeds: ${Math.round(c.stability * 100)}%` : '',
        'Click to focus, click again to release',
      ].filter(Boolean);
      const button = el(
        'button',
        { className: 'entry', title: details.join('\n'), attrs: { type: 'button', 'aria-pressed': 'false' } },
        swatch,
        el('span', { className: 'label' }, c.label),
        el('span', { className: 'count' }, formatNumber(c.size)),
      );
      button.addEventListener('click', () => {
        if (store.state.focusedCommunity === c.id) {
          store.update({ focusedCommunity: null });
          return;
        }
        const hidden = store.state.hiddenCommunities;
        const patch: Parameters<Store['update']>[0] = { focusedCommunity: c.id, selected: null };
        if (hidden.has(c.id)) {
          const next = new Set(hidden);
          next.delete(c.id);
          patch.hiddenCommunities = next;
        }
        store.update(patch);
        onFocus(c.id);
      });
      const li = el('li', { attrs: { 'data-community': String(c.id) } }, input, button);
      rows.set(c.id, { li, input, button });
      list.append(li);
    }
    const rest = d.communities.length - shown.length;
    more.hidden = rest <= 0;
    more.textContent = `Show all ${formatNumber(d.communities.length)} communities`;
    count.textContent = `(${formatNumber(d.communities.length)})`;
    // The palette runs out: the smaller communities share one colour, which must not read as one community.
    const byColor = new Map<string, number>();
    for (const c of d.communities) byColor.set(c.color, (byColor.get(c.color) ?? 0) + 1);
    const shared = [...byColor.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
    tailNote.hidden = shared === 0;
    tailNote.textContent = shared
      ? `${formatNumber(shared)} communities, the smallest, share grey; the other ${formatNumber(d.communities.length - shared)} each have a colour of their own.`
      : '';
    sync();
  };

  store.subscribe((state, previous) => {
    if (state.hiddenCommunities !== previous.hiddenCommunities || state.focusedCommunity !== previous.focusedCommunity) {
      sync();
    }
  });

  return {
    show(d) {
      data = d;
      expanded = false;
      render(d);
    },
  };
}
