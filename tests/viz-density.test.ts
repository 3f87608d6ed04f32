// The density display mode (VOSviewer's item and cluster density): choosing it paints a density
// map in place of the nodes and links, labels stay, and choosing "Nodes and links" brings the
// normal drawing back, with no page error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, distinctColours, type DecodedPng } from './helpers/png';
import { type VizEnv, openViz, startViz, until } from './helpers/viz-page';

/** Share of pixels that differ between two screenshots of the same size. */
function differing(a: DecodedPng, b: DecodedPng): number {
  let count = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) count++;
  }
  return count / (a.pixels.length / 4);
}

/** Pixels of item density's top colours (yellow to red): where the map is densest. */
function warmPixels(shot: DecodedPng): number {
  let count = 0;
  for (let i = 0; i < shot.pixels.length; i += 4) {
    if (shot.pixels[i]! > 200 && shot.pixels[i + 2]! < 110) count++;
  }
  return count;
}

describe.skipIf(!chromiumAvailable())('viz density view', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': makeBundle() });
  });
  afterAll(async () => env?.close());

  it('draws item and cluster density and goes back to the nodes', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    const graph = page.locator('#graph');
    const shoot = async () => decodePng(await graph.screenshot());
    const show = async (mode: string) => {
      await page.selectOption('#display-mode', mode);
      await until(() => graph.evaluate((node) => node.dataset.display)).toBe(mode);
    };
    const normal = await shoot();

    await show('item');
    const item = await shoot();
    expect(differing(normal, item)).toBeGreaterThan(0.2);
    expect(distinctColours(item)).toBeGreaterThan(20);
    expect(warmPixels(item)).toBeGreaterThan(100);
    expect(Number(await graph.getAttribute('data-label-count'))).toBeGreaterThan(0);

    await show('cluster');
    const cluster = await shoot();
    expect(differing(item, cluster)).toBeGreaterThan(0.2);
    expect(distinctColours(cluster)).toBeGreaterThan(20);

    await show('nodes');
    expect(differing(normal, await shoot())).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });
});
