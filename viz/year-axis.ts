// The time axis under a graph laid out by year (the historiograph, the main path): ticks
// labelled with years, each where sigma draws that year, moved with the camera on every frame
// sigma renders. Hidden for graphs laid out by force.
import type Sigma from 'sigma';

import { byId, el } from './dom';
import type { EdgeAttrs, NodeAttrs } from './graph-data';
import type { Store } from './state';

/** The least room between two tick labels, in pixels: steps grow until the labels fit. */
const MIN_TICK_GAP = 56;
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
/** Ticks this far outside the canvas are not drawn. */
const MARGIN = 40;

/** A tick as drawn: where (CSS pixels from the canvas's left) and its text. */
export interface YearTick {
  x: number;
  text: string;
}

/** The axis as drawn on the page, for the picture exports. */
export interface YearAxis {
  /** The ticks drawn; none when the graph is not laid out by year. */
  ticks(): readonly YearTick[];
}

export function mountYearAxis(store: Store, renderer: Sigma<NodeAttrs, EdgeAttrs>): YearAxis {
  const axis = byId('year-axis');
  let drawn: YearTick[] = [];

  const draw = () => {
    const data = store.data;
    const scale = data.yearScale;
    axis.hidden = scale === null;
    drawn = [];
    if (!scale) return;
    const xOf = (year: number) => renderer.graphToViewport({ x: scale.x0 + (year - scale.year0) * scale.perYear, y: 0 }).x;
    const perYear = scale.perYear === 0 ? Infinity : Math.abs(xOf(scale.year0 + 1) - xOf(scale.year0));
    const step = STEPS.find((s) => s * perYear >= MIN_TICK_GAP) ?? STEPS[STEPS.length - 1]!;
    const [first, last] = data.yearExtent ?? [scale.year0, scale.year0];
    const width = renderer.getDimensions().width;
    const ticks: HTMLElement[] = [];
    const place = (text: string, x: number, year: string) => {
      if (x < -MARGIN || x > width + MARGIN) return;
      drawn.push({ x, text });
      const tick = el('span', { className: 'tick', attrs: { 'data-year': year } }, text);
      tick.style.left = `${x.toFixed(1)}px`;
      ticks.push(tick);
    };
    for (let year = Math.ceil(first / step) * step; year <= last; year += step) place(String(year), xOf(year), String(year));
    if (scale.unknownX !== null) place('no year', renderer.graphToViewport({ x: scale.unknownX, y: 0 }).x, '');
    axis.replaceChildren(...ticks);
  };

  // Every frame: a camera move, a zoom, a resize, a new graph (show() calls setGraph first).
  renderer.on('afterRender', draw);
  draw();
  return { ticks: () => drawn };
}
