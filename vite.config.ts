// The view (viz/) is a static page: `vite` serves it with output/ as its public folder, so
// bundle.json and the CSV/GEXF files beside it are served at the page's root; `vite build` copies
// them into dist/ next to the page. Servers bind to 127.0.0.1 unless `--host` is given.
import { fileURLToPath } from 'node:url';

import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: here('./viz'),
  publicDir: here('./output'),
  // Relative asset URLs: dist/ works from any folder or sub-path, not only a server root.
  base: './',
  // Real 404s for missing files (a missing bundle.json must not come back as index.html).
  appType: 'mpa',
  plugins: [devServerCsp()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
