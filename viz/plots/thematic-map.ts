// The thematic map (the pipeline's themes.csv): each term community a bubble at its Callon
// centrality (x) and density (y), both by rank as bibliometrix draws them so a few extreme themes
// do not squash the rest, sized by its papers, coloured as in the term graph; the median lines cut
// the four quadrants, each labelled. Clicking a bubble focuses its community.
import type { BundleTheme } from '../../pipeline/bundle-model';
import { svgEl, withTitle } from './svg';

const [W, H, M] = [640, 480, 48];

/** Rank 1..n of each value (ties share the mean rank), as R's rank(). */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const rank = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) rank[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return rank;
}

export function thematicMapSvg(themes: readonly BundleTheme[], onTheme: (community: number) => void): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Thematic map', class: 'thematic-map' });
  svg.append(svgEl('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  const n = themes.length;
  const [cx, cy] = [ranks(themes.map((t) => t.centrality)), ranks(themes.map((t) => t.density))];
  const x = (rank: number) => M + ((rank - 0.5) / Math.max(1, n)) * (W - 2 * M);
  const y = (rank: number) => H - M - ((rank - 0.5) / Math.max(1, n)) * (H - 2 * M);
  const [midX, midY] = [x((n + 1) / 2), y((n + 1) / 2)];
  const line = { stroke: '#9aa0a6', 'stroke-dasharray': '4 4' };
  svg.append(svgEl('line', { x1: midX, y1: M / 2, x2: midX, y2: H - M / 2, ...line }), svgEl('line', { x1: M / 2, y1: midY, x2: W - M / 2, y2: midY, ...line }));
  const corner = { fill: '#5f6368', 'font-size': 13, 'font-weight': 600 };
  svg.append(
    svgEl('text', { x: W - M / 2, y: M / 2 + 4, 'text-anchor': 'end', ...corner }, 'Motor themes'),
    svgEl('text', { x: M / 2, y: M / 2 + 4, ...corner }, 'Niche themes'),
    svgEl('text', { x: M / 2, y: H - M / 2 + 14, ...corner }, 'Emerging or declining themes'),
    svgEl('text', { x: W - M / 2, y: H - M / 2 + 14, 'text-anchor': 'end', ...corner }, 'Basic themes'),
    svgEl('text', { x: W / 2, y: H - 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#3c4043' }, 'Centrality (rank) →'),
    svgEl('text', { x: 12, y: H / 2, 'font-size': 12, fill: '#3c4043', transform: `rotate(-90 12 ${H / 2})`, 'text-anchor': 'middle' }, 'Density (rank) →'),
  );
  const most = Math.max(1, ...themes.map((t) => t.papers));
  // Largest first, so small bubbles stay clickable on top.
  const order = themes.map((_, i) => i).sort((a, b) => themes[b]!.papers - themes[a]!.papers);
  for (const i of order) {
    const t = themes[i]!;
    const r = 6 + 22 * Math.sqrt(t.papers / most);
    const bubble = svgEl('g', { class: 'theme', 'data-community': t.community, tabindex: 0, role: 'button' });
    bubble.append(
      withTitle(svgEl('circle', { cx: x(cx[i]!), cy: y(cy[i]!), r, fill: t.color, 'fill-opacity': 0.75, stroke: '#ffffff' }),
        `${t.label}\n${t.quadrant} · ${t.size} terms · ${t.papers} papers${t.meanYear ? ` · mean year ${t.meanYear.toFixed(1)}` : ''}\ncentrality ${t.centrality}, density ${t.density}`),
      svgEl('text', { x: x(cx[i]!), y: y(cy[i]!) + r + 11, 'text-anchor': 'middle', 'font-size': 10, fill: '#202124' }, shorten(t.label)),
    );
    bubble.addEventListener('click', () => onTheme(t.community));
    bubble.addEventListener('keydown', (e) => e.key === 'Enter' && onTheme(t.community));
    svg.append(bubble);
  }
  return svg;
}

export function shorten(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
