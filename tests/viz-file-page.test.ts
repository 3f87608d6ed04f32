// The built page opened from file:// (no server): the code is a classic script, the bundle is
// read from the page itself, nothing is fetched. Over HTTP the same page still draws; a page
// without an inlined bundle opened from a file says what to do.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { inlineBundle } from '../pipeline/export/inline-bundle';
import { makeBundle, XSS_SCRIPT } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz } from './helpers/viz-page';

const bundle = makeBundle({ hostile: true });

describe.skipIf(!chromiumAvailable())('the built page from file://', () => {
  let env: VizEnv;
  let bare: string;
  beforeAll(async () => {
    env = await startViz({});
    bare = await readFile(join(env.root, 'index.html'), 'utf8');
    await writeFile(join(env.root, 'report.html'), inlineBundle(bare, JSON.stringify(bundle)));
  });
  afterAll(async () => env?.close());

  it('loads its code as a classic script and its stylesheet without CORS', () => {
    expect(bare).toMatch(/<script defer src="\.\/assets\/[^"]+\.js"><\/script>/);
    expect(bare).not.toMatch(/type="module"|crossorigin/);
  });

  it('draws the inlined bundle from file://, fetching nothing, with markup kept as text', async () => {
    const { page, context, errors, requests } = await openViz(env, pathToFileURL(join(env.root, 'report.html')).href);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect((await readStatus(page)).totalNodes).toBe(bundle.graphs[0]!.nodes.length);
    expect(requests.filter((url) => !url.startsWith('file:') && !/^(data|blob):/.test(url))).toEqual([]);
    expect(requests.some((url) => url.endsWith('.json'))).toBe(false);
    // The data block stays one element however hostile the text in it.
    expect(bundle.graphs.some((g) => g.nodes.some((n) => n.label.includes(XSS_SCRIPT)))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the same inlined page over HTTP', async () => {
    const { page, context, errors } = await openViz(env, 'report.html');
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect((await readStatus(page)).totalNodes).toBe(bundle.graphs[0]!.nodes.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains, from file://, that only an inlined bundle opens there', async () => {
    const { page, context } = await openViz(env, pathToFileURL(join(env.root, 'index.html')).href);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
    expect(await page.locator('#message').textContent()).toContain('--report');
    await context.close();
  });
});
