// State a user can get into and out of: a stale link (values this bundle lacks are dropped with a
// note), an empty drawing (it says why and offers Reset), Back/Forward through view states,
// Escape closing the details, and a search that finds a node of another graph and goes there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle, XSS_SCRIPT } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle();
const coauthor = bundle.graphs[0]!;
const terms = bundle.graphs.find((g) => g.kind === 'terms')!;
const base = '?bundle=fixtures/small.json';
const author = [...coauthor.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree || (a.id < b.id ? -1 : 1))[0]!;

describe.skipIf(!chromiumAvailable())('viz state robustness', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle });
  });
  afterAll(async () => env?.close());

  it('drops link values the bundle does not have, says which, and draws the rest', async () => {
    const stale = `${base}&graph=terms&cat=NOPE&node=zz9&focus=999&hide=998&q=x&size=${encodeURIComponent(XSS_SCRIPT)}`;
    const { page, context, errors } = await openViz(env, stale);
    const status = await readStatus(page);
    expect(status.graph).toBe('terms');
    expect(status.visibleNodes).toBe(status.totalNodes);
    const note = await page.locator('#dropped-note').textContent();
    for (const what of ['category “NOPE”', 'node “zz9”', 'community 999', 'community 998', XSS_SCRIPT]) expect(note).toContain(what);
    expect(await page.locator('#dropped-note script').count()).toBe(0);
    await until(() => page.url()).not.toContain('NOPE');
    expect(page.url()).toContain('graph=terms');
    await page.click('#dropped-note button');
    expect(await page.locator('#dropped-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    const other = await openViz(env, `${base}&graph=nothing`);
    expect((await readStatus(other.page)).graph).toBe(coauthor.kind);
    expect(await other.page.locator('#dropped-note').textContent()).toContain('graph “nothing”');
    await other.context.close();
  });

  it('says why nothing is drawn and resets from there', async () => {
    const { page, context, errors } = await openViz(env, base);
    expect(await page.isHidden('#empty-state')).toBe(true);
    await page.click('#legend-none');
    await until(() => page.isVisible('#empty-state')).toBe(true);
    expect(await page.locator('#empty-state').textContent()).toMatch(/communities are hidden/);
    await page.click('#empty-reset');
    await until(async () => (await readStatus(page)).visibleNodes).toBe(coauthor.nodes.length);
    expect(await page.isHidden('#empty-state')).toBe(true);
    await page.fill('#year-from', '3000');
    await page.check('#hide-unknown-year');
    await until(() => page.isVisible('#empty-state')).toBe(true);
    expect(await page.locator('#empty-state').textContent()).toContain('the filters leave no node');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('walks back and forward through view states, and Escape closes the details', async () => {
    const { page, context, errors } = await openViz(env, base);
    await page.click('#graph-switch button[data-graph="terms"]');
    await until(() => page.url()).toContain('graph=terms');
    const term = terms.nodes[0]!;
    await page.fill('#search', term.label);
    await page.keyboard.press('Enter');
    await until(async () => (await readStatus(page)).selected).toBe(term.id);
    await until(() => page.url()).toContain('node=');

    await page.goBack();
    await until(async () => (await readStatus(page)).selected).toBe('');
    expect((await readStatus(page)).graph).toBe('terms');
    await page.goBack();
    await until(async () => (await readStatus(page)).graph).toBe(coauthor.kind);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await page.goForward();
    await page.goForward();
    await until(async () => (await readStatus(page)).selected).toBe(term.id);
    expect((await readStatus(page)).graph).toBe('terms');
    expect(await page.textContent('#details-title')).toBe(term.label);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await until(async () => (await readStatus(page)).selected).toBe('');
    expect(await page.isHidden('#details-content')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds an author while on the term map and switches to the co-author graph', async () => {
    const { page, context, errors } = await openViz(env, `${base}&graph=terms`);
    await page.fill('#search', author.label);
    const option = page.locator(`#search-list [role="option"][data-graph="${coauthor.kind}"]`).first();
    await until(() => option.count()).toBe(1);
    expect(await option.locator('.graph-tag').textContent()).toBe(`in ${coauthor.title}`);
    expect(await page.locator('#search-list').textContent()).not.toContain('No match');
    await option.dispatchEvent('mousedown');
    await until(async () => (await readStatus(page)).graph).toBe(coauthor.kind);
    expect((await readStatus(page)).selected).toBe(author.id);
    expect(await page.textContent('#details-title')).toBe(author.label);
    expect(await page.getAttribute(`#graph-switch button[data-graph="${coauthor.kind}"]`, 'aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
