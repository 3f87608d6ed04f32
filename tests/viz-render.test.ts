// The built page draws the bundle: WebGL is up, nothing errors, the canvas is not blank, the
// graph switch changes what is drawn, PNG export downloads a picture, nothing leaves the local
// server, and a missing, malformed or foreign bundle gives a clear message instead of a blank page.
import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, distinctColours, isPng } from './helpers/png';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle({ filtered: true });

describe.skipIf(!chromiumAvailable())('viz page rendering', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle, 'broken.json': '{"version": 1, "graphs": [', 'old.json': { version: 0 } });
  });
  afterAll(async () => env?.close());

  it('creates a WebGL context, raises no error and paints a non-blank canvas', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    const webgl = await page.evaluate(
      () =>
        [...document.querySelectorAll('#graph canvas')].filter((c) => {
          const canvas = c as HTMLCanvasElement;
          // Asking for the context type a canvas already has returns it; others return null.
          return canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null;
        }).length,
    );
    expect(webgl).toBeGreaterThanOrEqual(1);
    const status = await readStatus(page);
    expect(status.totalNodes).toBe(bundle.graphs[0]?.nodes.length);
    expect(status.text).toMatch(/292 nodes/);
    const shot = decodePng(await page.locator('#graph').screenshot());
    expect(distinctColours(shot)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches graphs and shows the new node count', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    const before = await readStatus(page);
    expect(before.graph).toBe('coauthor');
    await page.click('#graph-switch button[data-graph="terms"]');
    await until(async () => (await readStatus(page)).graph).toBe('terms');
    const terms = await readStatus(page);
    expect(terms.totalNodes).toBe(bundle.graphs[2]?.nodes.length);
    expect(terms.totalNodes).not.toBe(before.totalNodes);
    expect(await page.locator('#status').textContent()).toContain(`${terms.totalNodes} nodes`);
    expect(await page.getAttribute('#graph-switch button[data-graph="terms"]', 'aria-pressed')).toBe('true');
    // The paper graph is marked as filtered by the pipeline: the page says so.
    expect(await page.isHidden('#filtered-note')).toBe(true);
    await page.click('#graph-switch button[data-graph="papers"]');
    await until(async () => (await readStatus(page)).graph).toBe('papers');
    const note = await page.locator('#filtered-note').textContent();
    expect(note).toContain(`Showing 320 of ${bundle.graphs[1]?.filtered?.totalNodes.toLocaleString('en')} nodes`);
    expect(note).toContain(bundle.graphs[1]?.filtered?.rule);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('requests nothing outside the local server', async () => {
    const { page, context, requests } = await openViz(env, '?bundle=fixtures/small.json');
    // Exercise the page a little so lazily loaded code would show up too.
    await page.click('#graph-switch button[data-graph="papers"]');
    await page.fill('#search', 'graph');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-title');
    expect(requests.length).toBeGreaterThan(2);
    const outside = requests.filter((url) => !url.startsWith(env.server.url) && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
    expect(env.server.requests).toContain('/fixtures/small.json');
    await context.close();
  });

  it('saves the picture as a PNG download', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('citegraph-coauthor.png');
    const path = await download.path();
    const bytes = await readFile(path);
    expect(isPng(bytes)).toBe(true);
    const png = decodePng(bytes);
    expect(png.width).toBeGreaterThan(300);
    expect(distinctColours(png)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a missing bundle', 'fixtures/nope.json', /No bundle at nope\.json \(HTTP 404\)/],
    ['a malformed bundle', 'fixtures/broken.json', /not valid JSON/],
    ['a bundle of another version', 'fixtures/old.json', /version is 0/],
    ['an absolute URL', 'https://example.com/bundle.json', /Refusing/],
    ['a protocol-relative URL', '//example.com/bundle.json', /Refusing/],
  ])('explains %s instead of showing a blank page', async (_what, path, message) => {
    const { page, context, requests } = await openViz(env, `?bundle=${encodeURIComponent(path)}`);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
    const text = await page.locator('#message').textContent();
    expect(text).toMatch(message);
    expect(text).toContain('npm run pipeline');
    expect(await page.isVisible('#message')).toBe(true);
    expect(requests.filter((url) => new URL(url).host !== new URL(env.server.url).host)).toEqual([]);
    await context.close();
  });
});
