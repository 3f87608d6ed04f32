// The drawing as a picture with a title and a legend: PNG at 2× or 4× the screen's pixels (sigma
// redraws the current view off-screen at that density, labels included), and SVG (circles,
// lines and the labels as placed on the page, text escaped). What the page draws beside sigma
// goes in too: the density map under the drawing, the hovered or selected neighbourhood over
// it, the year axis under it. The legend lists the communities drawn, largest first.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';

import { escapeXml } from '../pipeline/export/xml-text';
import { arrowHeadSvg, MIN_EDGE_PX } from './arrow-heads';
import { formatNumber } from './dom';
import type { DensityLayer } from './density-layer';
import type { EmphasisLayer } from './emphasis-layer';
import type { EdgeAttrs, NodeAttrs } from './graph-data';
import type { LabelLayer, PlacedLabel } from './label-layer';
import type { Store } from './state';
import type { YearAxis, YearTick } from './year-axis';

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

/** The page's own layers around sigma's drawing. */
export interface PictureLayers {
  labels: LabelLayer;
  emphasis: EmphasisLayer;
  density: DensityLayer;
  yearAxis: YearAxis;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const TITLE_H = 44;
/** The year axis strip under the drawing, when the graph is laid out by year. */
const AXIS_H = 26;
const TICK_PX = 5;
/** A tick's year, below its mark. */
const AXIS_TEXT_Y = 15;
/** The year axis's grey (--muted on the page). */
const MUTED = '#667085';
const LEGEND_ROW = 20;
const LEGEND_COLUMN = 240;
/** Communities named in the legend; the rest are counted. */
const LEGEND_ENTRIES = 12;

interface Legend {
  title: string;
  subtitle: string;
  entries: { label: string; color: string; size: number }[];
  more: number;
}

function legendOf(store: Store): Legend {
  const data = store.data;
  const { visibility } = store;
  const drawn = new Map<number, number>();
  data.nodes.forEach((node, i) => {
    if (visibility.nodes[i]) drawn.set(node.community, (drawn.get(node.community) ?? 0) + 1);
  });
  const communities = data.communities.filter((c) => drawn.has(c.id));
  return {
    title: data.source.title || data.source.kind,
    subtitle: `${formatNumber(visibility.nodeCount)} nodes · ${formatNumber(visibility.edgeCount)} edges · citegraph`,
    entries: communities.slice(0, LEGEND_ENTRIES).map((c) => ({ label: c.label, color: c.color, size: drawn.get(c.id) ?? 0 })),
    more: Math.max(0, communities.length - LEGEND_ENTRIES),
  };
}

/** Legend rows in columns under the drawing: how tall for a picture `width` wide. */
function legendLayout(legend: Legend, width: number) {
  const columns = Math.max(1, Math.floor((width - 24) / LEGEND_COLUMN));
  const rows = Math.ceil((legend.entries.length + (legend.more ? 1 : 0)) / columns);
  return { columns, height: rows ? rows * LEGEND_ROW + 16 : 0 };
}

/** The texts of the legend, in reading order, placed (x, y of the text's middle). */
function legendItems(legend: Legend, width: number, top: number) {
  const { columns } = legendLayout(legend, width);
  const texts = [...legend.entries.map((e) => ({ ...e, text: `${e.label} (${formatNumber(e.size)})` }))];
  if (legend.more) texts.push({ label: '', color: '', size: 0, text: `… and ${formatNumber(legend.more)} more communities` });
  return texts.map((t, k) => ({ ...t, x: 12 + (k % columns) * LEGEND_COLUMN, y: top + 8 + Math.floor(k / columns) * LEGEND_ROW + LEGEND_ROW / 2 }));
}

/** PNG at `scale` × the page's CSS pixels, title above and legend below the drawing. */
export async function pictureAsPng(store: Store, renderer: Renderer, layers: PictureLayers, scale: number): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const densityMap = layers.density.drawn();
  // export-image draws at window.devicePixelRatio: set it for the off-screen redraw only.
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { value: scale, configurable: true });
  let drawing: HTMLCanvasElement;
  try {
    drawing = await drawOnCanvas(renderer as unknown as Sigma, {
      // In a density mode the map stands for the nodes and edges, as on the page.
      ...(densityMap ? { layers: ['labels'] } : {}),
      withTempRenderer: (tmp) => layers.labels.attach(tmp as unknown as Renderer, document.createElement('div')),
    });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
  const legend = legendOf(store);
  const ticks = layers.yearAxis.ticks();
  const axisH = ticks.length ? AXIS_H : 0;
  const { height: legendH } = legendLayout(legend, width);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (TITLE_H + height + axisH + legendH) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('viz/picture: no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, TITLE_H + height + axisH + legendH);
  ctx.fillStyle = '#1f2329';
  ctx.textBaseline = 'middle';
  ctx.font = `600 17px ${FONT}`;
  ctx.fillText(legend.title, 12, 16);
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${FONT}`;
  ctx.fillText(legend.subtitle, 12, 34);
  if (densityMap) ctx.drawImage(densityMap, 0, TITLE_H, width, height);
  ctx.drawImage(drawing, 0, TITLE_H, width, height);
  ctx.save();
  ctx.translate(0, TITLE_H);
  ctx.beginPath();
  ctx.rect(0, 0, width, height);
  ctx.clip();
  layers.emphasis.paint(ctx);
  ctx.restore();
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = MUTED;
  if (ticks.length) ctx.fillRect(0, TITLE_H + height, width, 1);
  ctx.textAlign = 'center';
  for (const tick of ticks) {
    ctx.fillRect(tick.x - 0.5, TITLE_H + height, 1, TICK_PX);
    ctx.fillText(tick.text, tick.x, TITLE_H + height + AXIS_TEXT_Y);
  }
  ctx.textAlign = 'start';
  for (const item of legendItems(legend, width, TITLE_H + height + axisH)) {
    if (item.color) {
      ctx.fillStyle = item.color;
      ctx.beginPath();
      ctx.arc(item.x + 5, item.y, 5, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#1f2329';
    ctx.fillText(item.text, item.x + 16, item.y, LEGEND_COLUMN - 24);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('viz/picture: the PNG could not be made'))), 'image/png'));
}

/** Labels as SVG text, where the page placed them (a highlighted one on its white box). */
function labelsSvg(placed: readonly PlacedLabel[]): string[] {
  return placed.flatMap((l) => {
    const pad = l.highlighted ? 3 : 0;
    const text = `<text x="${(l.x + pad).toFixed(1)}" y="${(l.y + l.h / 2).toFixed(1)}" font-size="${l.fontPx}"${l.highlighted ? ' font-weight="600"' : ''}>${escapeXml(l.text)}</text>`;
    return l.highlighted ? [`<rect x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" width="${l.w.toFixed(1)}" height="${l.h.toFixed(1)}" fill="#ffffff"/>`, text] : [text];
  });
}

/** The current view as SVG: what is drawn, where the page draws it, with the same title and legend. */
export function pictureAsSvg(store: Store, renderer: Renderer, layers: PictureLayers): string {
  const { width, height } = renderer.getDimensions();
  const legend = legendOf(store);
  const ticks = layers.yearAxis.ticks();
  const axisH = ticks.length ? AXIS_H : 0;
  const { height: legendH } = legendLayout(legend, width);
  const total = TITLE_H + height + axisH + legendH;
  const densityMap = layers.density.drawn();
  const graph = renderer.getGraph();
  const at = (key: string) => {
    const d = renderer.getNodeDisplayData(key);
    return d && !d.hidden ? { ...renderer.framedGraphToViewport(d), size: renderer.scaleSize(d.size), color: d.color } : null;
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT}'>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="16" font-size="17" font-weight="600" dominant-baseline="middle" fill="#1f2329">${escapeXml(legend.title)}</text>`,
    `<text x="12" y="34" font-size="12" dominant-baseline="middle" fill="${MUTED}">${escapeXml(legend.subtitle)}</text>`,
    `<svg x="0" y="${TITLE_H}" width="${width}" height="${height}" overflow="hidden">`,
  ];
  if (densityMap) {
    // The density map is a raster on the page too: embedded as it is drawn, in place of nodes and edges.
    parts.push(`<image width="${width}" height="${height}" href="${densityMap.toDataURL('image/png')}"/>`);
  } else {
    parts.push('<g stroke-linecap="round">');
    graph.forEachEdge((edge, _attrs, source, target) => {
      const d = renderer.getEdgeDisplayData(edge);
      const s = at(source);
      const t = at(target);
      if (!d || d.hidden || !s || !t) return;
      parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${escapeXml(d.color)}" stroke-width="${d.type === 'thin' ? '1' : (d.size / 2).toFixed(2)}"/>`);
      // Heads as the page draws them (arrow programs; none on a large graph's thin lines).
      const from = { ...s, r: s.size };
      const to = { ...t, r: t.size };
      const px = Math.max(MIN_EDGE_PX, renderer.scaleSize(d.size));
      if (d.type === 'arrow' || d.type === 'doubleArrow') parts.push(arrowHeadSvg(from, to, px, d.color));
      if (d.type === 'doubleArrow') parts.push(arrowHeadSvg(to, from, px, d.color));
    });
    parts.push('</g><g>');
    graph.forEachNode((node) => {
      const n = at(node);
      if (n) parts.push(`<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.size.toFixed(1)}" fill="${escapeXml(n.color)}"/>`);
    });
    parts.push('</g>');
  }
  parts.push('<g dominant-baseline="middle" fill="#1f2329">', ...labelsSvg(layers.labels.placed()), '</g>');
  parts.push(...layers.emphasis.svg());
  parts.push('<g dominant-baseline="middle" fill="#1f2329">', ...labelsSvg(layers.emphasis.placed()), '</g></svg>');
  if (ticks.length) {
    const top = TITLE_H + height;
    parts.push(`<g fill="${MUTED}" font-size="12" text-anchor="middle" dominant-baseline="middle"><rect x="0" y="${top}" width="${width}" height="1"/>`);
    for (const t of ticks) parts.push(`<rect x="${(t.x - 0.5).toFixed(1)}" y="${top}" width="1" height="${TICK_PX}"/><text x="${t.x.toFixed(1)}" y="${top + AXIS_TEXT_Y}">${escapeXml(t.text)}</text>`);
    parts.push('</g>');
  }
  parts.push('<g dominant-baseline="middle" font-size="12" fill="#1f2329">');
  for (const item of legendItems(legend, width, TITLE_H + height + axisH)) {
    if (item.color) parts.push(`<circle cx="${item.x + 5}" cy="${item.y}" r="5" fill="${escapeXml(item.color)}"/>`);
    parts.push(`<text x="${item.x + 16}" y="${item.y}">${escapeXml(item.text)}</text>`);
  }
  parts.push('</g></svg>\n');
  return parts.join('\n');
}
