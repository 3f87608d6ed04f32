// Colour and time: the colouring (community, or an overlay by average year or citations, with the
// overlay's legend) and the time slider, which shows the graph as of a year (every node whose
// papers go up to it) or a window of years ending there, through the year filters, so the status
// line's counts follow; Play steps through the years.
import { byId, clear, el } from './dom';
import { COLOUR_BY_LABELS, type ColourBy, gradientCss, overlayOf } from './overlay';
import type { Store } from './state';

/** Milliseconds per year while playing. */
const PLAY_STEP_MS = 700;

export function mountTimeControls(store: Store): { show(): void } {
  const colourBy = byId<HTMLSelectElement>('colour-by');
  const legend = byId('overlay-legend');
  const slider = byId<HTMLInputElement>('time-year');
  const windowSelect = byId<HTMLSelectElement>('time-window');
  const play = byId<HTMLButtonElement>('time-play');
  const label = byId('time-label');
  let timer: ReturnType<typeof setInterval> | undefined;

  for (const [value, text] of Object.entries(COLOUR_BY_LABELS)) colourBy.append(el('option', { attrs: { value } }, text));
  colourBy.addEventListener('change', () => store.update({ colourBy: colourBy.value as ColourBy }));

  const showLegend = () => {
    clear(legend);
    const overlay = overlayOf(store.data.nodes, store.state.colourBy);
    legend.hidden = !overlay;
    if (!overlay) return;
    const bar = el('div', { className: 'gradient' });
    bar.style.background = gradientCss();
    const format = (v: number) => (store.state.colourBy === 'year' ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
    legend.append(bar, el('div', { className: 'ends' }, el('span', {}, format(overlay.min)), el('span', {}, overlay.log ? 'log scale' : ''), el('span', {}, format(overlay.max))));
  };

  const applyYear = () => {
    const year = Number(slider.value);
    const span = windowSelect.value === 'all' ? null : Number(windowSelect.value);
    store.updateFilters({ yearFrom: span === null ? null : year - span + 1, yearTo: year });
    label.textContent = span === null ? `up to ${year}` : span === 1 ? String(year) : `${year - span + 1}–${year}`;
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  slider.addEventListener('input', () => (stop(), applyYear()));
  windowSelect.addEventListener('change', applyYear);
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    applyYear();
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (Number(slider.value) >= Number(slider.max)) return stop();
      slider.value = String(Number(slider.value) + 1);
      applyYear();
    }, PLAY_STEP_MS);
  });

  const show = () => {
    stop();
    colourBy.value = store.state.colourBy;
    showLegend();
    const extent = store.data.yearExtent;
    byId('time-slider').hidden = !extent;
    if (!extent) return;
    slider.min = String(extent[0]);
    slider.max = String(extent[1]);
    slider.value = String(store.state.filters.yearTo ?? extent[1]);
    label.textContent = store.state.filters.yearTo === null ? 'all years' : `up to ${store.state.filters.yearTo}`;
  };
  store.subscribe((state, previous) => {
    if (state.colourBy === previous.colourBy) return;
    colourBy.value = state.colourBy; // a link or Back/Forward can change it too
    showLegend();
  });
  show();
  return { show };
}
