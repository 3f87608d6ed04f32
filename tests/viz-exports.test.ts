// The exports: PNG at 2× and 4× the page's pixels with title and legend above and below the
// drawing, SVG of the view (escaped text, one circle per drawn node), what the page draws beside
// sigma (a selection's neighbourhood, the density map, the year axis) in both pictures, and the
// drawn part of the graph as nodes CSV, edges CSV and GEXF.
import { readFile } from 'node:fs/promises';

import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeBundle, makeCitationBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { decodePng, distinctColours, isPng } from './helpers/png';
import { type VizEnv, openViz, readStatus, startViz, until } from './helpers/viz-page';
import { parseXml, xmlProblems } from './helpers/xml';

const bundle = makeBundle({ hostile: true });
const coauthor = bundle.graphs[0]!;

async function save(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

describe.skipIf(!chromiumAvailable())('viz exports', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'hostile.json': bundle, 'citations.json': makeCitationBundle() });
  });
  afterAll(async () => env?.close());

  it('saves PNG at 2× and 4× with room for a title and a legend', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/hostile.json');
    const width = await page.locator('#graph').evaluate((n) => n.clientWidth);
    const height = await page.locator('#graph').evaluate((n) => n.clientHeight);
    const two = await save(page, () => page.click('#export-png'));
    expect(two.name).toBe('citegraph-coauthor.png');
    expect(isPng(two.bytes)).toBe(true);
    const png2 = decodePng(two.bytes);
    expect(png2.width).toBe(width * 2);
    expect(png2.height).toBeGreaterThan(height * 2 + 60); // title band and legend rows
    expect(distinctColours(png2)).toBeGreaterThan(20);
    await page.click('#export-menu summary');
    const four = await save(page, () => page.click('#export-png4'));
    expect(four.name).toBe('citegraph-coauthor-4x.png');
    expect(decodePng(four.bytes).width).toBe(width * 4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves the view as SVG, text escaped, and the shown part as CSV and GEXF', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/hostile.json');
    const hidden = coauthor.communities[0]!;
    await page.locator(`#legend-list li[data-community="${hidden.id}"] input`).uncheck();
    await until(async () => (await readStatus(page)).hiddenCommunities).toBe(String(hidden.id));
    const status = await readStatus(page);

    await page.click('#export-menu summary');
    const svg = (await save(page, () => page.click('#export-svg'))).bytes.toString('utf8');
    expect(xmlProblems(svg)).toEqual([]);
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName('text')[0]?.textContent).toBe(coauthor.title);
    const legendTexts = [...Array.from(doc.getElementsByTagName('text'))].map((t) => t.textContent ?? '');
    expect(legendTexts.some((t) => t.startsWith(coauthor.communities[1]!.label))).toBe(true);
    expect(legendTexts.some((t) => t.startsWith(`${hidden.label} (`))).toBe(false);
    expect(svg).not.toMatch(/<script|<img/i);
    // One circle per drawn node, plus the legend's swatches.
    const swatches = Array.from(doc.getElementsByTagName('circle')).filter((c) => Number(c.getAttribute('r')) === 5 && c.parentNode?.parentNode === doc.documentElement).length;
    expect(doc.getElementsByTagName('circle').length - swatches).toBe(status.visibleNodes);

    await page.click('#export-menu summary');
    const nodes = Papa.parse<string[]>((await save(page, () => page.click('#export-nodes'))).bytes.toString('utf8'), { skipEmptyLines: true }).data;
    expect(nodes.length - 1).toBe(status.visibleNodes);
    await page.click('#export-menu summary');
    const edges = Papa.parse<string[]>((await save(page, () => page.click('#export-edges'))).bytes.toString('utf8'), { skipEmptyLines: true }).data;
    expect(edges[0]).toEqual(['source', 'target', 'weight']);
    expect(edges.length - 1).toBe(status.visibleEdges);

    await page.click('#export-menu summary');
    const gexf = (await save(page, () => page.click('#export-gexf'))).bytes.toString('utf8');
    expect(xmlProblems(gexf)).toEqual([]);
    const graph = parseXml(gexf);
    expect(graph.getElementsByTagName('node').length).toBe(status.visibleNodes);
    expect(graph.getElementsByTagName('edge').length).toBe(status.visibleEdges);
    const labels = Array.from(graph.getElementsByTagName('node')).map((n) => n.getAttribute('label'));
    expect(labels).toContain(coauthor.nodes.find((n) => n.community !== hidden.id && n.label.includes('<'))?.label ?? labels[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the selected neighbourhood, the density map and the year axis into the pictures', async () => {
    // p4 in the historiograph: four citation links, a year axis under the drawing.
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/citations.json&graph=historiograph&node=p4');
    await until(async () => (await readStatus(page)).selected).toBe('p4');
    const svgOf = async () => {
      await page.click('#export-menu summary');
      return parseXml((await save(page, () => page.click('#export-svg'))).bytes.toString('utf8'));
    };
    let doc = await svgOf();
    const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
    const circlesWithNodes = all('circle').length;
    expect(all('rect').some((r) => r.getAttribute('fill-opacity') === '0.84')).toBe(true); // the veil
    expect(all('line').filter((l) => l.getAttribute('stroke') === '#5d6474' || l.getAttribute('stroke-width') === '4.50').length).toBeGreaterThanOrEqual(3);
    expect(all('polygon').length).toBeGreaterThanOrEqual(3); // arrow heads of the emphasised citations
    // And the drawing's own heads, as the page draws them: four arrows and a mutual pair's two.
    const baseHeads = all('polygon').filter((p) => (p.parentNode as Element | null)?.getAttribute('stroke-linecap') === 'round');
    expect(baseHeads.length).toBe(6);
    const texts = all('text').map((t) => t.textContent ?? '');
    // The selected node's label on its white box, over the veil.
    const elementBefore = (node: Node) => {
      let before = node.previousSibling;
      while (before && before.nodeType !== 1) before = before.previousSibling;
      return before;
    };
    const boxed = all('text').filter((t) => elementBefore(t)?.nodeName === 'rect').map((t) => t.textContent);
    expect(boxed).toContain('Hummon 1980');
    const years = await page.$$eval('#year-axis .tick', (list) => list.map((t) => t.textContent ?? ''));
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) expect(texts).toContain(year);

    const width = await page.locator('#graph').evaluate((n) => n.clientWidth);
    const height = await page.locator('#graph').evaluate((n) => n.clientHeight);
    const png = decodePng((await save(page, () => page.click('#export-png'))).bytes);
    // The axis's base line, in the page's grey, right under the drawing (title band 44 px).
    const row = (44 + height) * 2;
    const grey = Array.from({ length: 10 }, (_, k) => Math.round(((k + 0.5) / 10) * width * 2)).filter((x) => {
      const i = (row * png.width + x) * 4;
      return Math.abs(png.pixels[i]! - 0x66) < 24 && Math.abs(png.pixels[i + 2]! - 0x85) < 24;
    });
    expect(grey.length).toBe(10);

    await page.selectOption('#display-mode', 'item');
    doc = await svgOf();
    const image = all('image')[0];
    expect(image?.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    // The map stands for the nodes: the drawing's own circles go, the emphasised ones and the legend's swatches stay.
    expect(all('circle').length).toBe(circlesWithNodes - (await readStatus(page)).visibleNodes);
    expect(errors).toEqual([]);
    await context.close();
  });
});
