// What the view benchmark does on a loaded page, each timed inside the page from the event until
// it is on screen: the work it triggers, the next animation frame, the drawing that frame asked
// of WebGL finished (a one-pixel read of each of sigma's WebGL layers waits for it: software WebGL
// draws long after the frame callback returns), and the frame that presents it. Playwright's own
// waits are paced by frames, which software WebGL on a busy machine makes slow.
import type { Page } from 'playwright-core';

export const VIEW_ACTIONS = ['filter', 'legend', 'select', 'hover'] as const;
export type ViewAction = (typeof VIEW_ACTIONS)[number];

/**
 * Runs each action once, in order: a minimum-weight filter at `minWeight`, then (filter cleared)
 * untick the largest community in the legend, then (ticked again) hover a node, then click it.
 * A node to hover is found first (untimed) by moving the pointer over a grid until sigma reports one.
 */
export async function timeActions(page: Page, minWeight: number): Promise<Record<ViewAction, number>> {
  // tsx compiles with esbuild's keepNames: the function below, sent as text, calls its __name helper.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (minWeight) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const drawn = () => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#graph canvas.sigma-edges, #graph canvas.sigma-nodes, #graph canvas.sigma-hoverNodes')) {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      }
    };
    const status = document.querySelector<HTMLElement>('#status')!;
    /**
     * From act() to the frame after it, or after the status line update it causes (a filter
     * waits for the typing pause); a hover does not touch the status line.
     */
    const timed = async (act: () => void, updatesStatus = true) => {
      await frame();
      drawn(); // nothing left over from the action before
      const updated = !updatesStatus ? Promise.resolve() : new Promise<void>((resolve) => {
        new MutationObserver((_records, observer) => {
          observer.disconnect();
          resolve();
        }).observe(status, { attributes: true });
      });
      const started = performance.now();
      act();
      await updated;
      await frame();
      drawn();
      await frame();
      return Math.round(performance.now() - started);
    };
    const graph = document.querySelector<HTMLElement>('#graph')!;
    const mouse = graph.querySelector<HTMLCanvasElement>('canvas.sigma-mouse')!;
    const move = (x: number, y: number) => mouse.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));

    const input = document.querySelector<HTMLInputElement>('#min-weight')!;
    const setWeight = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const filter = await timed(() => setWeight(String(minWeight)));
    if (Number(status.dataset.visibleEdges) >= Number(status.dataset.totalEdges)) throw new Error('the filter hid no edge');
    await timed(() => setWeight(''));

    const box = document.querySelector<HTMLInputElement>('#legend li input[type=checkbox]')!;
    const toggle = () => {
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const legend = await timed(toggle);
    if (status.dataset.hiddenCommunities === '') throw new Error('the legend hid no community');
    await timed(toggle);

    const rect = mouse.getBoundingClientRect();
    let spot: [number, number] | null = null;
    for (let step = 0.5; !spot && step > 0.01; step /= 2) {
      for (let fy = step; !spot && fy < 1; fy += step * 2) {
        for (let fx = step; !spot && fx < 1; fx += step * 2) {
          move(rect.left + fx * rect.width, rect.top + fy * rect.height);
          if (graph.classList.contains('pointer')) spot = [rect.left + fx * rect.width, rect.top + fy * rect.height];
        }
      }
    }
    if (!spot) throw new Error('no node found under the pointer');
    const [x, y] = spot;
    move(rect.left + 1, rect.top + 1);
    await frame();
    const hover = await timed(() => move(x, y), false);
    if (!graph.classList.contains('pointer')) throw new Error('the hover did not reach a node');
    const select = await timed(() => mouse.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true })));
    if (!status.dataset.selected) throw new Error('the click selected nothing');
    return { filter, legend, select, hover };
  }, minWeight);
}
