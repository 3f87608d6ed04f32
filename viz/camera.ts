// The camera: zoom in and out, fit everything, fit what the filters leave, reset (the whole
// graph, nothing selected or focused); and releasing a community focus goes back to the whole
// graph, so the view is not left zoomed on something no longer emphasised. The camera state is
// mirrored on the container (data-camera="x,y,ratio") for tests and scripts.
import './camera.css';

import type Sigma from 'sigma';

import { byId } from './dom';
import type { EdgeAttrs, NodeAttrs } from './graph-data';
import type { Store } from './state';

const DURATION_MS = 300;
/** Never zoom closer than this on a fit (one node, or a few on top of each other). */
const MIN_FIT_RATIO = 0.06;

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

/** Animates the camera to the box around the given nodes (sigma keys); false when none is drawn. */
export function fitNodes(renderer: Renderer, keys: Iterable<string>, minRatio = MIN_FIT_RATIO, duration = DURATION_MS): boolean {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const key of keys) {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) continue;
    x0 = Math.min(x0, d.x);
    x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y);
    y1 = Math.max(y1, d.y);
  }
  if (x0 > x1) return false;
  // Display coordinates are normalised to the unit square: ratio 1 shows everything.
  const extent = Math.max(x1 - x0, y1 - y0);
  void renderer.getCamera().animate(
    { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.min(1, Math.max(minRatio, extent * 1.25)) },
    { duration },
  );
  return true;
}

export function mountCameraControls(store: Store, renderer: Renderer): void {
  const container = byId('graph');
  const camera = renderer.getCamera();
  const on = (id: string, action: () => void) => byId(id).addEventListener('click', action);
  const visibleKeys = function* () {
    const visible = store.visibility.nodes;
    for (let i = 0; i < visible.length; i++) if (visible[i]) yield String(i);
  };
  // The buttons are in index.html (#camera-controls).
  on('zoom-in', () => void camera.animatedZoom({ duration: DURATION_MS }));
  on('zoom-out', () => void camera.animatedUnzoom({ duration: DURATION_MS }));
  on('fit-all', () => void camera.animatedReset({ duration: DURATION_MS }));
  on('fit-visible', () => fitNodes(renderer, visibleKeys(), MIN_FIT_RATIO));
  on('camera-reset', () => {
    store.update({ selected: null, focusedCommunity: null });
    void camera.animatedReset({ duration: DURATION_MS });
  });

  const mirror = () => {
    const { x, y, ratio } = camera.getState();
    container.dataset.camera = [x, y, ratio].map((v) => v.toFixed(4)).join(',');
  };
  camera.on('updated', mirror);
  mirror();

  store.subscribe((state, previous) => {
    const released = previous.focusedCommunity !== null && state.focusedCommunity === null;
    if (released && state.selected === null && state.graph === previous.graph) void camera.animatedReset({ duration: DURATION_MS });
  });
}
