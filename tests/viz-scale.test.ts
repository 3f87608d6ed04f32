// A 20,000-node / 100,000-edge graph loads, paints and stays usable in headless Chromium
// (software WebGL): every node and edge is counted and drawn as thin lines, a filter applies through the reducers without
// a rebuild, a community hidden and shown again comes back with its labels, and the page raises
// no error. How fast is the benchmark's to say (`npm run bench` times the first frame, a filter,
// a legend toggle, a hover and a selection), never a test's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeLargeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { openViz, readStatus, startViz, type VizEnv } from './helpers/viz-page';

describe.skipIf(!chromiumAvailable())('viz page at scale', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'large.json': makeLargeBundle(20_000, 100_000) });
  });
  afterAll(async () => env?.close());

  it('draws 20k nodes / 100k edges and filters them without rebuilding', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/large.json');
    await page.waitForFunction(() => document.body.dataset.firstFrameMs !== undefined);
    const status = await readStatus(page);
    expect(status.totalNodes).toBe(20_000);
    expect(status.totalEdges).toBe(100_000);
    expect(status.visibleEdges).toBe(100_000);
    // Above 20,000 links they are one-pixel lines and above 10,000 nodes these are WebGL points
    // (each three times cheaper in software WebGL); the summary says so for the links.
    expect(await page.getAttribute('#status', 'data-edge-programs')).toBe('thin:100000');
    expect(await page.getAttribute('#status', 'data-node-programs')).toBe('point:20000');
    expect(await page.textContent('#graph-summary')).toContain('drawn as thin lines above 20,000 links');

    // Filtering goes through the reducers: the status line counts fewer links, the graph is the same.
    await page.locator('#min-weight').fill('3');
    await expect.poll(async () => (await readStatus(page)).visibleEdges, { timeout: 30_000 }).toBeLessThan(100_000);
    const filtered = await readStatus(page);
    expect(filtered.visibleEdges).toBeGreaterThan(0);
    expect(filtered.totalNodes).toBe(20_000);
    expect(filtered.totalEdges).toBe(100_000);

    // A community hidden and shown again (a partial refresh each way) is drawn and labelled again.
    await page.locator('#min-weight').fill('');
    await expect.poll(async () => (await readStatus(page)).visibleEdges, { timeout: 30_000 }).toBe(100_000);
    const labelCount = () => page.locator('#graph').evaluate((node) => Number(node.dataset.labelCount));
    const labels = await labelCount();
    const box = page.locator('#legend-list li input[type=checkbox]').first();
    await box.uncheck();
    await expect.poll(async () => (await readStatus(page)).visibleNodes, { timeout: 30_000 }).toBeLessThan(20_000);
    await box.check();
    await expect.poll(async () => (await readStatus(page)).visibleNodes, { timeout: 30_000 }).toBe(20_000);
    await expect.poll(labelCount, { timeout: 30_000 }).toBe(labels);
    expect(errors).toEqual([]);
    await context.close();
  });
});
