// The view's own safety: a Content-Security-Policy that allows nothing from other origins, and
// dev/preview servers that listen on 127.0.0.1 only, unless --host is given.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build, createServer, preview } from 'vite';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';

const configFile = join(process.cwd(), 'vite.config.ts');

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  expect(content, 'the page has a Content-Security-Policy').toBeDefined();
  return new Map(content!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('the built page', () => {
  it('carries a Content-Security-Policy that allows nothing from other origins', async () => {
    const outDir = scratchDir('csp');
    await build({ configFile, publicDir: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const policy = policyOf(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      for (const v of values) expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${v}`).toContain(v);
    }
  });
});

describe('the servers', () => {
  it('listen on 127.0.0.1 by default (dev)', async () => {
    const server = await createServer({ configFile, logLevel: 'silent', server: { port: 0 } });
    await server.listen();
    try {
      expect((server.httpServer!.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });

  it('listen on 127.0.0.1 by default (preview of the build)', async () => {
    const outDir = scratchDir('preview');
    await build({ configFile, publicDir: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const server = await preview({ configFile, logLevel: 'silent', build: { outDir }, preview: { port: 0 } });
    try {
      expect((server.httpServer.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});
