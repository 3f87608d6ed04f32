// The filter controls in the sidebar: year range, categories, minimum degree and edge weight.
// They only edit the store; visibility.ts turns the filters into masks the reducers read.
import { byId, clear, el, formatNumber } from './dom';
import type { GraphData } from './graph-data';
import { NO_FILTERS, type Store } from './state';
import { filtersActive } from './visibility';

const TYPING_PAUSE_MS = 120;

function parseOptionalInt(value: string): number | null {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

function parseNonNegative(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** The filter controls in the sidebar. `show` rebuilds them for a graph. */
export function mountFilters(store: Store): { show(data: GraphData): void } {
  const root = byId('filters');
  const yearFrom = byId<HTMLInputElement>('year-from');
  const yearTo = byId<HTMLInputElement>('year-to');
  const hideUnknown = byId<HTMLInputElement>('hide-unknown-year');
  const minDegree = byId<HTMLInputElement>('min-degree');
  const minWeight = byId<HTMLInputElement>('min-weight');
  const weightHint = byId('min-weight-hint');
  const catBox = byId('category-list');
  const catFieldset = byId('category-filter');
  const reset = byId<HTMLButtonElement>('reset-filters');
  const catInputs = new Map<string, HTMLInputElement>();

  // Typing "2019" fires four input events; apply once the typing pauses (each application
  // re-processes every node and edge: ~0.2 s at 100k edges).
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      store.updateFilters({
        yearFrom: parseOptionalInt(yearFrom.value),
        yearTo: parseOptionalInt(yearTo.value),
        hideUnknownYear: hideUnknown.checked,
        minDegree: Math.floor(parseNonNegative(minDegree.value)),
        minWeight: parseNonNegative(minWeight.value),
      });
    }, TYPING_PAUSE_MS);
  };
  for (const input of [yearFrom, yearTo, minDegree, minWeight]) input.addEventListener('input', schedule);
  hideUnknown.addEventListener('change', schedule);
  reset.addEventListener('click', () => {
    clearTimeout(pending);
    store.update({ filters: NO_FILTERS });
  });

  const sync = () => {
    const f = store.state.filters;
    const set = (input: HTMLInputElement, value: string) => {
      // Leave the field alone while the user is typing an equivalent value ("2020" vs "2020.").
      if (document.activeElement === input && input.value.trim() !== '' && Number(input.value) === Number(value)) {
        return;
      }
      if (input.value !== value) input.value = value;
    };
    set(yearFrom, f.yearFrom === null ? '' : String(f.yearFrom));
    set(yearTo, f.yearTo === null ? '' : String(f.yearTo));
    hideUnknown.checked = f.hideUnknownYear;
    set(minDegree, f.minDegree ? String(f.minDegree) : '');
    set(minWeight, f.minWeight ? String(f.minWeight) : '');
    for (const [name, input] of catInputs) input.checked = f.categories.has(name);
    root.classList.toggle('active', filtersActive(f));
  };
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) sync();
  });

  return {
    show(data) {
      const years = data.yearExtent;
      yearFrom.placeholder = years ? String(years[0]) : 'from';
      yearTo.placeholder = years ? String(years[1]) : 'to';
      for (const input of [yearFrom, yearTo]) {
        input.min = years ? String(years[0]) : '';
        input.max = years ? String(years[1]) : '';
      }
      const [wLo, wHi] = data.weightExtent;
      const integral = data.edges.every((e) => Number.isInteger(e.weight));
      minWeight.step = integral ? '1' : 'any';
      minWeight.max = String(wHi);
      weightHint.textContent = data.edges.length
        ? `weights ${formatNumber(wLo)}–${formatNumber(wHi)}`
        : 'no edges';

      clear(catBox);
      catInputs.clear();
      catFieldset.hidden = data.categories.length === 0;
      for (const { name, count } of data.categories) {
        const input = el('input', { attrs: { type: 'checkbox' } });
        input.addEventListener('change', () => {
          const next = new Set(store.state.filters.categories);
          if (input.checked) next.add(name);
          else next.delete(name);
          store.updateFilters({ categories: next });
        });
        catInputs.set(name, input);
        catBox.append(
          el(
            'label',
            { className: 'check' },
            input,
            el('span', { className: 'name', title: name }, name),
            el('span', { className: 'count' }, formatNumber(count)),
          ),
        );
      }
      sync();
    },
  };
}
