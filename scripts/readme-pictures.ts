// The README's pictures of the view: builds the page, serves it with a pipeline output's
// bundle.json and photographs each graph, then the time views (the term map coloured by year,
// the thematic map and evolution) and the overview page when the output has them, in headless
// Chromium, so the pictures show what a user sees and can be taken again after a change to the view.
//   npx tsx scripts/readme-pictures.ts OUTPUT_DIR docs/pictures [graph …]
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchChromium } from '../tests/helpers/browser';
import { buildViz } from '../tests/helpers/build-viz';
import { serveStatic } from '../tests/helpers/static-server';

const [output, pictures, ...only] = process.argv.slice(2);
if (!output || !pictures) {
  console.error('usage: npx tsx scripts/readme-pictures.ts OUTPUT_DIR PICTURES_DIR [graph …]');
  process.exit(2);
}

const root = await mkdtemp(join(tmpdir(), 'citegraph-pictures-'));
await buildViz(root);
await copyFile(join(output, 'bundle.json'), join(root, 'bundle.json'));
await mkdir(pictures, { recursive: true });
const server = await serveStatic(root);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const bundle = JSON.parse(await readFile(join(output, 'bundle.json'), 'utf8')) as { graphs: { kind: string }[]; time?: unknown; overview?: unknown };
  const kinds = only.length ? only : bundle.graphs.map((g) => g.kind);
  for (const kind of kinds) {
    await page.goto(new URL(`?graph=${encodeURIComponent(kind)}`, server.url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await page.waitForTimeout(1500); // the camera's first fit and the labels
    await page.screenshot({ path: join(pictures, `${kind}.png`) });
    console.log(join(pictures, `${kind}.png`));
  }
  if (bundle.time && !only.length) await photographTime(page);
  if (bundle.overview && !only.length) await photographOverview(page);

  async function photographTime(page: Page): Promise<void> {
    await page.goto(new URL('?graph=terms', server.url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await page.selectOption('#colour-by', 'year');
    await page.waitForTimeout(500); // a frame of the new colours
    await page.screenshot({ path: join(pictures!, 'overlay-year.png') });
    await page.click('#show-themes');
    await page.locator('#thematic-map-plot svg').screenshot({ path: join(pictures!, 'thematic-map.png') });
    await page.locator('#evolution-plot svg').screenshot({ path: join(pictures!, 'thematic-evolution.png') });
    for (const name of ['overlay-year', 'thematic-map', 'thematic-evolution']) console.log(join(pictures!, `${name}.png`));
  }

  /** Its first plots, in a window tall enough for two rows of them. */
  async function photographOverview(page: Page): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.goto(new URL('?view=overview', server.url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await page.locator('#overview').screenshot({ path: join(pictures!, 'overview.png') });
    console.log(join(pictures!, 'overview.png'));
  }
} finally {
  await browser.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
}
