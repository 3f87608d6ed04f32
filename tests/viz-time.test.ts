// Time and themes in the built page: the overlay colouring and its legend, the time slider and
// Play, bursts marked and listed, and the Themes panel's two plots (thematic map, thematic
// evolution) rendered, not blank, clickable and saved as SVG and PNG, with no page error.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTimeBundle } from './fixtures/time-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, distinctColours, isPng } from './helpers/png';
import { type VizEnv, openViz, readStatus, until } from './helpers/viz-page';
import { startViz } from './helpers/viz-page';

const bundle = makeTimeBundle();
const time = bundle.time!;
const url = '?bundle=fixtures/time.json';

describe.skipIf(!chromiumAvailable())('time and themes in the page', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'time.json': bundle });
  });
  afterAll(async () => env?.close());

  it('colours nodes by average year or citations with a legend, and back by community', async () => {
    const { page, context, errors } = await openViz(env, url);
    expect(await page.isHidden('#overlay-legend')).toBe(true);
    const before = await page.locator('#graph').screenshot();
    await page.selectOption('#colour-by', 'year');
    expect(await page.isVisible('#overlay-legend .gradient')).toBe(true);
    expect(await page.locator('#overlay-legend .ends').textContent()).toMatch(/20\d\d\.\d.*20\d\d\.\d/);
    await until(async () => Buffer.compare(await page.locator('#graph').screenshot(), before) !== 0).toBe(true);
    await page.selectOption('#colour-by', 'citations');
    expect(await page.locator('#overlay-legend').textContent()).toContain('log scale');
    await page.selectOption('#colour-by', 'community');
    expect(await page.isHidden('#overlay-legend')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the colouring in the link, and drops an unknown one with a note', async () => {
    const { page, context, errors } = await openViz(env, url);
    await page.selectOption('#colour-by', 'citations');
    await until(() => page.evaluate(() => new URLSearchParams(location.search).get('colour'))).toBe('citations');
    const reopened = await openViz(env, `${url}&colour=year`);
    expect(await reopened.page.inputValue('#colour-by')).toBe('year');
    expect(await reopened.page.isVisible('#overlay-legend .gradient')).toBe(true);
    const stale = await openViz(env, `${url}&colour=rainbow`);
    expect(await stale.page.inputValue('#colour-by')).toBe('community');
    expect(await stale.page.locator('body').textContent()).toContain('colour “rainbow”');
    expect([...errors, ...reopened.errors, ...stale.errors]).toEqual([]);
    await Promise.all([context.close(), reopened.context.close(), stale.context.close()]);
  });

  it('shows the graph as of a year or a window, the counts following, and plays', async () => {
    const { page, context, errors } = await openViz(env, url);
    const all = await readStatus(page);
    const [min, max] = (await page.$eval('#time-year', (s) => [(s as HTMLInputElement).min, (s as HTMLInputElement).max])).map(Number);
    expect(max!).toBeGreaterThan(min!);
    const setYear = (year: number) => page.$eval('#time-year', (s, y) => ((s as HTMLInputElement).value = String(y), s.dispatchEvent(new Event('input'))), year);
    await setYear(min!);
    await until(async () => (await readStatus(page)).visibleNodes < all.totalNodes).toBe(true);
    const early = (await readStatus(page)).visibleNodes;
    expect(await page.locator('#time-label').textContent()).toBe(`up to ${min}`);
    await setYear(max!);
    await until(async () => (await readStatus(page)).visibleNodes).toBeGreaterThan(early);
    await page.selectOption('#time-window', '1');
    expect(await page.locator('#time-label').textContent()).toBe(String(max));
    await page.click('#time-play');
    expect(await page.getAttribute('#time-play', 'aria-pressed')).toBe('true');
    await page.click('#time-play');
    expect(await page.getAttribute('#time-play', 'aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists a term's bursts with their years in its details", async () => {
    const burst = time.bursts[0]!;
    const { page, context, errors } = await openViz(env, `${url}&graph=terms&node=${encodeURIComponent(burst.item)}`);
    await page.waitForSelector('#details-content ul.bursts');
    expect(await page.locator('#details-content ul.bursts li').first().textContent()).toBe(`${burst.begin}–${burst.end}: strength ${burst.strength.toFixed(2)}, ${burst.weight} papers`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the thematic map and the evolution, focuses a theme on click, and saves both plots', async () => {
    const { page, context, errors } = await openViz(env, url);
    expect(await page.isHidden('#plots')).toBe(true);
    await page.click('#show-themes');
    expect(await page.isVisible('#plots')).toBe(true);
    expect(await page.locator('#thematic-map-plot circle').count()).toBe(time.themes.length);
    expect(await page.locator('#thematic-map-plot text').allTextContents()).toEqual(expect.arrayContaining(['Motor themes', 'Niche themes', 'Emerging or declining themes', 'Basic themes']));
    expect(await page.locator('#evolution-plot path.flow').count()).toBe(time.evolution.links.length);
    expect(await page.locator('#evolution-plot rect.theme').count()).toBe(time.evolution.themes.length);
    for (const id of ['#thematic-map-plot svg', '#evolution-plot svg']) {
      expect(distinctColours(decodePng(await page.locator(id).screenshot()))).toBeGreaterThan(8);
    }
    for (const [plot, name] of [['#thematic-map-plot', 'thematic-map'], ['#evolution-plot', 'thematic-evolution']] as const) {
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click(`${plot} button[data-export="svg"]`)]);
      expect(svg.suggestedFilename()).toBe(`${name}.svg`);
      expect(await readFile(await svg.path(), 'utf8')).toMatch(/^<\?xml[^]*<svg[^]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>$/);
      const [png] = await Promise.all([page.waitForEvent('download'), page.click(`${plot} button[data-export="png"]`)]);
      const bytes = await readFile(await png.path());
      expect(isPng(bytes)).toBe(true);
      expect(distinctColours(decodePng(bytes))).toBeGreaterThan(8);
    }
    const theme = time.themes[1]!;
    await page.click(`#thematic-map-plot g.theme[data-community="${theme.community}"] circle`, { force: true });
    expect(await page.isHidden('#plots')).toBe(true);
    await until(async () => (await readStatus(page)).graph).toBe('terms');
    await until(() => page.evaluate(() => new URLSearchParams(location.search).get('focus'))).toBe(String(theme.community));
    expect(errors).toEqual([]);
    await context.close();
  });
});
