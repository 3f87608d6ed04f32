// Bar charts of counts for the overview page: columns along an axis (papers per year, authors
// per paper) and ranked horizontal bars (authors, sources, papers, communities). Drawn from data
// as text only (svg.ts); each bar's full name and value in its tooltip.
import { svgEl, withTitle } from './svg';
import { shorten } from './thematic-map';

export interface Bar {
  /** On the axis, or beside the bar. */
  label: string;
  value: number;
  /** The tooltip. */
  title: string;
  color?: string;
}

const BAR_COLOR = '#4e79a7';
const INK = '#202124';
const MUTED = '#5f6368';
const W = 640;

/** Axis ticks at 1, 2 or 5 × 10^k up to at least `max`. */
function niceTicks(max: number, most = 5): number[] {
  if (max <= 0) return [0];
  const raw = max / most;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function frame(height: number, label: string, className: string): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': label, class: `bar-chart ${className}` });
  svg.append(svgEl('rect', { x: 0, y: 0, width: W, height, fill: '#ffffff' }));
  return svg;
}

/** Columns left to right with a value axis; `notes`: lines of text in the top right corner. */
export function columnChart(bars: readonly Bar[], axis: { x: string; y: string; label: string }, notes: readonly string[] = []): SVGSVGElement {
  const [H, left, right, top, bottom] = [320, 52, 16, 20, 44];
  const svg = frame(H, axis.label, 'columns');
  const ticks = niceTicks(Math.max(1, ...bars.map((b) => b.value)));
  const ceiling = ticks.at(-1)!;
  const y = (v: number) => H - bottom - (v / ceiling) * (H - top - bottom);
  const slot = (W - left - right) / Math.max(1, bars.length);
  for (const t of ticks) {
    svg.append(
      svgEl('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), stroke: t === 0 ? '#9aa0a6' : '#e8eaed' }),
      svgEl('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 10, fill: MUTED }, String(t)),
    );
  }
  // As many axis labels as fit, evenly spaced (a year every 5 or 10 on a long range).
  const every = Math.max(1, Math.ceil((bars.length * 34) / (W - left - right)));
  bars.forEach((b, i) => {
    const x = left + i * slot;
    svg.append(withTitle(svgEl('rect', { x: x + slot * 0.1, y: y(b.value), width: Math.max(1, slot * 0.8), height: y(0) - y(b.value), fill: b.color ?? BAR_COLOR, class: 'bar' }), b.title));
    if (i % every === 0) svg.append(svgEl('text', { x: x + slot / 2, y: H - bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: MUTED }, b.label));
  });
  svg.append(
    svgEl('text', { x: left + (W - left - right) / 2, y: H - 8, 'text-anchor': 'middle', 'font-size': 12, fill: INK }, axis.x),
    svgEl('text', { x: 12, y: top + (H - top - bottom) / 2, 'text-anchor': 'middle', 'font-size': 12, fill: INK, transform: `rotate(-90 12 ${top + (H - top - bottom) / 2})` }, axis.y),
  );
  notes.forEach((note, i) => svg.append(svgEl('text', { x: W - right, y: top + 8 + i * 16, 'text-anchor': 'end', 'font-size': 12, fill: INK, class: 'note' }, note)));
  return svg;
}

/** Ranked bars, the first on top, each with its name on the left and its value at its end. */
export function rankedBars(bars: readonly Bar[], label: string): SVGSVGElement {
  const [row, top, bottom, left, right] = [22, 8, 8, 270, 56];
  const H = top + bottom + row * Math.max(1, bars.length);
  const svg = frame(H, label, 'ranked');
  const most = Math.max(1, ...bars.map((b) => b.value));
  bars.forEach((b, i) => {
    const y = top + i * row;
    const width = Math.max(1, (b.value / most) * (W - left - right));
    svg.append(
      svgEl('text', { x: left - 8, y: y + row / 2 + 4, 'text-anchor': 'end', 'font-size': 11, fill: INK }, shorten(b.label, 36)),
      withTitle(svgEl('rect', { x: left, y: y + 3, width, height: row - 6, fill: b.color ?? BAR_COLOR, class: 'bar' }), b.title),
      svgEl('text', { x: left + width + 6, y: y + row / 2 + 4, 'font-size': 11, fill: MUTED }, formatValue(b.value)),
    );
  });
  return svg;
}

/** Counts whole, fractional counts to two decimals. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2);
}
