// The node table: the drawn nodes with their metrics, sorted by a header click, filtered by text,
// in step with the selection both ways, saved as CSV.
import { readFile } from 'node:fs/promises';

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle();
const coauthor = bundle.graphs[0]!;
const byDegree = [...coauthor.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree || coauthor.nodes.indexOf(a) - coauthor.nodes.indexOf(b));

describe.skipIf(!chromiumAvailable())('the node table', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle });
  });
  afterAll(async () => env?.close());

  it('lists, sorts, filters, selects and saves the drawn nodes', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/small.json');
    expect(await page.isHidden('#table-panel')).toBe(true);
    await page.click('#table-toggle');
    const rows = page.locator('#node-table tbody tr');
    await until(() => rows.count()).toBe(coauthor.nodes.length);
    expect(await page.textContent('#table-count')).toBe(`${coauthor.nodes.length} rows`);
    expect(await rows.first().getAttribute('data-node')).toBe(byDegree[0]!.id);

    await page.click('#node-table th[data-key="label"]');
    const labels = await page.locator('#node-table tbody tr td:first-child').allTextContents();
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));

    const target = byDegree[3]!;
    await page.fill('#table-filter', target.label);
    await until(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.locator('td:first-child').allTextContents()).toContain(target.label);
    await page.locator(`#node-table tr[data-node="${target.id}"]`).click();
    await until(async () => (await readStatus(page)).selected).toBe(target.id);
    expect(await page.getAttribute(`#node-table tr[data-node="${target.id}"]`, 'aria-selected')).toBe('true');

    // Selected elsewhere (the details panel's neighbour list): the table follows.
    await page.fill('#table-filter', '');
    const neighbour = await page.locator('#neighbour-list button.neighbour').first().getAttribute('data-node');
    await page.locator('#neighbour-list button.neighbour').first().click();
    await until(() => page.getAttribute(`#node-table tr[data-node="${neighbour}"]`, 'aria-selected')).toBe('true');

    // Hiding a community drops its rows.
    const community = coauthor.communities[0]!;
    await page.locator(`#legend-list li[data-community="${community.id}"] input`).uncheck();
    await until(() => rows.count()).toBe(coauthor.nodes.filter((n) => n.community !== community.id).length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#table-csv')]);
    expect(download.suggestedFilename()).toBe('citegraph-coauthor-nodes.csv');
    const parsed = Papa.parse<string[]>(await readFile(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
    expect(parsed[0]!.slice(0, 4)).toEqual(['id', 'label', 'community', 'degree']);
    expect(parsed.length - 1).toBe(await rows.count());
    expect(errors).toEqual([]);
    await context.close();
  });
});
