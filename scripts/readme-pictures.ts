// The README's pictures of the view: builds the page, serves it with a pipeline output's
// bundle.json and photographs each graph in headless Chromium, so the pictures show what a
// user sees and can be taken again after a change to the view.
//   npx tsx scripts/readme-pictures.ts OUTPUT_DIR docs/pictures [graph …]
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const bundle = JSON.parse(await readFile(join(output, 'bundle.json'), 'utf8')) as { graphs: { kind: string }[] };
  const kinds = only.length ? only : bundle.graphs.map((g) => g.kind);
  for (const kind of kinds) {
    await page.goto(new URL(`?graph=${encodeURIComponent(kind)}`, server.url).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await page.waitForTimeout(1500); // the camera's first fit and the labels
    await page.screenshot({ path: join(pictures, `${kind}.png`) });
    console.log(join(pictures, `${kind}.png`));
  }
} finally {
  await browser.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
}
