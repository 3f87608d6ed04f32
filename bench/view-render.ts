// Times the view's first frame on a pipeline bundle in headless Chromium: the built page, served
// from 127.0.0.1, opened on the bundle's largest graph. The page itself records the time
// (body[data-first-frame-ms], ms since navigation start: fetch, parse, graph build, first draw);
// then a filter, a legend toggle, a hover and a selection (view-actions.ts).
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';
import { buildViz } from '../tests/helpers/build-viz';
import type { ViewResult } from './results';
import { timeActions, VIEW_ACTIONS, type ViewAction } from './view-actions';

/** Software WebGL on a busy 2-core machine: a 100k-paper bundle may take a while to reach "ready". */
const PAGE_TIMEOUT_MS = 120_000;

interface GraphPick {
  kind: string;
  nodes: number;
  edges: number;
  /** The median link weight: a filter at it hides about half the links. */
  medianWeight: number;
}

/** The bundle graph with the most nodes + edges: the heaviest first frame. */
async function largestGraph(bundlePath: string): Promise<GraphPick> {
  const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as { graphs: { kind: string; nodes: unknown[]; edges: { weight: number }[] }[] };
  const sizes = bundle.graphs.map((g) => ({ kind: g.kind, nodes: g.nodes.length, edges: g.edges.length, medianWeight: median(g.edges.map((e) => e.weight)) }));
  const largest = sizes.sort((a, b) => b.nodes + b.edges - (a.nodes + a.edges))[0];
  if (!largest) throw new Error(`${bundlePath} has no graphs`);
  return largest;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One page load: the first frame, then the timed actions, in ms, after checking the page drew what it was given. */
async function loadOnce(browser: Browser, url: string, pick: GraphPick): Promise<{ firstFrameMs: number; actions: Record<ViewAction, number> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
    const state = await page.evaluate(() => document.body.dataset.state);
    if (state !== 'ready') throw new Error(`the page failed: ${await page.locator('#message').innerText()}`);
    await page.waitForFunction(() => document.body.dataset.firstFrameMs !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
    const shown = await page.evaluate(() => {
      const status = document.querySelector<HTMLElement>('#status')?.dataset;
      return { firstFrameMs: Number(document.body.dataset.firstFrameMs), nodes: Number(status?.totalNodes), edges: Number(status?.totalEdges) };
    });
    // A blank or partial page must not pass for a fast one.
    if (shown.nodes !== pick.nodes || shown.edges !== pick.edges) {
      throw new Error(`the page shows ${shown.nodes} nodes / ${shown.edges} edges, the ${pick.kind} graph has ${pick.nodes} / ${pick.edges}`);
    }
    const actions = await timeActions(page, pick.medianWeight);
    if (errors.length) throw new Error(`the page raised errors: ${errors.join('; ')}`);
    return { firstFrameMs: shown.firstFrameMs, actions };
  } finally {
    await context.close();
  }
}

export async function timeFirstFrame(
  bundle: { path: string; papers: number },
  loads: number,
  log: (line: string) => void,
): Promise<ViewResult> {
  const { path: bundlePath, papers } = bundle;
  const root = await mkdtemp(join(tmpdir(), 'citegraph-bench-view-'));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    const pick = await largestGraph(bundlePath);
    log(`view: building the page; timing the ${pick.kind} graph (${pick.nodes} nodes, ${pick.edges} edges)`);
    await buildViz(root);
    await copyFile(bundlePath, join(root, 'bench-bundle.json'));
    server = await serveStatic(root);
    browser = await launchChromium();
    const url = new URL(`?bundle=bench-bundle.json&graph=${encodeURIComponent(pick.kind)}`, server.url).href;
    const loadsMs: number[] = [];
    const actionsMs = Object.fromEntries(VIEW_ACTIONS.map((a) => [a, [] as number[]])) as Record<ViewAction, number[]>;
    for (let i = 1; i <= loads; i++) {
      const { firstFrameMs, actions } = await loadOnce(browser, url, pick);
      loadsMs.push(firstFrameMs);
      for (const a of VIEW_ACTIONS) actionsMs[a].push(actions[a]);
      log(`view: load ${i}/${loads}: first frame at ${firstFrameMs} ms; ${VIEW_ACTIONS.map((a) => `${a} ${actions[a]} ms`).join(', ')}`);
    }
    const actionMedianMs = Object.fromEntries(VIEW_ACTIONS.map((a) => [a, median(actionsMs[a])])) as Record<ViewAction, number>;
    return {
      ok: true, papers, bundle: bundlePath, graph: pick.kind, nodes: pick.nodes, edges: pick.edges,
      loadsMs, medianMs: median(loadsMs), actionsMs, actionMedianMs,
    };
  } catch (error) {
    return { ok: false, papers, bundle: bundlePath, error: (error as Error).message };
  } finally {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  }
}
