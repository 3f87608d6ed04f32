// The view (viz/) is a static page: `vite` serves it with output/ as its public folder, so
// bundle.json and the CSV/GEXF files beside it are served at the page's root; `vite build` copies
// them into dist/ next to the page. Servers bind to 127.0.0.1 unless `--host` is given.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig, type Plugin } from 'vite';

import { inlineBundle } from './pipeline/export/inline-bundle.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * index.html carries a strict Content-Security-Policy for the built page. The dev server needs
 * more: its client opens a websocket for hot reload and injects <style> elements. Relax the
 * policy only when serving, never in the build.
 */
function devServerCsp(): Plugin {
  return {
    name: 'citegraph:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      const meta = /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/;
      if (!meta.test(html)) throw new Error('vite.config.ts: no Content-Security-Policy meta in index.html');
      return html.replace(meta, (_all, head: string, policy: string) => {
        const relaxed = policy
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
        return `${head}${relaxed}"`;
      });
    },
  };
}

/**
 * The built page must open from file:// too. Browsers refuse module scripts and crossorigin
 * requests there, so the code is one classic IIFE script loaded with defer, and the stylesheet a
 * plain link; and fetch() is refused, so the bundle of the public folder (output/) is inlined
 * into the page. Test builds have no public folder and load fixture bundles by ?bundle=.
 */
function filePage(): Plugin {
  let publicDir = '';
  return {
    name: 'citegraph:file-page',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const page = html.replace(/<script type="module" crossorigin /g, '<script defer ').replace(/ crossorigin(?=[ >])/g, '');
        const bundle = publicDir ? join(publicDir, 'bundle.json') : '';
        return bundle && existsSync(bundle) ? inlineBundle(page, readFileSync(bundle, 'utf8')) : page;
      },
    },
  };
}

export default defineConfig({
  root: here('./viz'),
  publicDir: here('./output'),
  // Relative asset URLs: dist/ works from any folder or sub-path, not only a server root.
  base: './',
  // Real 404s for missing files (a missing bundle.json must not come back as index.html).
  appType: 'mpa',
  plugins: [devServerCsp(), filePage()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // See filePage(): one classic script and one stylesheet, nothing injected at run time.
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: { output: { format: 'iife' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
