// The README's pictures of the time and themes views, taken with playwright-core of the built
// page on a pipeline output: `npx vite build --outDir DIST && npx tsx docs/screenshots.ts DIST OUT`
// (OUT: a citegraph output folder with time slices, such as one made from real exports).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';

const [dist, output] = process.argv.slice(2);
if (!dist || !output) throw new Error('usage: tsx docs/screenshots.ts DIST OUTPUT');
cpSync(join(output, 'bundle.json'), join(dist, 'bundle.json'));
const server = await serveStatic(dist);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
const here = new URL('.', import.meta.url).pathname;
try {
  await page.goto(new URL('?graph=terms', server.url).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  await page.selectOption('#colour-by', 'year');
  await page.waitForTimeout(300); // one frame of the new colours
  await page.screenshot({ path: join(here, 'overlay-year.png') });
  await page.click('#show-themes');
  await page.locator('#thematic-map-plot svg').screenshot({ path: join(here, 'thematic-map.png') });
  await page.locator('#evolution-plot svg').screenshot({ path: join(here, 'thematic-evolution.png') });
} finally {
  await browser.close();
  await server.close();
}
