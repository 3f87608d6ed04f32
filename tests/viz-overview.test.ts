// The overview page in the built page: opened from the toolbar and kept in the URL, every plot
// drawn (not blank) and saved as SVG and PNG, "not in the input" where the input lacks a kind of
// data, Back and Forward walking in and out of it, and no page error.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle } from './fixtures/make-bundle';
import { makeBareOverviewBundle, makeOverviewBundle } from './fixtures/overview-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, distinctColours, isPng } from './helpers/png';
import { type VizEnv, openViz, startViz, until } from './helpers/viz-page';

const bundle = makeOverviewBundle();
const overview = bundle.overview!;
const url = '?bundle=fixtures/overview.json';
const PLOTS = ['years', 'authors', 'sources', 'cited', 'cited-locally', 'types', 'lotka', 'collaboration', ...bundle.graphs.map((g) => `communities-${g.kind}`)];
const MISSING = ['years', 'cited', 'cited-locally', 'types'];

const viewParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('view'));
const plots = (page: Page) => page.$$eval('#overview figure[data-plot]', (list) => list.map((f) => (f as HTMLElement).dataset.plot!));

describe.skipIf(!chromiumAvailable())('the overview page', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'overview.json': bundle, 'bare.json': makeBareOverviewBundle(), 'old.json': makeBundle() });
  });
  afterAll(async () => env?.close());

  it('opens from the toolbar into the URL and draws every plot, none blank', async () => {
    const { page, context, errors } = await openViz(env, url);
    expect(await page.isHidden('#overview')).toBe(true);
    await page.click('#show-overview');
    expect(await page.isVisible('#overview')).toBe(true);
    await until(() => viewParam(page)).toBe('overview');
    expect(await plots(page)).toEqual(PLOTS);
    expect(await page.textContent('#overview-summary')).toContain(`${overview.papers} papers`);
    for (const plot of PLOTS) {
      const svg = page.locator(`#overview figure[data-plot="${plot}"] svg`);
      expect(distinctColours(decodePng(await svg.screenshot()))).toBeGreaterThan(4);
    }
    const bars = (plot: string) => page.locator(`#overview figure[data-plot="${plot}"] rect.bar`).count();
    expect(await bars('years')).toBe(overview.years.length);
    expect(await bars('authors')).toBe(overview.topAuthors.length);
    expect(await bars('cited')).toBe(overview.mostCited!.length);
    expect(await bars('collaboration')).toBe(overview.collaboration!.distribution.length);
    expect(await page.locator('#overview figure[data-plot="lotka"] circle.point').count()).toBe(overview.lotka!.distribution.length);
    expect(await page.locator('#overview figure[data-plot="lotka"] line.law').count()).toBe(2);
    const lotkaText = (await page.locator('#overview figure[data-plot="lotka"]').textContent()) ?? '';
    expect(lotkaText).toContain(`β = ${overview.lotka!.exponent.toFixed(2)}`);
    expect(lotkaText).toContain('least squares');
    expect(await page.locator('#overview figure[data-plot="collaboration"] text.note').allTextContents()).toEqual([
      `Collaboration index: ${overview.collaboration!.collaborationIndex!.toFixed(2)}`,
      `Single-authored: 0 of ${overview.collaboration!.papers} (0.0%)`,
      `Authors per paper: ${overview.collaboration!.authorsPerPaper.toFixed(2)}`,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves each plot as an SVG file and a PNG picture', async () => {
    const { page, context, errors } = await openViz(env, `${url}&view=overview`);
    expect(await page.isVisible('#overview')).toBe(true);
    for (const plot of PLOTS) {
      const figure = `#overview figure[data-plot="${plot}"]`;
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click(`${figure} button[data-export="svg"]`)]);
      expect(svg.suggestedFilename()).toBe(`overview-${plot}.svg`);
      expect(await readFile(await svg.path(), 'utf8')).toMatch(/^<\?xml[^]*<svg[^]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>$/);
      const [png] = await Promise.all([page.waitForEvent('download'), page.click(`${figure} button[data-export="png"]`)]);
      expect(png.suggestedFilename()).toBe(`overview-${plot}.png`);
      const bytes = await readFile(await png.path());
      expect(isPng(bytes)).toBe(true);
      expect(distinctColours(decodePng(bytes))).toBeGreaterThan(4);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what is not in the input instead of drawing an empty plot', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/bare.json&view=overview');
    for (const plot of MISSING) {
      const figure = page.locator(`#overview figure[data-plot="${plot}"]`);
      expect(await figure.locator('svg').count()).toBe(0);
      expect(await figure.locator('p.missing').textContent()).toMatch(/^Not in the input: /);
    }
    // What the input does give is still drawn.
    for (const plot of ['authors', 'lotka', 'collaboration']) expect(await page.locator(`#overview figure[data-plot="${plot}"] svg`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is left by Back and reopened by Forward, by its close button and by a graph button', async () => {
    const { page, context, errors } = await openViz(env, `${url}&graph=coauthor`);
    await page.click('#show-overview');
    await until(() => viewParam(page)).toBe('overview');
    await page.goBack();
    await until(() => page.isHidden('#overview')).toBe(true);
    expect(await viewParam(page)).toBeNull();
    expect(await page.getAttribute('#show-overview', 'aria-pressed')).toBe('false');
    await page.goForward();
    await until(() => page.isVisible('#overview')).toBe(true);
    await page.click('#overview-close');
    await until(() => viewParam(page)).toBeNull();
    expect(await page.isHidden('#overview')).toBe(true);
    await page.click('#show-overview');
    await page.click('#graph-switch button[data-graph="terms"]', { force: true });
    await until(() => page.isHidden('#overview')).toBe(true);
    await until(() => page.evaluate(() => new URLSearchParams(location.search).get('graph'))).toBe('terms');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not offered by a bundle from an older run, and a link to it opens the graph with a note', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/old.json&view=overview');
    expect(await page.isHidden('#show-overview')).toBe(true);
    expect(await page.isHidden('#overview')).toBe(true);
    await until(() => viewParam(page)).toBeNull();
    expect(await page.textContent('body')).toContain('view “overview”');
    expect(errors).toEqual([]);
    await context.close();
  });
});
