// Lotka's law on log-log axes: the number of authors with n papers (dots), the least-squares fit
// the pipeline made (analysis/lotka.ts) and the classic law, C = 6/π², β = 2, for comparison.
// Both lines are the shares times the authors counted, so they sit on the dots' scale.
import type { OverviewLotka } from '../../pipeline/bundle-model';
import { CLASSIC_LOTKA } from '../../pipeline/analysis/lotka';
import { svgEl, withTitle } from './svg';

const [W, H, left, right, top, bottom] = [640, 380, 60, 20, 20, 48];
const FIT = '#e15759';
const CLASSIC = '#5f6368';

export function lotkaSvg(lotka: OverviewLotka): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': "Lotka's law", class: 'lotka' });
  svg.append(svgEl('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  const points = lotka.distribution;
  const total = points.reduce((sum, p) => sum + p.authors, 0);
  const maxN = points.at(-1)!.papers;
  const law = (constant: number, exponent: number) => (n: number) => total * constant * n ** -exponent;
  const fitted = law(lotka.constant, lotka.exponent);
  const classic = law(CLASSIC_LOTKA.constant, CLASSIC_LOTKA.exponent);
  // n from 1 to a little past the largest; decades on the y axis holding every dot and both lines.
  const nHi = maxN * 1.25;
  const xHi = Math.log10(nHi);
  const lows = [...points.map((p) => p.authors), fitted(nHi), classic(nHi)];
  const highs = [...points.map((p) => p.authors), fitted(1), classic(1)];
  const [yLo, yHi] = [Math.floor(Math.log10(Math.min(...lows))), Math.ceil(Math.log10(Math.max(...highs)))];
  const x = (n: number) => left + (Math.log10(n) / xHi) * (W - left - right);
  const y = (v: number) => H - bottom - ((Math.log10(v) - yLo) / Math.max(1, yHi - yLo)) * (H - top - bottom);
  // 1, 2, 5, 10, 20, …: the range is often a decade or two, too few for decades alone.
  for (let k = 0; 10 ** k <= nHi; k++) {
    for (const n of [1, 2, 5].map((m) => m * 10 ** k).filter((n) => n <= nHi)) {
      svg.append(
        svgEl('line', { x1: x(n), x2: x(n), y1: top, y2: H - bottom, stroke: '#e8eaed' }),
        svgEl('text', { x: x(n), y: H - bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: CLASSIC }, String(n)),
      );
    }
  }
  for (let k = yLo; k <= yHi; k++) {
    svg.append(
      svgEl('line', { x1: left, x2: W - right, y1: y(10 ** k), y2: y(10 ** k), stroke: '#e8eaed' }),
      svgEl('text', { x: left - 6, y: y(10 ** k) + 4, 'text-anchor': 'end', 'font-size': 10, fill: CLASSIC }, formatPower(k)),
    );
  }
  const line = (f: (n: number) => number, stroke: string, dash: string, name: string) =>
    withTitle(svgEl('line', { x1: x(1), y1: y(f(1)), x2: x(nHi), y2: y(f(nHi)), stroke, 'stroke-width': 2, 'stroke-dasharray': dash, class: 'law' }), name);
  svg.append(
    line(classic, CLASSIC, '6 4', 'Classic Lotka: β = 2, C = 0.608'),
    line(fitted, FIT, '', `Fit: β = ${lotka.exponent.toFixed(2)}, C = ${lotka.constant.toFixed(3)}, R² = ${lotka.r2.toFixed(3)}`),
  );
  for (const p of points) {
    svg.append(withTitle(svgEl('circle', { cx: x(p.papers), cy: y(p.authors), r: 4.5, fill: '#4e79a7', class: 'point' }), `${p.authors} author${p.authors === 1 ? '' : 's'} with ${p.papers} paper${p.papers === 1 ? '' : 's'}`));
  }
  const legend = [
    { text: 'Authors with n papers', draw: svgEl('circle', { cx: 0, cy: -4, r: 4.5, fill: '#4e79a7' }) },
    { text: `Least-squares fit on log10: β = ${lotka.exponent.toFixed(2)}, C = ${lotka.constant.toFixed(3)}, R² = ${lotka.r2.toFixed(2)}`, draw: svgEl('line', { x1: -8, x2: 8, y1: -4, y2: -4, stroke: FIT, 'stroke-width': 2 }) },
    { text: 'Classic Lotka: share = 0.608 · n^−2', draw: svgEl('line', { x1: -8, x2: 8, y1: -4, y2: -4, stroke: CLASSIC, 'stroke-width': 2, 'stroke-dasharray': '6 4' }) },
  ];
  legend.forEach((entry, i) => {
    const g = svgEl('g', { transform: `translate(${W - right - 370} ${top + 14 + i * 18})`, class: 'legend' });
    g.append(entry.draw, svgEl('text', { x: 14, y: 0, 'font-size': 11, fill: '#202124' }, entry.text));
    svg.append(g);
  });
  svg.append(
    svgEl('text', { x: left + (W - left - right) / 2, y: H - 8, 'text-anchor': 'middle', 'font-size': 12, fill: '#202124' }, 'Papers written, n (log scale)'),
    svgEl('text', { x: 14, y: top + (H - top - bottom) / 2, 'text-anchor': 'middle', 'font-size': 12, fill: '#202124', transform: `rotate(-90 14 ${top + (H - top - bottom) / 2})` }, 'Authors (log scale)'),
  );
  return svg;
}

/** 10^k as a plain number where short (0.01 … 100000), else as a power. */
function formatPower(k: number): string {
  return k >= -2 && k <= 5 ? String(Number((10 ** k).toPrecision(1))) : `1e${k}`;
}
