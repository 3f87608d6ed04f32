// The citation networks in the view, on the hand-checked network of make-bundle.ts
// (makeCitationBundle: a citation chain with a mutual pair, a coupling triangle, a co-citation
// star) and on a bundle the real pipeline writes from a real Web of Science export: directed
// graphs drawn with arrows (two heads for a mutual pair), the main path emphasised, a year axis
// under the graphs laid out by year, a paper's LCS/GCS and citation lists, a cited reference's
// details, the why-texts, search, size by in-degree, URL state, and text from the data as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ViewBundle } from '../pipeline/bundle-model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { MAIN_PATH_COLOR } from '../viz/graph-data';
import { makeCitationBundle, XSS_IDS, XSS_IMG, XSS_SCRIPT } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, pixelsNear } from './helpers/png';
import { type OpenedPage, type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';
import { scratchDir } from './helpers/scratch';

const bundle = makeCitationBundle();
const hostile = makeCitationBundle({ hostile: true });
const [W1, W2, W3, W4] = Object.keys(bundle.references) as [string, string, string, string];
const at = (graph: string, node?: string, extra = '') =>
  `?bundle=fixtures/citations.json&graph=${graph}${node === undefined ? '' : `&node=${encodeURIComponent(node)}`}${extra}`;

const edgePrograms = (page: Page) => page.getAttribute('#status', 'data-edge-programs');
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const why = async (page: Page) =>
  page.$$eval('#neighbour-list li', (items) =>
    items.map((li) => [li.querySelector('button.neighbour')?.textContent ?? '', li.querySelector('.why')?.textContent ?? '']),
  );
/** Positions of the year axis' ticks, left to right. */
const ticks = (page: Page) =>
  page.$$eval('#year-axis .tick', (list) => list.map((t) => ({ year: (t as HTMLElement).dataset.year ?? '', text: t.textContent ?? '', left: t.getBoundingClientRect().left })));

describe.skipIf(!chromiumAvailable())('the citation networks in the view', () => {
  let env: VizEnv;
  let real: ViewBundle;
  beforeAll(async () => {
    const out = join(scratchDir('viz-citations'), 'out');
    await runPipeline(['tests/fixtures/formats/savedrecs.txt'], { ...DEFAULT_OPTIONS, out });
    real = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as ViewBundle;
    env = await startViz({ 'citations.json': bundle, 'hostile-citations.json': hostile, 'savedrecs.json': real });
  });
  afterAll(async () => env?.close());

  it('draws directed graphs with arrows, a pair citing each other with a head at both ends, the others with lines', async () => {
    const { page, context, errors } = await openViz(env, at('direct-citation'));
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    // What sigma draws each edge with, read back from its display data.
    expect(await edgePrograms(page)).toBe('arrow:4,doubleArrow:1');
    expect(await page.getAttribute('#status', 'data-node-programs')).toBe('circle:5'); // points only for large graphs
    for (const [kind, programs] of [['coupling', 'line:4'], ['cocitation', 'line:3'], ['historiograph', 'arrow:4,doubleArrow:1'], ['main-path', 'arrow:2']]) {
      await page.click(`#graph-switch button[data-graph="${kind}"]`);
      await until(async () => (await readStatus(page)).graph).toBe(kind);
      expect(await edgePrograms(page), kind).toBe(programs);
    }
    expect(await page.textContent('#graph-summary')).toContain('from the citing to the cited paper');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the main path thick in its own colour in the direct-citation graph, and not in others', async () => {
    const { page, context, errors } = await openViz(env, at('direct-citation'));
    await page.waitForTimeout(300);
    const drawn = pixelsNear(decodePng(await page.locator('#graph').screenshot()), MAIN_PATH_COLOR, 12);
    expect(drawn).toBeGreaterThan(200);
    expect(await page.textContent('#graph-summary')).toContain('2 citations, drawn thick in orange');
    await page.click('#graph-switch button[data-graph="historiograph"]');
    await until(async () => (await readStatus(page)).graph).toBe('historiograph');
    await page.waitForTimeout(300);
    expect(pixelsNear(decodePng(await page.locator('#graph').screenshot()), MAIN_PATH_COLOR, 12)).toBeLessThan(drawn / 20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a paper’s local and global citations and what it cites and what cites it, each opening in the direct-citation graph', async () => {
    const { page, context, errors } = await openViz(env, at('coupling', 'p4'));
    expect(await page.textContent('#details-title')).toBe('Main paths through a citation network');
    expect(await page.textContent('#details .short-label')).toBe('Hummon 1980');
    const panel = (await page.textContent('#details-content')) ?? '';
    expect(panel).toContain('Local citations1 (LCS: papers of this corpus citing it)');
    expect(panel).toContain('Global citations90 (GCS: the database’s count)');
    expect(panel).toContain('Cites, in the corpus (3)');
    expect(await texts(page, '#cites-list li')).toEqual(['A reply on main paths (1980)', 'Co-citation in the scientific literature (1973)', 'Citation indexes for science (1955)']);
    expect(await texts(page, '#cited-by-list li')).toEqual(['A reply on main paths (1980)']);
    // From the coupling graph, a cited paper opens in the direct-citation graph, selected.
    await page.locator('#cites-list button', { hasText: 'Citation indexes for science' }).click();
    await until(async () => (await readStatus(page)).graph).toBe('direct-citation');
    expect((await readStatus(page)).selected).toBe('p1');
    await until(() => page.url()).toContain('graph=direct-citation&node=p1');
    expect(await page.textContent('#details-content')).toContain('Local citations2 (LCS');
    expect(await texts(page, '#cited-by-list li')).toEqual(['Main paths through a citation network (1980)', 'Networks of scientific papers (1965)']);
    expect(await page.textContent('#details-content')).toContain('Cites, in the corpus (0)None.');
    // Inside the direct-citation graph, it moves to the paper there.
    await page.locator('#cited-by-list button', { hasText: 'Networks of scientific papers' }).click();
    await until(async () => (await readStatus(page)).selected).toBe('p2');
    expect((await readStatus(page)).graph).toBe('direct-citation');
    // A paper no source counts the citations of says so.
    await page.locator('#neighbour-list button.neighbour', { hasText: 'Garfield 1955' }).click();
    await page.locator('#cited-by-list button', { hasText: 'Main paths' }).click();
    await page.locator('#cites-list button', { hasText: 'A reply on main paths' }).click();
    await until(async () => (await readStatus(page)).selected).toBe('p5');
    expect(await page.textContent('#details-content')).toContain('Global citationsnot given by the sources');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says why papers are linked: who cites whom, the main path and its SPC, shared references', async () => {
    const { page, context, errors } = await openViz(env, at('direct-citation', 'p4'));
    expect(await page.textContent('#details-content')).toContain('Citations (3)');
    const sorted = (rows: string[][]) => rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(sorted(await why(page))).toEqual([
      ['Doreian 1980', 'cites this paper and is cited by it · on the main path, SPC 1 (1 = the most travelled citation)'],
      ['Garfield 1955', 'cited by this paper · on the main path, SPC 0.5 (1 = the most travelled citation)'],
      ['Small 1973', 'cited by this paper'],
    ]);
    await page.locator('#neighbour-list button.neighbour', { hasText: 'Garfield 1955' }).click();
    await until(() => page.textContent('#details-title')).toBe('Citation indexes for science');
    expect(sorted(await why(page))).toEqual([
      ['Hummon 1980', 'cites this paper · on the main path, SPC 0.5 (1 = the most travelled citation)'],
      ['Price 1965', 'cites this paper'],
    ]);
    await context.close();

    const mainPath = await openViz(env, at('main-path', 'p4'));
    expect(sorted(await why(mainPath.page))).toEqual([
      ['Doreian 1980', 'cites this paper · on the main path, SPC 1 (1 = the most travelled citation)'],
      ['Garfield 1955', 'cited by this paper · on the main path, SPC 0.5 (1 = the most travelled citation)'],
    ]);
    await mainPath.context.close();

    const history = await openViz(env, at('historiograph', 'p3'));
    expect(sorted(await why(history.page))).toEqual([
      ['Hummon 1980', 'cites this paper'],
      ['Price 1965', 'cited by this paper'],
    ]);
    await history.context.close();

    const coupling = await openViz(env, at('coupling', 'p4'));
    expect(await coupling.page.textContent('#details-content')).toContain('Related papers (3)');
    expect(sorted(await why(coupling.page))).toEqual([
      ['Doreian 1980', '1 shared reference: Merton RK 1968, SCIENCE'],
      ['Price 1965', '1 shared reference: Garfield E 1955, SCIENCE'],
      ['Small 1973', '1 shared reference: Merton RK 1968, SCIENCE'],
    ]);
    expect([...errors, ...mainPath.errors, ...history.errors, ...coupling.errors]).toEqual([]);
    await coupling.context.close();
  });

  it('shows a cited reference: its DOI link, who cites it, what it is co-cited with and why, and the paper of the corpus it is', async () => {
    const { page, context, errors } = await openViz(env, at('cocitation', W2));
    expect(await page.textContent('#details .kind')).toBe('Cited reference');
    expect(await page.textContent('#details-title')).toBe('Merton RK 1968, SCIENCE');
    const panel = (await page.textContent('#details-content')) ?? '';
    expect(panel).toContain('Cited by3 papers of the corpus');
    expect(panel).toContain('Cited in1973–1980');
    expect(await page.$$eval('#details-content a', (list) => list.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('rel')]))).toEqual([
      ['https://doi.org/10.1126/science.159.3810.56', '10.1126/science.159.3810.56', 'noopener noreferrer'],
    ]);
    expect(await texts(page, '#citing-list li')).toEqual([
      'Main paths through a citation network (1980)',
      'A reply on main paths (1980)',
      'Co-citation in the scientific literature (1973)',
    ]);
    expect(panel).toContain('Co-cited with (3)');
    expect(await why(page)).toEqual([
      ['Garfield E 1955, SCIENCE', 'cited together by 1 paper: “Main paths through a citation network”'],
      ['Kessler MM 1963, AM DOC', 'cited together by 1 paper: “Co-citation in the scientific literature”'],
      ['Hummon NP 1989, SOC NETWORKS', 'cited together by 1 paper: “A reply on main paths”'],
    ]);
    // A leaf of the star is a paper of the corpus: its link opens that paper in the citation graph.
    await page.locator('#neighbour-list button.neighbour', { hasText: 'Garfield E 1955' }).click();
    await until(() => page.textContent('#details-title')).toBe('Garfield E 1955, SCIENCE');
    expect(await page.textContent('#details-content')).toContain('In the corpusa paper of the corpus: Citation indexes for science');
    await page.click('#details-content .corpus-paper');
    await until(async () => (await readStatus(page)).graph).toBe('direct-citation');
    expect((await readStatus(page)).selected).toBe('p1');
    // A reference without a DOI has no link; its citing papers open in a paper graph.
    const other = await openViz(env, at('cocitation', W3));
    expect(await other.page.locator('#details-content a').count()).toBe(0);
    await other.page.locator('#citing-list button', { hasText: 'Co-citation in the scientific literature' }).click();
    await until(async () => (await readStatus(other.page)).selected).toBe('p3');
    expect((await readStatus(other.page)).graph).toBe('direct-citation');
    expect([...errors, ...other.errors]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('finds references by label or DOI, and papers of a citation graph by their title', async () => {
    const { page, context, errors } = await openViz(env, at('cocitation'));
    const suggestions = async (query: string) => {
      await page.fill('#search', query);
      await until(() => page.locator('#search-list [role="option"]').count()).toBeGreaterThan(0);
      return page.$$eval('#search-list [role="option"]', (list) => list.map((o) => [...o.querySelectorAll('.label, .variant, .graph-tag')].map((s) => s.textContent).join(' ')));
    };
    expect(await suggestions('merton')).toEqual(['Merton RK 1968, SCIENCE']);
    expect(await suggestions('10.1016/0378')).toEqual(['Hummon NP 1989, SOC NETWORKS as “10.1016/0378-8733(89)90017-8”']);
    await page.keyboard.press('Enter');
    await until(async () => (await readStatus(page)).selected).toBe(W4);
    await page.click('#graph-switch button[data-graph="direct-citation"]');
    await until(async () => (await readStatus(page)).graph).toBe('direct-citation');
    // The current graph's match first, then the same paper in the other paper graphs.
    expect(await suggestions('co-citation in')).toEqual([
      'Small 1973 as “Co-citation in the scientific literature”',
      'Small 1973 as “Co-citation in the scientific literature” in Bibliographic coupling',
      'Small 1973 as “Co-citation in the scientific literature” in Historiograph',
    ]);
    await page.keyboard.press('Enter');
    await until(async () => (await readStatus(page)).selected).toBe('p3');
    expect(await page.textContent('#details-title')).toBe('Co-citation in the scientific literature');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sizes nodes by the local citation score on directed graphs only, and keeps the choice in the URL', async () => {
    const { page, context, errors } = await openViz(env, at('direct-citation'));
    const options = () => page.$$eval('#size-metric option', (list) => list.map((o) => (o as HTMLOptionElement).value));
    expect(await options()).toEqual(['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'inDegree', 'outDegree']);
    expect(await page.textContent('#size-metric option[value="inDegree"]')).toBe('Local citation score (in-degree)');
    await page.selectOption('#size-metric', 'inDegree');
    await until(() => page.url()).toContain('size=inDegree');
    await page.click('#graph-switch button[data-graph="historiograph"]');
    await until(async () => (await readStatus(page)).graph).toBe('historiograph');
    expect(await page.inputValue('#size-metric')).toBe('inDegree');
    // An undirected graph has no in-degree: back to degree.
    await page.click('#graph-switch button[data-graph="coupling"]');
    await until(async () => (await readStatus(page)).graph).toBe('coupling');
    expect(await options()).not.toContain('inDegree');
    expect(await page.inputValue('#size-metric')).toBe('degree');
    await until(() => page.url()).not.toContain('size=');
    await context.close();
    const restored = await openViz(env, at('coupling', undefined, '&size=inDegree'));
    expect(await restored.page.inputValue('#size-metric')).toBe('degree');
    expect([...errors, ...restored.errors]).toEqual([]);
    await restored.context.close();
  });

  it('draws a year axis under the historiograph and the main path, labelled with years and following the camera', async () => {
    const { page, context, errors } = await openViz(env, at('historiograph'));
    expect(await page.isVisible('#year-axis')).toBe(true);
    const before = await ticks(page);
    expect(before.map((t) => t.text)).toEqual(['1955', '1960', '1965', '1970', '1975', '1980']);
    for (let i = 1; i < before.length; i++) expect(before[i]!.left).toBeGreaterThan(before[i - 1]!.left);
    // Zoom in on the canvas: the years spread out, and the axis follows.
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await until(async () => {
      const now = await ticks(page);
      const spacing = (list: typeof now) => (list.length < 2 ? Infinity : list[1]!.left - list[0]!.left) / (Number(list[1]?.year) - Number(list[0]?.year));
      return spacing(now) > 1.3 * spacing(before);
    }).toBe(true);
    await page.click('#graph-switch button[data-graph="direct-citation"]');
    await until(() => page.isVisible('#year-axis')).toBe(false);
    await page.click('#graph-switch button[data-graph="main-path"]');
    await until(() => page.isVisible('#year-axis')).toBe(true);
    // Its own extent and zoom: fewer or more ticks, but years of its papers' span, at one step.
    const years = (await ticks(page)).map((t) => Number(t.year));
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years[0]).toBeGreaterThanOrEqual(1955);
    expect(years.at(-1)).toBeLessThanOrEqual(1980);
    expect(new Set(years.slice(1).map((y, i) => y - years[i]!)).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back to a citation graph and a node from the URL, for papers and for references', async () => {
    let opened: OpenedPage = await openViz(env, at('direct-citation', 'p4', '&size=inDegree'));
    let status = await readStatus(opened.page);
    expect([status.graph, status.selected]).toEqual(['direct-citation', 'p4']);
    expect(await opened.page.getAttribute('#graph-switch button[data-graph="direct-citation"]', 'aria-pressed')).toBe('true');
    await opened.page.locator('#neighbour-list button.neighbour', { hasText: 'Small 1973' }).click();
    await until(() => opened.page.url()).toContain('graph=direct-citation&node=p3&size=inDegree');
    const url = opened.page.url();
    await opened.context.close();

    opened = await openViz(env, url.slice(env.server.url.length - 1));
    status = await readStatus(opened.page);
    expect([status.graph, status.selected]).toEqual(['direct-citation', 'p3']);
    expect(await opened.page.inputValue('#size-metric')).toBe('inDegree');
    expect(await opened.page.textContent('#details-title')).toBe('Co-citation in the scientific literature');
    await opened.context.close();

    // A reference's key holds ":", "|" and spaces: the page writes it to the URL and reads it back.
    opened = await openViz(env, at('cocitation', W2));
    await opened.page.locator('#neighbour-list button.neighbour', { hasText: 'Kessler MM 1963' }).click();
    await until(() => opened.page.url()).toContain(`node=${new URLSearchParams({ n: W3 }).toString().slice(2)}`);
    const again = await openViz(env, opened.page.url().slice(env.server.url.length - 1));
    expect(await again.page.textContent('#details-title')).toBe('Kessler MM 1963, AM DOC');
    expect([...opened.errors, ...again.errors]).toEqual([]);
    await again.context.close();
    await opened.context.close();
  });

  it('inserts reference labels, titles and DOIs as text, and links no DOI that is none', async () => {
    const opened = await openViz(env, `?bundle=fixtures/hostile-citations.json&graph=cocitation&node=${encodeURIComponent(W2)}`);
    const { page, errors } = opened;
    expect(await why(page)).toContainEqual([`Kessler MM 1963, AM DOC ${XSS_IMG} ${XSS_SCRIPT}`, expect.stringContaining('cited together by 1 paper')]);
    expect(await page.textContent('#citing-list')).toContain(`A reply on main paths ${XSS_IMG}`);
    await page.locator('#neighbour-list button.neighbour', { hasText: 'Hummon NP 1989' }).click();
    await until(() => page.textContent('#details-title')).toBe('Hummon NP 1989, SOC NETWORKS');
    expect(hostile.references[W4]!.doi).toBe(XSS_IDS.doi);
    expect(await page.locator('#details-content a').count()).toBe(0);
    await page.fill('#search', 'kessler');
    await until(() => texts(page, '#search-list [role="option"] .label')).toEqual([`Kessler MM 1963, AM DOC ${XSS_IMG} ${XSS_SCRIPT}`]);
    await page.keyboard.press('Enter');
    await until(() => page.textContent('#details-title')).toBe(`Kessler MM 1963, AM DOC ${XSS_IMG} ${XSS_SCRIPT}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('body script, #details img, #search-list img, #neighbour-list img').count()).toBe(0);
    expect(errors).toEqual([]);
    await opened.context.close();
  });

  it('opens every graph of a bundle the pipeline wrote from a real export, arrows and year axis included', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/savedrecs.json');
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await page.locator('#graph-switch button').count()).toBe(8);
    for (const g of real.graphs) {
      await page.click(`#graph-switch button[data-graph="${g.kind}"]`);
      await until(async () => (await readStatus(page)).graph).toBe(g.kind);
      expect((await readStatus(page)).totalEdges).toBe(g.edges.length);
      const programs = await edgePrograms(page);
      expect(programs, g.kind).toBe(g.directed ? `arrow:${g.edges.length}` : `line:${g.edges.length}`);
      expect(await page.isVisible('#year-axis'), g.kind).toBe(g.layout === 'years');
    }
    // The most co-cited reference opens with its DOI link and co-cited works.
    const cocitation = real.graphs.find((g) => g.kind === 'cocitation')!;
    const top = cocitation.nodes.toSorted((a, b) => b.metrics.degree - a.metrics.degree)[0]!;
    const reference = await openViz(env, `?bundle=fixtures/savedrecs.json&graph=cocitation&node=${encodeURIComponent(top.id)}`);
    expect(await reference.page.textContent('#details-title')).toBe(real.references[top.id]!.label);
    expect(await reference.page.locator('#neighbour-list li').count()).toBe(Math.min(60, top.metrics.degree) + (top.metrics.degree > 60 ? 1 : 0));
    expect([...errors, ...reference.errors]).toEqual([]);
    await reference.context.close();
    await context.close();
  });
});
