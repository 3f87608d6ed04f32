// Labels placed as VOSviewer places them. Sigma picks the candidates (its label grid thins them
// by zoom, forced labels always in); instead of drawing each at once, drawLabel collects them and
// afterRender places them: highlighted (hovered, selected) first, then forced, then by size; each
// in the first of four spots beside its node that stays inside the canvas and overlaps no label
// placed before; the rest are left out. Font size follows the node's size; a highlighted node
// shows its full text on a white box. The placed boxes are written to the container
// (data-label-boxes) for tests and scripts.
import type Sigma from 'sigma';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

import type { EdgeAttrs, NodeAttrs } from './graph-data';

const MIN_FONT = 10;
const MAX_FONT = 19;
/** Room kept free at the canvas edges and between a node and its label, in pixels. */
const EDGE_MARGIN = 4;
const GAP = 3;
/** Labels longer than the canvas allows are cut with an ellipsis. */
const ELLIPSIS = '…';

export interface Candidate {
  key: string;
  x: number;
  y: number;
  size: number;
  label: string;
  priority: number;
  highlighted: boolean;
  /** Where the label was placed before (the emphasis layer redraws a label where the page shows it), tried first. */
  at?: Box;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Where a label of w × h may go beside a node at (x, y) of radius r: right, left, above, below. */
function spots(x: number, y: number, r: number, w: number, h: number): Box[] {
  return [
    { x: x + r + GAP, y: y - h / 2, w, h },
    { x: x - r - GAP - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - r - GAP - h, w, h },
    { x: x - w / 2, y: y + r + GAP, w, h },
  ];
}

/** Moves a box inside the canvas (a label at the edge slides in rather than being cut). */
function clampInto(box: Box, width: number, height: number): Box {
  const x = Math.min(Math.max(box.x, EDGE_MARGIN), width - EDGE_MARGIN - box.w);
  const y = Math.min(Math.max(box.y, EDGE_MARGIN), height - EDGE_MARGIN - box.h);
  return { ...box, x, y };
}

/** A label as last placed on the page, for the SVG export. */
export interface PlacedLabel extends Box {
  /** The node's sigma key. */
  key: string;
  text: string;
  fontPx: number;
  highlighted: boolean;
}

export interface LabelLayer {
  /** The labels of the last frame drawn on the page. */
  placed(): readonly PlacedLabel[];
  /** sigma's defaultDrawNodeLabel: collects, draws nothing. */
  collect: NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs>;
  /** sigma's defaultDrawNodeHover: a halo only; the label is this layer's. */
  halo: NodeHoverDrawingFunction<NodeAttrs, EdgeAttrs>;
  /** Draws after every frame of `renderer`; call once it exists (it has drawn its first frame). */
  attach(renderer: Sigma<NodeAttrs, EdgeAttrs>, container: HTMLElement): void;
}

/** The smallest and largest node size of a graph, kept until its sizes change (another size metric). */
const sizeRanges = new WeakMap<object, [number, number]>();
function sizeRange(renderer: Sigma<NodeAttrs, EdgeAttrs>): [number, number] {
  const graph = renderer.getGraph();
  let range = sizeRanges.get(graph);
  if (!range) {
    let lo = Infinity;
    let hi = 0;
    graph.forEachNode((_node, attrs) => {
      if (attrs.size < lo) lo = attrs.size;
      if (attrs.size > hi) hi = attrs.size;
    });
    range = [lo, hi];
    sizeRanges.set(graph, range);
    graph.once('eachNodeAttributesUpdated', () => sizeRanges.delete(graph));
  }
  return range;
}

/** Cut `text` to fit `room` pixels at the context's current font. */
function fit(context: CanvasRenderingContext2D, text: string, room: number): string {
  if (context.measureText(text).width <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (context.measureText(text.slice(0, mid) + ELLIPSIS).width <= room) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** How labels look: the page's font, and the font size a node's own size (its weight) gives. */
export interface LabelStyle {
  font: string;
  weight: string;
  color: string;
  fontSize(key: string): number;
  /** Boxes no label may cover (the camera buttons over the canvas). */
  obstacles?: readonly Box[];
}

/**
 * Places and draws `candidates` on `context` (a canvas `width` × `height` CSS pixels): by
 * priority, then size, each in its first free spot; returns the labels placed. The emphasis
 * layer places its labels the same way.
 */
export function placeLabels(context: CanvasRenderingContext2D, candidates: Candidate[], width: number, height: number, style: LabelStyle): PlacedLabel[] {
  candidates.sort((a, b) => a.priority - b.priority || b.size - a.size);
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...(style.obstacles ?? [])];
  context.textBaseline = 'middle';
  for (const c of candidates) {
    const px = style.fontSize(c.key);
    context.font = `${c.highlighted ? '600' : style.weight} ${px}px ${style.font}`;
    const pad = c.highlighted ? 3 : 0;
    const text = fit(context, c.label, width - 2 * EDGE_MARGIN - 2 * pad);
    const w = context.measureText(text).width + 2 * pad;
    const h = px + 2 + 2 * pad;
    const before = c.at ? [{ x: c.at.x, y: c.at.y, w, h }] : [];
    const box = [...before, ...spots(c.x, c.y, c.size, w, h)]
      .map((spot) => clampInto(spot, width, height))
      .find((spot) => !taken.some((other) => overlaps(spot, other)));
    if (!box) continue;
    placed.push({ ...box, key: c.key, text, fontPx: px, highlighted: c.highlighted });
    taken.push(box);
    if (c.highlighted) {
      context.fillStyle = '#ffffff';
      context.shadowColor = 'rgb(16 24 40 / 0.25)';
      context.shadowBlur = 6;
      context.fillRect(box.x, box.y, box.w, box.h);
      context.shadowBlur = 0;
    }
    context.fillStyle = style.color;
    context.fillText(text, box.x + pad, box.y + box.h / 2);
  }
  return placed;
}

/** The font size by the node's own size (its weight), not the drawn one, which grows as you zoom in. */
export function fontSizeFor(renderer: Sigma<NodeAttrs, EdgeAttrs>): (key: string) => number {
  const graph = renderer.getGraph();
  const [lo, hi] = sizeRange(renderer);
  return (key) => {
    const size = graph.hasNode(key) ? graph.getNodeAttribute(key, 'size') : lo;
    const t = hi > lo ? (size - lo) / (hi - lo) : 0.3;
    return Math.round(MIN_FONT + Math.sqrt(t) * (MAX_FONT - MIN_FONT));
  };
}

/** The boxes of the container's children marked data-label-obstacle, in the container's pixels. */
export function obstaclesIn(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  return Array.from(container.querySelectorAll<HTMLElement>('[data-label-obstacle]'), (node) => {
    const r = node.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  }).filter((b) => b.w > 0 && b.h > 0);
}

/** Records placed boxes on the container for tests and scripts. */
export function recordBoxes(container: HTMLElement, prefix: 'label' | 'emphasis', placed: readonly PlacedLabel[]): void {
  container.dataset[`${prefix}Boxes`] = placed.map((b) => [b.x, b.y, b.w, b.h].map((v) => v.toFixed(1)).join(',')).join(' ');
  container.dataset[`${prefix}Count`] = String(placed.length);
}

export function createLabelLayer(font: string, weight: string, color: string): LabelLayer {
  let candidates: Candidate[] = [];
  let lastPlaced: PlacedLabel[] = [];

  const draw = (renderer: Sigma<NodeAttrs, EdgeAttrs>, container: HTMLElement) => {
    const context = renderer.getCanvases().labels?.getContext('2d');
    if (!context) return [];
    const { width, height } = renderer.getDimensions();
    const placed = placeLabels(context, candidates, width, height, { font, weight, color, fontSize: fontSizeFor(renderer), obstacles: obstaclesIn(container) });
    recordBoxes(container, 'label', placed);
    candidates = [];
    return placed;
  };

  return {
    placed: () => lastPlaced,
    collect(_context, data) {
      if (!data.label) return;
      const highlighted = data.highlighted === true;
      candidates.push({
        key: String(data.key),
        x: data.x,
        y: data.y,
        size: data.size,
        label: data.label,
        highlighted,
        priority: highlighted ? 0 : data.forceLabel ? 1 : 2,
      });
    },
    halo(context, data) {
      context.beginPath();
      context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
      context.fillStyle = '#ffffff';
      context.shadowColor = 'rgb(16 24 40 / 0.35)';
      context.shadowBlur = 8;
      context.fill();
      context.shadowBlur = 0;
    },
    attach(renderer, container) {
      renderer.on('beforeRender', () => {
        candidates = [];
      });
      renderer.on('afterRender', () => {
        lastPlaced = draw(renderer, container);
      });
      lastPlaced = draw(renderer, container);
    },
  };
}
