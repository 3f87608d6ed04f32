// A 20,000-node / 100,000-edge graph loads and paints its first frame within ~3 s in headless
// Chromium (software WebGL), and stays usable: a filter applies without rebuilding.
// Timing on a shared machine is noisy: the best of up to three loads is held to the budget
// (about 1.5 s on an idle 2-core machine; each load is logged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeLargeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { openViz, readStatus, startViz, type OpenedPage, type VizEnv } from './helpers/viz-page';

const FIRST_FRAME_BUDGET_MS = 3_000;
const FILTER_BUDGET_MS = 1_500;

describe.skipIf(!chromiumAvailable())('viz page at scale', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'large.json': makeLargeBundle(20_000, 100_000) });
  });
  afterAll(async () => env?.close());

  it('paints 20k nodes / 100k edges within the budget', async () => {
    let best = Infinity;
    let opened: OpenedPage | undefined;
    for (let attempt = 1; attempt <= 3 && best >= FIRST_FRAME_BUDGET_MS; attempt++) {
      await opened?.context.close();
      opened = await openViz(env, '?bundle=fixtures/large.json');
      await opened.page.waitForFunction(() => document.body.dataset.firstFrameMs !== undefined);
      const firstFrame = Number(await opened.page.evaluate(() => document.body.dataset.firstFrameMs));
      const marks = await opened.page.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => `${m.name.replace('citegraph:', '')} ${Math.round(m.startTime)}`),
      );
      console.info(`viz-scale: load ${attempt}: first frame at ${firstFrame} ms (${marks.join(', ')})`);
      best = Math.min(best, firstFrame);
    }
    if (!opened) throw new Error('not opened');
    const { page, context, errors } = opened;
    expect(best).toBeLessThan(FIRST_FRAME_BUDGET_MS);
    const status = await readStatus(page);
    expect(status.totalNodes).toBe(20_000);
    expect(status.totalEdges).toBe(100_000);

    // Filtering goes through the reducers, no rebuild. Timed inside the page, from the input event
    // to the status line (reducers + sigma's re-processing): Playwright's own waits are paced by
    // frames, which software WebGL on a busy machine makes slow.
    const filterMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#min-weight')!;
          const status = document.querySelector<HTMLElement>('#status')!;
          const started = performance.now();
          new MutationObserver((_records, observer) => {
            observer.disconnect();
            resolve(performance.now() - started);
          }).observe(status, { attributes: true });
          input.value = '3';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
    );
    console.info(`viz-scale: min-weight filter applied in ${Math.round(filterMs)} ms`);
    expect(filterMs).toBeLessThan(FILTER_BUDGET_MS);
    const filtered = await readStatus(page);
    expect(filtered.visibleEdges).toBeLessThan(100_000);
    expect(filtered.visibleEdges).toBeGreaterThan(0);
    expect((await readStatus(page)).totalNodes).toBe(20_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});
