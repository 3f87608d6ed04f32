// The thematic evolution as a Sankey diagram (the pipeline's evolution.csv): one column per time
// slice, each theme a bar sized by its papers, bands between themes of consecutive slices as wide
// as their inclusion index, coloured as the theme they come from.
import type { BundleEvolution } from '../../pipeline/bundle-model';
import { viridis } from '../overlay';
import { shorten } from './thematic-map';
import { svgEl, withTitle } from './svg';

const [W, H, TOP, BOTTOM, BAR] = [760, 480, 36, 16, 14];
const GAP = 8;

export function sankeySvg(evolution: BundleEvolution): SVGSVGElement {
  const { slices, themes, links } = evolution;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Thematic evolution', class: 'sankey' });
  svg.append(svgEl('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  const columns = Math.max(1, slices.length);
  const colX = (slice: number) => 24 + (columns === 1 ? 0 : (slice / (columns - 1)) * (W - 48 - 160 - BAR));
  // Bars of a slice stacked top to bottom, heights by papers, scaled so the fullest slice fits.
  const perSlice = slices.map((_, s) => themes.map((t, i) => [t, i] as const).filter(([t]) => t.slice === s));
  const scale = Math.min(...perSlice.map((col) => (H - TOP - BOTTOM - GAP * Math.max(0, col.length - 1)) / Math.max(1, col.reduce((a, [t]) => a + t.papers, 0))));
  const box = new Map<number, { x: number; y: number; h: number; colour: string }>();
  perSlice.forEach((col, s) => {
    let y = TOP;
    col.forEach(([t, i], k) => {
      const h = Math.max(2, t.papers * scale);
      box.set(i, { x: colX(s), y, h, colour: viridis(col.length > 1 ? k / (col.length - 1) : 0.5) });
      y += h + GAP;
    });
    svg.append(svgEl('text', { x: colX(s), y: TOP - 14, 'font-size': 12, 'font-weight': 600, fill: '#3c4043' }, `${slices[s]!.label} (${slices[s]!.papers} papers)`));
  });
  // Bands leave and enter each bar stacked in link order, each as thick as its share of the bar.
  const out = new Map<number, number>(), into = new Map<number, number>();
  const totalOut = new Map<number, number>(), totalIn = new Map<number, number>();
  for (const l of links) (totalOut.set(l.from, (totalOut.get(l.from) ?? 0) + l.weight)), totalIn.set(l.to, (totalIn.get(l.to) ?? 0) + l.weight);
  for (const l of links) {
    const [a, b] = [box.get(l.from), box.get(l.to)];
    if (!a || !b) continue;
    const ha = (a.h * l.weight) / totalOut.get(l.from)!, hb = (b.h * l.weight) / totalIn.get(l.to)!;
    const [ya, yb] = [a.y + (out.get(l.from) ?? 0), b.y + (into.get(l.to) ?? 0)];
    out.set(l.from, (out.get(l.from) ?? 0) + ha);
    into.set(l.to, (into.get(l.to) ?? 0) + hb);
    const [x0, x1] = [a.x + BAR, b.x];
    const mid = (x0 + x1) / 2;
    const d = `M${x0},${ya} C${mid},${ya} ${mid},${yb} ${x1},${yb} L${x1},${yb + hb} C${mid},${yb + hb} ${mid},${ya + ha} ${x0},${ya + ha} Z`;
    svg.append(withTitle(svgEl('path', { d, fill: a.colour, 'fill-opacity': 0.35, class: 'flow' }),
      `${themes[l.from]!.label} → ${themes[l.to]!.label}\ninclusion ${l.weight}; shared: ${l.shared.join(', ')}`));
  }
  themes.forEach((t, i) => {
    const b = box.get(i)!;
    svg.append(
      withTitle(svgEl('rect', { x: b.x, y: b.y, width: BAR, height: b.h, fill: b.colour, class: 'theme' }), `${t.label}: ${t.papers} papers, ${t.terms} terms`),
      svgEl('text', { x: b.x + BAR + 4, y: b.y + Math.min(b.h / 2, 10) + 4, 'font-size': 10, fill: '#202124' }, shorten(t.label, 30)),
    );
  });
  return svg;
}
