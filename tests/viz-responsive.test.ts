// At 800 px the graph keeps the width: controls and details are drawers opened from the
// toolbar, a selection opens the details, Escape closes them; at full width nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle();
const author = bundle.graphs[0]!.nodes[0]!;

describe.skipIf(!chromiumAvailable())('viz at narrow widths', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle });
  });
  afterAll(async () => env?.close());

  it('collapses the panels below 1100 px and keeps the graph wide at 800 px', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    expect(await page.isVisible('#controls')).toBe(true);
    expect(await page.isHidden('#toggle-controls')).toBe(true);
    await page.setViewportSize({ width: 800, height: 700 });
    await until(() => page.locator('#graph').evaluate((n) => n.clientWidth)).toBeGreaterThanOrEqual(760);
    expect(await page.isHidden('#controls')).toBe(true);
    expect(await page.isHidden('#details')).toBe(true);

    await page.click('#toggle-controls');
    expect(await page.isVisible('#controls')).toBe(true);
    await page.fill('#search', author.label);
    await page.keyboard.press('Enter');
    await until(async () => (await readStatus(page)).selected).toBe(author.id);
    await until(() => page.isVisible('#details')).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await until(() => page.isHidden('#details')).toBe(true);
    await page.click('#toggle-controls');
    expect(await page.isHidden('#controls')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
