// The view lists whatever graphs the bundle holds: a fourth graph (here a second graph of papers,
// as the citation networks will be) appears in the switcher by itself, and its nodes get the
// details, search and links of what they are (its `entity`), not of a graph kind the page knows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BundleGraph } from '../pipeline/bundle-model';
import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { openViz, readStatus, startViz, until, type VizEnv } from './helpers/viz-page';

const bundle = makeBundle();
const papers = bundle.graphs.find((g) => g.kind === 'papers');
if (!papers) throw new Error('fixture: no paper graph');
const fourth: BundleGraph = { ...papers, kind: 'direct-citation', title: 'Direct citation (test)' };
bundle.graphs.push(fourth);
const paper = [...fourth.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree)[0]!;

describe.skipIf(!chromiumAvailable())('viz page with a graph kind it was not written for', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'four.json': bundle });
  });
  afterAll(async () => env?.close());

  it('lists it in the switcher, draws it, and shows a paper’s details for its nodes', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/four.json');
    const buttons = page.locator('#graph-switch button');
    await until(() => buttons.count()).toBe(4);
    expect(await buttons.nth(3).textContent()).toContain('Direct citation (test)');
    await buttons.nth(3).click();
    await until(async () => (await readStatus(page)).graph).toBe('direct-citation');
    expect((await readStatus(page)).totalNodes).toBe(fourth.nodes.length);

    await page.click('#search');
    await page.keyboard.type(paper.label.slice(0, 24));
    await until(() => page.locator('#search-list [role="option"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until(() => page.textContent('#details-title')).toBe(bundle.papers[paper.id]?.title);
    expect(await page.textContent('#details .kind')).toBe('Paper');
    // A paper's facts and its links into the paper graph come with it.
    expect(await page.textContent('#details-content')).toContain('Authors');
    expect(await page.locator('#neighbour-list .why').first().textContent()).toMatch(/shared terms|similarity/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
