// The density display mode: a 2D canvas under sigma's WebGL canvases, redrawn after every frame
// sigma renders (camera moves included) from the visible nodes' screen positions, on a grid of
// CELL_PX pixels scaled up smoothly. In a density mode the nodes and edges canvases are hidden
// (CSS on #graph[data-display]); labels, hover and selection stay as they are.
import type Sigma from 'sigma';

import './density.css';

import { densityImage, type DensityMode, type DensityPoint } from './density-grid';
import { byId } from './dom';
import type { EdgeAttrs, GraphData, NodeAttrs } from './graph-data';
import type { Visibility } from './visibility';

/** Grid cell in CSS pixels: coarse enough to recompute at every frame. */
const CELL_PX = 6;
/** Kernel σ as a share of the canvas's smaller side at the camera's starting zoom; it scales with the zoom. */
const KERNEL_SHARE = 0.025;

export type DisplayMode = 'nodes' | DensityMode;
const MODES: readonly DisplayMode[] = ['nodes', 'item', 'cluster'];

/** The community colours as 0xRRGGBB, per graph. */
const rgbCache = new WeakMap<GraphData, Int32Array>();
function rgbOf(data: GraphData): Int32Array {
  let rgb = rgbCache.get(data);
  if (!rgb) {
    rgb = Int32Array.from(data.colors, (hex) => parseInt(hex.slice(1), 16));
    rgbCache.set(data, rgb);
  }
  return rgb;
}

/** The density map as drawn on the page, for the picture exports. */
export interface DensityLayer {
  /** The map's canvas (CSS pixel size of the graph), or null in the nodes mode. */
  drawn(): HTMLCanvasElement | null;
}

export function mountDensityLayer(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  container: HTMLElement,
  current: () => { data: GraphData; visibility: Visibility },
): DensityLayer {
  const select = byId<HTMLSelectElement>('display-mode');
  const canvas = document.createElement('canvas');
  canvas.className = 'density-layer';
  canvas.setAttribute('aria-hidden', 'true');
  container.prepend(canvas); // first child: under sigma's canvases
  const grid = document.createElement('canvas');
  let mode: DisplayMode = 'nodes';

  const draw = () => {
    const context = canvas.getContext('2d');
    if (!context || mode === 'nodes') return;
    const { width, height } = renderer.getDimensions();
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.clearRect(0, 0, width, height);
    const { data, visibility } = current();
    const columns = Math.ceil(width / CELL_PX);
    const rows = Math.ceil(height / CELL_PX);
    const rgb = rgbOf(data);
    const points: DensityPoint[] = [];
    data.graph.forEachNode((_key, attrs) => {
      if (!visibility.nodes[attrs.i]) return;
      const p = renderer.graphToViewport(attrs);
      points.push({ x: p.x / CELL_PX, y: p.y / CELL_PX, weight: attrs.size, rgb: rgb[attrs.i] ?? 0 });
    });
    const radius = (KERNEL_SHARE * Math.min(width, height)) / renderer.getCamera().getState().ratio / CELL_PX;
    const pixels = densityImage(points, columns, rows, Math.min(radius, Math.max(columns, rows)), mode);
    grid.width = columns;
    grid.height = rows;
    grid.getContext('2d')?.putImageData(new ImageData(pixels, columns, rows), 0, 0);
    context.imageSmoothingEnabled = true;
    context.drawImage(grid, 0, 0, columns * CELL_PX, rows * CELL_PX);
  };

  select.addEventListener('change', () => {
    mode = MODES.find((m) => m === select.value) ?? 'nodes';
    container.dataset.display = mode;
    if (mode === 'nodes') canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    else draw();
  });
  renderer.on('afterRender', draw);
  container.dataset.display = mode;
  return { drawn: () => (mode === 'nodes' ? null : canvas) };
}
