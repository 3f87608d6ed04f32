// What a researcher does on the page: search with suggestions (accent-insensitive, keyboard),
// follow a neighbour from the details panel, hide a community from the legend, filter, hover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type OpenedPage, type VizEnv, fold, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle();
const coauthor = bundle.graphs[0];
if (!coauthor) throw new Error('fixture: no co-author graph');

// The best-connected author whose name carries an accent: typed without it, found anyway.
const author = [...coauthor.nodes]
  .filter((n) => fold(n.label) !== n.label.toLowerCase())
  .sort((a, b) => b.metrics.degree - a.metrics.degree)[0];
if (!author) throw new Error('fixture: no accented author');

describe.skipIf(!chromiumAvailable())('viz page interaction', () => {
  let env: VizEnv;
  let opened: OpenedPage;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle });
  });
  afterAll(async () => env?.close());

  it('finds an author from part of the name, focuses them and opens the panel', async () => {
    opened = await openViz(env, '?bundle=fixtures/small.json');
    const { page } = opened;
    const [first = '', last = ''] = fold(author.label).split(' ');
    const query = `${first} ${last.slice(0, 3)}`; // e.g. "jose alv" for "José Álvarez"
    await page.click('#search');
    await page.keyboard.type(query.toUpperCase());
    const options = page.locator('#search-list [role="option"]');
    await until(() => options.count()).toBeGreaterThan(0);
    const labels = await options.locator('.label').allTextContents();
    const at = labels.indexOf(author.label);
    expect(at, `suggestions for "${query}": ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(`#search-option-${at}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await until(() => page.textContent('#details-title')).toBe(author.label);
    expect((await readStatus(page)).selected).toBe(author.id);
    expect(await page.isHidden('#search-list')).toBe(true);
    // The link now points at them (replaceState, debounced).
    await until(() => page.url()).toContain(`node=${author.id}`);
    // The panel lists their papers and co-authors with the joint papers' titles.
    const firstPaper = bundle.authors[author.id]?.paperIds[0] ?? '';
    expect(await page.textContent('#details-content')).toContain(bundle.papers[firstPaper]?.title);
    expect(await page.locator('#neighbour-list .why').first().textContent()).toMatch(/joint paper/);
  });

  it('moves to a neighbour clicked in the panel', async () => {
    const { page, errors } = opened;
    const neighbour = page.locator('#neighbour-list button.neighbour').first();
    const name = await neighbour.textContent();
    const id = await neighbour.getAttribute('data-node');
    // Strongest first: the first neighbour shares the most papers.
    const weights = coauthor.edges
      .filter((e) => e.source === author.id || e.target === author.id)
      .map((e) => e.weight);
    const top = coauthor.edges.find(
      (e) => (e.source === author.id && e.target === id) || (e.target === author.id && e.source === id),
    );
    expect(top?.weight).toBe(Math.max(...weights));
    await neighbour.click();
    await until(() => page.textContent('#details-title')).toBe(name);
    expect((await readStatus(page)).selected).toBe(id);
    // And back: the original author is listed among the neighbour's co-authors.
    await page.locator('#neighbour-list button.neighbour', { hasText: author.label }).click();
    await until(() => page.textContent('#details-title')).toBe(author.label);
    expect(errors).toEqual([]);
  });

  it('hides a community from the legend and shows it again', async () => {
    const { page, errors } = opened;
    await page.click('.details .close');
    const before = await readStatus(page);
    expect(before.visibleNodes).toBe(before.totalNodes);
    const entry = page.locator('#legend-list li').nth(1);
    const community = Number(await entry.getAttribute('data-community'));
    const size = coauthor.nodes.filter((n) => n.community === community).length;
    expect(Number(await entry.locator('.count').textContent())).toBe(size);
    await entry.locator('input[type="checkbox"]').uncheck();
    await until(async () => (await readStatus(page)).visibleNodes).toBe(before.totalNodes - size);
    const after = await readStatus(page);
    expect(after.hiddenCommunities).toBe(String(community));
    expect(after.visibleEdges).toBeLessThan(before.visibleEdges);
    await until(() => page.url()).toContain(`hide=${community}`);

    await page.click('#legend-none');
    await until(async () => (await readStatus(page)).visibleNodes).toBe(0);
    await page.click('#legend-all');
    await until(async () => (await readStatus(page)).visibleNodes).toBe(before.totalNodes);
    expect(errors).toEqual([]);
  });

  it('focuses a community from the legend', async () => {
    const { page } = opened;
    const entry = page.locator('#legend-list li').first();
    await entry.locator('button.entry').click();
    expect(await entry.locator('button.entry').getAttribute('aria-pressed')).toBe('true');
    await until(() => page.url()).toMatch(/focus=\d+/);
    await entry.locator('button.entry').click();
    expect(await entry.locator('button.entry').getAttribute('aria-pressed')).toBe('false');
  });

  it('filters by year, unknown year, degree and weight without losing the graph', async () => {
    const { page, errors } = opened;
    const total = coauthor.nodes.length;
    await page.fill('#year-from', '2019');
    await page.fill('#year-to', '2020');
    const inRange = coauthor.nodes.filter((n) => !n.years.length || n.years.some((y) => y >= 2019 && y <= 2020)).length;
    await until(async () => (await readStatus(page)).visibleNodes).toBe(inRange);
    expect(inRange).toBeLessThan(total);
    await page.check('#hide-unknown-year');
    const known = coauthor.nodes.filter((n) => n.years.some((y) => y >= 2019 && y <= 2020)).length;
    await until(async () => (await readStatus(page)).visibleNodes).toBe(known);
    await page.click('#reset-filters');
    await until(async () => (await readStatus(page)).visibleNodes).toBe(total);
    await page.fill('#min-weight', '2');
    const heavy = coauthor.edges.filter((e) => e.weight >= 2).length;
    await until(async () => (await readStatus(page)).visibleEdges).toBe(heavy);
    await page.fill('#min-degree', '1');
    const withHeavyTie = new Set(coauthor.edges.filter((e) => e.weight >= 2).flatMap((e) => [e.source, e.target]));
    await until(async () => (await readStatus(page)).visibleNodes).toBe(withHeavyTie.size);
    await page.click('#reset-filters');
    await until(async () => (await readStatus(page)).visibleNodes).toBe(total);
    expect(await page.inputValue('#min-degree')).toBe('');
    expect(errors).toEqual([]);
  });

  it('highlights a hovered node and its neighbours', async () => {
    const { page, errors } = opened;
    // Centre the author through a search, then clear the selection: the node sits mid-canvas.
    await page.fill('#search', author.label);
    await page.keyboard.press('Enter');
    await until(() => page.textContent('#details-title')).toBe(author.label);
    await page.click('.details .close');
    await until(async () => (await readStatus(page)).selected).toBe('');
    await page.waitForTimeout(600); // camera animation
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no graph box');
    await page.mouse.move(box.x + 5, box.y + 5);
    const before = await page.locator('#graph').screenshot();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await until(() => page.locator('#graph').evaluate((n) => n.classList.contains('pointer'))).toBe(true);
    const after = await page.locator('#graph').screenshot();
    expect(after.equals(before)).toBe(false);
    // The emphasis layer draws the author and, labelled, their co-authors over a veil.
    const key = coauthor.nodes.findIndex((n) => n.id === author.id);
    const emphasis = () => page.locator('#graph').evaluate((n: HTMLElement) => [n.dataset.emphasis, n.dataset.emphasisLabel, Number(n.dataset.emphasisCount)] as const);
    const [focal, label, count] = await emphasis();
    expect(focal).toBe(String(key));
    expect(label).toBe(author.label);
    const neighbours = new Set(coauthor.edges.flatMap((e) => (e.source === author.id ? [e.target] : e.target === author.id ? [e.source] : [])));
    expect(count).toBeGreaterThan(1); // some neighbour labelled
    expect(count).toBeLessThanOrEqual(1 + Math.min(neighbours.size, 25));
    await page.mouse.move(box.x + 5, box.y + 5);
    await until(() => page.locator('#graph').evaluate((n) => n.classList.contains('pointer'))).toBe(false);
    expect((await emphasis())[0]).toBe('');
    expect((await page.locator('#graph').screenshot()).equals(before)).toBe(true);
    expect(errors).toEqual([]);
  });
});
