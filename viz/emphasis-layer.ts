// The hovered or selected node's neighbourhood, drawn on a 2D canvas of its own above sigma's
// nodes and labels: a white veil fades everything beneath, then the node's links, its neighbours
// and their labels are drawn on top. Hover and selection never make sigma redraw its WebGL
// layers (100,000 edges take seconds in software WebGL): sigma's maintainers recommend such a
// separate highlight layer for large graphs. The layer redraws after every sigma frame (camera
// moves) and when the emphasis changes; the picture exports paint it into theirs.
import type Sigma from 'sigma';

import { escapeXml } from '../pipeline/export/xml-text';
import { arrowHeadSvg, drawArrowHead, MIN_EDGE_PX, type Disc } from './arrow-heads';
import { edgeKey, type EdgeAttrs, type GraphData, type NodeAttrs } from './graph-data';
import { fontSizeFor, obstaclesIn, placeLabels, recordBoxes, type Candidate, type LabelLayer, type LabelStyle, type PlacedLabel } from './label-layer';

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

/** How much of the drawing beneath shows through the veil. */
const VEIL = 'rgb(255 255 255 / 0.84)';
const FOCUS_EDGE = '#5d6474';
/** The focal node's neighbours that get a label, largest first (placement drops those that collide). */
const LABELLED_NEIGHBOURS = 25;

/** What is emphasised, as sigma node keys. */
export interface EmphasisState {
  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  focal: string | null;
  /** The selected node: marked even while another is hovered. */
  selected: string | null;
}

export interface EmphasisLayer {
  set(state: EmphasisState): void;
  /** Paints the current emphasis on `context` in the page's CSS pixels (for the picture exports); the labels placed. */
  paint(context: CanvasRenderingContext2D): PlacedLabel[];
  /** What `paint` draws but the labels, as SVG elements (colours escaped). */
  svg(): string[];
  /** The labels of the last emphasis drawn on the page. */
  placed(): readonly PlacedLabel[];
}

interface Drawn extends Disc {
  color: string;
}

interface Scene {
  nodes: (Drawn & { key: string })[];
  edges: { from: Drawn; to: Drawn; px: number; color: string; heads: 0 | 1 | 2 }[];
  marked: (Drawn & { key: string })[];
}

export function mountEmphasisLayer(
  renderer: Renderer,
  container: HTMLElement,
  current: () => GraphData,
  labels: LabelLayer,
  style: Omit<LabelStyle, 'fontSize' | 'obstacles'>,
): EmphasisLayer {
  const canvas = renderer.createCanvas('emphasis', { beforeLayer: 'hovers' });
  canvas.setAttribute('aria-hidden', 'true');
  let state: EmphasisState = { focal: null, selected: null };
  let lastPlaced: PlacedLabel[] = [];

  const at = (key: string): Drawn | null => {
    const d = renderer.getNodeDisplayData(key);
    if (!d) return null;
    const p = renderer.framedGraphToViewport(d);
    return { x: p.x, y: p.y, r: renderer.scaleSize(d.size), color: d.color };
  };

  /** The focal node, its drawn links and neighbours, and the marked (focal, selected) nodes. */
  const scene = (): Scene | null => {
    const { focal, selected } = state;
    if (focal === null && selected === null) return null;
    const data = current();
    const nodes: Scene['nodes'] = [];
    const edges: Scene['edges'] = [];
    if (focal !== null && data.graph.hasNode(focal)) {
      const centre = at(focal);
      const seen = new Set<string>();
      data.graph.forEachEdge(focal, (_edge, attrs, source, target) => {
        const d = renderer.getEdgeDisplayData(edgeKey(attrs.i));
        const other = source === focal ? target : source;
        const end = at(other);
        if (!d || d.hidden || !centre || !end || renderer.getNodeDisplayData(other)?.hidden) return;
        const from = source === focal ? centre : end;
        const to = source === focal ? end : centre;
        // Main-path citations keep their colour; the other links take the focus colour.
        const color = attrs.zIndex > 0 ? d.color : FOCUS_EDGE;
        // From the data, not sigma's program: a large graph's links are thin lines without heads.
        const heads = !data.directed ? 0 : data.edges[attrs.i]?.mutual === true ? 2 : 1;
        edges.push({ from, to, px: Math.max(MIN_EDGE_PX, renderer.scaleSize(d.size)), color, heads });
        if (!seen.has(other)) nodes.push({ key: other, ...end });
        seen.add(other);
      });
    }
    const marked = [focal, selected]
      .filter((key, k, all): key is string => key !== null && all.indexOf(key) === k && data.graph.hasNode(key))
      .flatMap((key) => {
        const d = at(key);
        return d ? [{ key, ...d }] : [];
      });
    return { nodes, edges, marked };
  };

  const labelCandidates = (s: Scene): Candidate[] => {
    const data = current();
    // A label the page shows is redrawn where it is (no ghost beside it under the veil), as sigma shows it (burst badge).
    const shown = new Map(labels.placed().map((l) => [l.key, l]));
    const label = (key: string, full: boolean) => (full ? data.labels[Number(key)] : undefined) ?? renderer.getNodeDisplayData(key)?.label ?? '';
    const neighbours = [...s.nodes].sort((a, b) => b.r - a.r).slice(0, LABELLED_NEIGHBOURS);
    return [
      ...s.marked.map((n) => ({ key: n.key, x: n.x, y: n.y, size: n.r, label: label(n.key, true), priority: 0, highlighted: true, at: shown.get(n.key) })),
      ...neighbours.map((n) => ({ key: n.key, x: n.x, y: n.y, size: n.r, label: label(n.key, false), priority: 1, highlighted: false, at: shown.get(n.key) })),
    ].filter((c) => c.label !== '');
  };

  const paint = (context: CanvasRenderingContext2D): PlacedLabel[] => {
    const s = scene();
    if (!s) return [];
    const { width, height } = renderer.getDimensions();
    context.save();
    if (state.focal !== null) {
      context.fillStyle = VEIL;
      context.fillRect(0, 0, width, height);
    }
    context.lineCap = 'round';
    for (const e of s.edges) {
      context.strokeStyle = e.color;
      context.fillStyle = e.color;
      context.lineWidth = e.px;
      context.beginPath();
      context.moveTo(e.from.x, e.from.y);
      context.lineTo(e.to.x, e.to.y);
      context.stroke();
      if (e.heads >= 1) drawArrowHead(context, e.from, e.to, e.px);
      if (e.heads === 2) drawArrowHead(context, e.to, e.from, e.px);
    }
    for (const n of s.nodes) disc(context, n);
    for (const n of s.marked) {
      context.shadowColor = 'rgb(16 24 40 / 0.35)';
      context.shadowBlur = 8;
      disc(context, { ...n, r: n.r + 3, color: '#ffffff' });
      context.shadowBlur = 0;
      disc(context, n);
    }
    const placed = placeLabels(context, labelCandidates(s), width, height, { ...style, fontSize: fontSizeFor(renderer), obstacles: obstaclesIn(container) });
    context.restore();
    return placed;
  };

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    lastPlaced = paint(context);
    recordBoxes(container, 'emphasis', lastPlaced);
    container.dataset.emphasis = state.focal ?? '';
    container.dataset.emphasisLabel = lastPlaced.find((l) => l.highlighted)?.text ?? '';
  };

  renderer.on('afterRender', draw);
  renderer.on('resize', draw);
  draw();

  return {
    set(next) {
      if (next.focal === state.focal && next.selected === state.selected) return;
      state = next;
      draw();
    },
    paint,
    placed: () => lastPlaced,
    svg() {
      const s = scene();
      if (!s) return [];
      const { width, height } = renderer.getDimensions();
      const f = (v: number) => v.toFixed(1);
      const parts: string[] = [];
      if (state.focal !== null) parts.push(`<rect width="${width}" height="${height}" fill="#ffffff" fill-opacity="0.84"/>`);
      for (const e of s.edges) {
        parts.push(`<line x1="${f(e.from.x)}" y1="${f(e.from.y)}" x2="${f(e.to.x)}" y2="${f(e.to.y)}" stroke="${escapeXml(e.color)}" stroke-width="${e.px.toFixed(2)}" stroke-linecap="round"/>`);
        if (e.heads >= 1) parts.push(arrowHeadSvg(e.from, e.to, e.px, e.color));
        if (e.heads === 2) parts.push(arrowHeadSvg(e.to, e.from, e.px, e.color));
      }
      const circle = (n: Drawn) => `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.r)}" fill="${escapeXml(n.color)}"/>`;
      for (const n of s.nodes) parts.push(circle(n));
      for (const n of s.marked) parts.push(circle({ ...n, r: n.r + 3, color: '#ffffff' }), circle(n));
      return parts;
    },
  };
}

function disc(context: CanvasRenderingContext2D, n: Drawn): void {
  context.fillStyle = n.color;
  context.beginPath();
  context.arc(n.x, n.y, n.r, 0, Math.PI * 2);
  context.fill();
}
