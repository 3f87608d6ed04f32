// `--report NAME`: the pipeline writes the view, bundle inlined, into a folder of its output,
// listed in run.json; opened from file:// it draws the run's graphs. A name that is not one
// plain folder inside the output is refused before anything is read.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { INLINE_BUNDLE_ID } from '../pipeline/export/inline-bundle';
import { parseCommandLine } from '../pipeline/options';
import { chromiumAvailable, launchChromium } from './helpers/browser';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** A small paper table: three topics, authors shared within each. */
function writeCorpus(dir: string): string {
  const topics = [['graph', 'neural', 'network'], ['protein', 'folding', 'structure'], ['language', 'model', 'translation']];
  const rows = ['title,authors,year,abstract'];
  for (let i = 0; i < 36; i++) {
    const t = i % 3;
    const words = topics[t]!;
    rows.push(`"${words.join(' ')} study ${i}","Author ${t}A; Author ${t}B; Author ${(i % 5) + 10}",${2015 + (i % 6)},"We study ${words.join(' ')} with ${words[0]} ${words[1]} methods."`);
  }
  const path = join(dir, 'papers.csv');
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

describe('--report', () => {
  it.each(['../up', '/abs', 'a/b', 'graphs', 'bundle.json', '.hidden'])('refuses "%s"', (name) => {
    const parsed = parseCommandLine(['--report', name]);
    expect(parsed.kind).toBe('usage-error');
  });

  it.skipIf(!chromiumAvailable())('writes a page with the bundle inside that opens from file://', async () => {
    const dir = scratchDir('report');
    const out = join(dir, 'out');
    await run(tsx, ['pipeline/cli.ts', writeCorpus(dir), '--out', out, '--report', 'view'], { cwd: process.cwd() });
    const html = readFileSync(join(out, 'view', 'index.html'), 'utf8');
    expect(html).toContain(`id="${INLINE_BUNDLE_ID}"`);
    const outputs = (JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { outputs: string[] }).outputs;
    expect(outputs).toContain('view/index.html');
    expect(outputs.some((f) => /^view\/assets\/.+\.js$/.test(f))).toBe(true);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(join(out, 'view', 'index.html')).href);
      await page.waitForFunction(() => document.body.dataset.state !== undefined, null, { timeout: 20_000 });
      expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
      const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as { graphs: { nodes: unknown[] }[] };
      expect(await page.locator('#status').getAttribute('data-total-nodes')).toBe(String(bundle.graphs[0]!.nodes.length));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
