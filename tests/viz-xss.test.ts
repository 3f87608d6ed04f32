// Text from the bundle is data, never markup: names, titles, abstracts, term labels, community
// labels, categories, sources and the filtered rule carrying <img onerror> and <script> payloads
// show up literally in the page and run nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle, XSS_IMG, XSS_SCRIPT } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type OpenedPage, type VizEnv, openViz, startViz, until } from './helpers/viz-page';

const bundle = makeBundle({ hostile: true, filtered: true });
const hostileAuthor = 'a0000';
const hostilePaper = 'p00000';
const hostileTerm = Object.keys(bundle.terms).find((id) => bundle.terms[id]?.label.includes(XSS_IMG)) ?? '';

async function assertInert({ page, errors }: OpenedPage): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // No element was created from the payloads.
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('body script').count()).toBe(0);
  expect(errors).toEqual([]);
}

describe.skipIf(!chromiumAvailable())('viz page with hostile text in the bundle', () => {
  let env: VizEnv;
  beforeAll(async () => {
    expect(bundle.authors[hostileAuthor]?.name).toContain(XSS_SCRIPT);
    expect(bundle.papers[hostilePaper]?.title).toContain(XSS_IMG);
    expect(hostileTerm).not.toBe('');
    env = await startViz({ 'hostile.json': bundle });
  });
  afterAll(async () => env?.close());

  it('shows an author name, their paper titles and the legend as text', async () => {
    const opened = await openViz(env, `?bundle=fixtures/hostile.json&graph=coauthor&node=${hostileAuthor}`);
    const { page } = opened;
    const title = await page.textContent('#details-title');
    expect(title).toContain(XSS_IMG);
    expect(title).toContain(XSS_SCRIPT);
    expect(await page.isVisible('#details-title')).toBe(true);
    expect(await page.textContent('#legend-list')).toContain(XSS_SCRIPT);
    // Suggestions render the markup as text too.
    await page.fill('#search', 'onerror');
    await until(() => page.locator('#search-list [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-list')).toContain(XSS_IMG);
    await page.waitForTimeout(200);
    await assertInert(opened);
    await opened.context.close();
  });

  it('shows a paper title, abstract, categories, sources and the filtered rule as text', async () => {
    const opened = await openViz(env, `?bundle=fixtures/hostile.json&graph=papers&node=${hostilePaper}`);
    const { page } = opened;
    expect(await page.textContent('#details-title')).toContain(XSS_IMG);
    const panel = (await page.textContent('#details-content')) ?? '';
    expect(panel).toContain(bundle.papers[hostilePaper]?.abstract);
    expect(panel).toContain(`cs.XX ${XSS_IMG}`);
    expect(panel).toContain(`seeds/x.txt:1 ${XSS_IMG}`);
    expect(await page.textContent('#filtered-note')).toContain(XSS_SCRIPT);
    expect(await page.textContent('#category-list')).toContain(XSS_IMG);
    await assertInert(opened);
    await opened.context.close();
  });

  it('shows a term label and the titles that link it as text', async () => {
    const opened = await openViz(env, `?bundle=fixtures/hostile.json&graph=terms&node=${hostileTerm}`);
    const { page } = opened;
    expect(await page.textContent('#details-title')).toContain(XSS_IMG);
    expect(await page.textContent('#neighbour-list')).toContain(XSS_IMG);
    await assertInert(opened);
    await opened.context.close();
  });
});
