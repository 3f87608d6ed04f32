// Labels and camera on the seeds' three graphs, run through the pipeline: the placed label boxes
// (data-label-boxes, written by the label layer) never overlap and stay inside the canvas, also
// after zooming in, which shows more of them; a selected node shows its full label over its
// neighbourhood (the emphasis layer); labels keep clear of the camera buttons; the camera
// buttons zoom, fit and reset, and releasing a community focus zooms back out.
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ViewBundle } from '../pipeline/bundle-model';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

async function labelBoxes(page: Page): Promise<{ boxes: Box[]; width: number; height: number }> {
  return page.locator('#graph').evaluate((node: HTMLElement) => ({
    boxes: (node.dataset.labelBoxes ?? '')
      .split(' ')
      .filter(Boolean)
      .map((b) => {
        const [x, y, w, h] = b.split(',').map(Number) as [number, number, number, number];
        return { x, y, w, h };
      }),
    width: node.clientWidth,
    height: node.clientHeight,
  }));
}

function overlapping(boxes: Box[]): [Box, Box][] {
  const out: [Box, Box][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push([a, b]);
  });
  return out;
}

async function expectTidyLabels(page: Page): Promise<number> {
  const { boxes, width, height } = await labelBoxes(page);
  expect(boxes.length).toBeGreaterThan(0);
  expect(overlapping(boxes)).toEqual([]);
  // Nor under the camera buttons over the canvas's corner.
  const buttons = await page.locator('#graph').evaluate((graph) => {
    const g = graph.getBoundingClientRect();
    const r = graph.querySelector('#camera-controls')!.getBoundingClientRect();
    return { x: r.left - g.left, y: r.top - g.top, w: r.width, h: r.height };
  });
  expect(buttons.w).toBeGreaterThan(0);
  expect(overlapping([buttons, ...boxes]).filter(([a]) => a === buttons)).toEqual([]);
  for (const b of boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(width + 0.1);
    expect(b.y + b.h).toBeLessThanOrEqual(height + 0.1);
  }
  return boxes.length;
}

const camera = async (page: Page) => (await page.getAttribute('#graph', 'data-camera'))!.split(',').map(Number) as [number, number, number];

describe.skipIf(!chromiumAvailable())('labels and camera on the seeds', () => {
  let env: VizEnv;
  let bundle: ViewBundle;
  beforeAll(async () => {
    const out = join(scratchDir('labels'), 'out');
    await run(tsx, ['pipeline/cli.ts', 'seeds', '--out', out], { cwd: process.cwd() });
    bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as ViewBundle;
    env = await startViz({});
    copyFileSync(join(out, 'bundle.json'), join(env.root, 'fixtures', 'seeds.json'));
  });
  afterAll(async () => env?.close());

  it.each(['coauthor', 'papers', 'terms'])('places the %s labels without overlap or clipping, more of them zoomed in', async (kind) => {
    const { page, context, errors } = await openViz(env, `?bundle=fixtures/seeds.json&graph=${kind}`);
    expect((await readStatus(page)).graph).toBe(kind);
    const before = await expectTidyLabels(page);
    // Each click zooms by sigma's factor 1.5 once the previous animation is done.
    for (const ratio of [1 / 1.5, 1 / 1.5 ** 2, 1 / 1.5 ** 3]) {
      await page.click('#zoom-in');
      await until(async () => Math.abs((await camera(page))[2] - ratio)).toBeLessThan(0.001);
    }
    const zoomed = await expectTidyLabels(page);
    if (kind !== 'coauthor') expect(zoomed).toBeGreaterThanOrEqual(Math.min(before, 3));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a selected paper title whole, on a box inside the canvas, over its neighbourhood', async () => {
    const papers = bundle.graphs.find((g) => g.kind === 'papers')!;
    const long = [...papers.nodes].sort((a, b) => b.label.length - a.label.length)[0]!;
    const { page, context } = await openViz(env, `?bundle=fixtures/seeds.json&graph=papers&node=${encodeURIComponent(long.id)}`);
    await until(() => page.textContent('#details-title')).toBe(long.label);
    await expectTidyLabels(page);
    const emphasis = await page.locator('#graph').evaluate((n: HTMLElement) => ({ label: n.dataset.emphasisLabel ?? '', boxes: n.dataset.emphasisBoxes ?? '' }));
    // Whole, or cut with an ellipsis only where the canvas is narrower than the title.
    if (emphasis.label.endsWith('…')) expect(long.label.startsWith(emphasis.label.slice(0, -1))).toBe(true);
    else expect(emphasis.label).toBe(long.label);
    const { width, height } = await labelBoxes(page);
    const boxes = emphasis.boxes.split(' ').filter(Boolean).map((b) => b.split(',').map(Number) as [number, number, number, number]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [x, y, w, h] of boxes) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(width + 0.1);
      expect(y + h).toBeLessThanOrEqual(height + 0.1);
    }
    expect(overlapping(boxes.map(([x, y, w, h]) => ({ x, y, w, h })))).toEqual([]);
    await context.close();
  });

  it('zooms, fits and resets, and zooms back out when a focus is released', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/seeds.json&graph=terms');
    const start = await camera(page);
    expect(start[2]).toBe(1);
    await page.click('#zoom-in');
    await until(async () => (await camera(page))[2]).toBeLessThan(0.9);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await until(async () => (await camera(page))[2]).toBeGreaterThan(1);
    await page.click('#fit-all');
    await until(async () => (await camera(page))[2]).toBe(1);

    await page.locator('#legend-list .entry').first().click();
    await until(async () => (await camera(page))[2]).toBeLessThan(1);
    await page.locator('#legend-list .entry').first().click();
    await until(async () => (await camera(page))[2]).toBe(1);

    await page.locator('#legend-list input[type="checkbox"]').first().uncheck();
    await page.click('#fit-visible');
    await until(async () => (await camera(page))[2]).toBeLessThanOrEqual(1);
    await page.click('#zoom-in');
    await page.click('#camera-reset');
    await until(async () => await camera(page)).toEqual([0.5, 0.5, 1]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
