// Arrow heads, one shape for sigma's arrow programs (graph-view.ts), the emphasis layer and the
// SVG picture: a head at the target's border, its length and width proportional to the link's
// thickness in pixels.
import { escapeXml } from '../pipeline/export/xml-text';

/** A little larger than sigma's defaults (2.5 and 2 times the thickness): thin links keep a visible head. */
export const ARROW_HEAD = { lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 2.5 };
/** Sigma's thinnest link, in pixels (its minEdgeThickness default). */
export const MIN_EDGE_PX = 1.7;

/** A node as drawn: centre and radius in pixels. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** The three corners of the head at `to`'s border of a link from `from`, `px` thick. */
function headCorners(from: Disc, to: Disc, px: number): [[number, number], [number, number], [number, number]] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = to.x - ux * to.r;
  const tipY = to.y - uy * to.r;
  const backX = tipX - ux * px * ARROW_HEAD.lengthToThicknessRatio;
  const backY = tipY - uy * px * ARROW_HEAD.lengthToThicknessRatio;
  const half = (px * ARROW_HEAD.widenessToThicknessRatio) / 2;
  return [
    [tipX, tipY],
    [backX - uy * half, backY + ux * half],
    [backX + uy * half, backY - ux * half],
  ];
}

/** Fills the head on a 2D canvas, in the context's current fill colour. */
export function drawArrowHead(context: CanvasRenderingContext2D, from: Disc, to: Disc, px: number): void {
  const [tip, left, right] = headCorners(from, to, px);
  context.beginPath();
  context.moveTo(...tip);
  context.lineTo(...left);
  context.lineTo(...right);
  context.closePath();
  context.fill();
}

/** The head as an SVG polygon (colour escaped). */
export function arrowHeadSvg(from: Disc, to: Disc, px: number, color: string): string {
  const points = headCorners(from, to, px).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return `<polygon points="${points}" fill="${escapeXml(color)}"/>`;
}
