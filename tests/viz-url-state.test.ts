// A link restores the view: graph, selected node, size metric, hidden community, filters and
// search text come back from the URL, and interacting writes them back (replaceState).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { METRICS } from '../pipeline/bundle-model';
import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';

const bundle = makeBundle();
const papers = bundle.graphs[1];
if (!papers) throw new Error('fixture: no paper graph');

// Hide the second-largest community, keep 2018–2021 (and unknown years), min degree 1.
const hidden = papers.communities[1]?.id ?? -1;
const inYears = (years: number[]) => !years.length || years.some((y) => y >= 2018 && y <= 2021);
const passing = new Set(papers.nodes.filter((n) => n.community !== hidden && inYears(n.years)).map((n) => n.id));
const degree = new Map<string, number>();
for (const e of papers.edges) {
  if (passing.has(e.source) && passing.has(e.target)) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
}
const expectedVisible = [...passing].filter((id) => (degree.get(id) ?? 0) >= 1).length;
const selected = papers.nodes.find((n) => passing.has(n.id) && (degree.get(n.id) ?? 0) >= 2 && n.years.length);
if (!selected) throw new Error('fixture: no paper to select');
const paper = bundle.papers[selected.id];
if (!paper) throw new Error('fixture: selected paper missing');

describe.skipIf(!chromiumAvailable())('viz URL state', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'small.json': bundle });
  });
  afterAll(async () => env?.close());

  const query =
    `?bundle=fixtures/small.json&graph=papers&node=${selected.id}&size=pagerank&hide=${hidden}` +
    `&years=2018-2021&deg=1&q=scaling`;

  it('restores graph, node, size metric, hidden community, filters and search from a link', async () => {
    const { page, context, errors } = await openViz(env, query);
    const status = await readStatus(page);
    expect(status.graph).toBe('papers');
    expect(status.selected).toBe(selected.id);
    expect(status.hiddenCommunities).toBe(String(hidden));
    expect(status.visibleNodes).toBe(expectedVisible);
    expect(expectedVisible).toBeLessThan(papers.nodes.length);
    expect(await page.getAttribute('#graph-switch button[data-graph="papers"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('#details-title')).toBe(paper.title);
    expect(await page.inputValue('#size-metric')).toBe('pagerank');
    expect(await page.isChecked(`#legend-list li[data-community="${hidden}"] input`)).toBe(false);
    expect(await page.inputValue('#year-from')).toBe('2018');
    expect(await page.inputValue('#year-to')).toBe('2021');
    expect(await page.inputValue('#min-degree')).toBe('1');
    expect(await page.inputValue('#search')).toBe('scaling');

    // The paper panel: authors, date, categories, sources, abstract, community, every score,
    // and the related papers with their shared terms.
    const panel = (await page.textContent('#details-content')) ?? '';
    for (const a of paper.authors) expect(panel).toContain(bundle.authors[a]?.name);
    expect(panel).toContain(paper.date);
    for (const c of paper.categories) expect(panel).toContain(c);
    for (const s of paper.sources) expect(panel).toContain(s);
    expect(panel).toContain(paper.abstract);
    const community = papers.communities.find((c) => c.id === selected.community);
    expect(panel).toContain(community?.label);
    for (const label of ['Degree', 'Weighted degree', 'Betweenness', 'Closeness', 'Eigenvector', 'PageRank']) {
      expect(panel).toContain(label);
    }
    expect(METRICS.length).toBe(6);
    expect(await page.locator('#neighbour-list .why').first().textContent()).toMatch(/shared terms: /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes changes back to the URL so a reload comes back to them', async () => {
    const { page, context } = await openViz(env, query);
    await page.selectOption('#size-metric', 'betweenness');
    await page.check('#hide-unknown-year');
    await until(() => page.url()).toContain('size=betweenness');
    await until(() => page.url()).toContain('unknown=hide');
    const url = page.url();
    expect(url).toContain('bundle=fixtures%2Fsmall.json');
    const visible = (await readStatus(page)).visibleNodes;

    const again = await openViz(env, url.slice(env.server.url.length - 1));
    expect(await again.page.inputValue('#size-metric')).toBe('betweenness');
    expect(await again.page.isChecked('#hide-unknown-year')).toBe(true);
    expect((await readStatus(again.page)).visibleNodes).toBe(visible);
    expect(await again.page.textContent('#details-title')).toBe(paper.title);
    await again.context.close();
    await context.close();
  });

  it('opens a term with the papers where it co-occurs with its neighbours', async () => {
    const terms = bundle.graphs[2];
    const term = terms?.nodes.toSorted((a, b) => b.metrics.degree - a.metrics.degree)[0];
    if (!term) throw new Error('fixture: no term');
    const { page, context, errors } = await openViz(env, `?bundle=fixtures/small.json&graph=terms&node=${encodeURIComponent(term.id)}`);
    expect(await page.textContent('#details-title')).toBe(term.label);
    expect(await page.textContent('#details-content')).toContain('Co-occurring terms');
    expect(await page.locator('#neighbour-list .why').first().textContent()).toMatch(/together in \d+ papers?: “/);
    // A paper title in the term's list opens that paper in the paper graph.
    await page.locator('#details-content ul.papers button.link').first().click();
    await until(async () => (await readStatus(page)).graph).toBe('papers');
    expect(await page.textContent('.details .kind')).toBe('Paper');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores state that does not fit the bundle', async () => {
    const { page, context, errors } = await openViz(
      env,
      '?bundle=fixtures/small.json&graph=nope&node=missing&size=bogus&hide=999,x&years=abc&deg=-3&w=NaN',
    );
    const status = await readStatus(page);
    expect(status.graph).toBe('coauthor');
    expect(status.selected).toBe('');
    expect(status.visibleNodes).toBe(status.totalNodes);
    expect(await page.inputValue('#size-metric')).toBe('degree');
    expect(errors).toEqual([]);
    await context.close();
  });
});
