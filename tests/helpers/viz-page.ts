// Shared set-up for the viz browser tests: build the page with the project's vite.config.ts into
// a temporary folder (never dist/, never the real output/), write fixture bundles beside it,
// serve it on 127.0.0.1 and open it in headless Chromium.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

import { launchChromium } from './browser';
import { buildViz } from './build-viz';
import { serveStatic, type StaticServer } from './static-server';

export interface VizEnv {
  root: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Build the page, write `fixtures/<name>` for each entry, start server and browser. */
export async function startViz(fixtures: Record<string, unknown | string>): Promise<VizEnv> {
  const root = await mkdtemp(join(tmpdir(), 'citegraph-viz-'));
  await buildViz(root);
  await mkdir(join(root, 'fixtures'), { recursive: true });
  for (const [name, content] of Object.entries(fixtures)) {
    await writeFile(join(root, 'fixtures', name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  const server = await serveStatic(root);
  const browser = await launchChromium();
  return {
    root,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** pageerror events and console errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Open `query` (e.g. "?bundle=fixtures/small.json") and wait until the page is ready or failed. */
export async function openViz(env: VizEnv, query: string): Promise<OpenedPage> {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(query, env.server.url).href);
  await page.waitForFunction(() => document.body.dataset.state !== undefined, null, { timeout: 20_000 });
  return { page, context, errors, requests };
}

export interface StatusLine {
  text: string;
  graph: string;
  visibleNodes: number;
  visibleEdges: number;
  totalNodes: number;
  totalEdges: number;
  hiddenCommunities: string;
  selected: string;
}

/** The status line above the graph, read from the DOM. */
export async function readStatus(page: Page): Promise<StatusLine> {
  return page.locator('#status').evaluate((node: HTMLElement) => ({
    text: node.textContent ?? '',
    graph: node.dataset.graph ?? '',
    visibleNodes: Number(node.dataset.visibleNodes),
    visibleEdges: Number(node.dataset.visibleEdges),
    totalNodes: Number(node.dataset.totalNodes),
    totalEdges: Number(node.dataset.totalEdges),
    hiddenCommunities: node.dataset.hiddenCommunities ?? '',
    selected: node.dataset.selected ?? '',
  }));
}

/** Strip accents and case, as the page's search does. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * expect.poll with room for a busy machine (the default gives up after 1 s; the CI box is shared
 * and software WebGL is slow). A real failure still fails, only later.
 */
export function until<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 10_000, interval: 50 });
}
