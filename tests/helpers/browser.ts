// Headless Debian Chromium for the browser tests, launched with the flags from
// /work/shared/STACK-NOTES.md (SwiftShader WebGL; never --disable-software-rasterizer).
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Whether the browser tests can run. Without Chromium they are skipped loudly, except on CI
 * (process.env.CI set) where a missing browser must fail the run rather than pass silently.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message =
    `${CHROMIUM_PATH} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`;
  if (process.env.CI) throw new Error(`browser tests: ${message}`);
  console.warn(`\n!!! SKIPPING the viz browser tests: ${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
