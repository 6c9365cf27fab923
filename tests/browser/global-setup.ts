/**
 * Starts what every browser test shares, once per run: one static server for `dist/` and one
 * headless Chromium, which each test file connects to. Their addresses reach the tests through
 * vitest's `provide` (read them with `inject('origin')` and `inject('browserEndpoint')`).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, as `http://127.0.0.1:<port>`. */
    origin: string;
    /** The shared Chromium's WebSocket endpoint, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

/** Serves `dist/` and launches Chromium; returns the teardown that stops both. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ has no built site: run `npm run build` first.');
  const server: Server = await startServer({ dir: 'dist', port: 0 });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launchServer({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  project.provide('origin', `http://127.0.0.1:${port}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  };
}
