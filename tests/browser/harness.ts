import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { SETTLE_MS } from '../../src/client/pan-zoom';

const require = createRequire(import.meta.url);

/** The system Chromium: `CHROME_PATH`, or Debian's `/usr/bin/chromium`. Fails with how to install it. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chromium found. Install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.');
  }
  return found;
}

/** Flags that keep Chromium from calling home on a machine without a network. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A served `dist/` and a browser, for one test file. */
export interface Site {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `dist/` on a free 127.0.0.1 port and starts headless Chromium. */
export async function startSite(dir = 'dist'): Promise<Site> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ has no built site: run \`npm run build\` first.`);
  const server: Server = await startServer({ dir, port: 0 });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** What a page did while it loaded: console errors, failed requests, and requests to other hosts. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/** Opens `path` in a fresh context and records its console and network. */
export async function openPage(
  site: Site,
  path: string,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.hostname !== '127.0.0.1') log.foreignRequests.push(req.url());
  });
  page.on('requestfailed', (req) => log.failedRequests.push(req.url()));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, context, log };
}

/** Runs axe-core on the page and returns its violations (id and the first target of each node). */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not block.
  await page.evaluate(source);
  return page.evaluate(async (include) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(include ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, options.include);
}

/**
 * Waits until the timeline's zoom or pan has settled: it lays out again once input has paused for
 * `SETTLE_MS`, then drops its mid-gesture preview (`data-moving`); two frames more and it is drawn.
 */
export async function timelineSettled(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS + 20);
  await page.waitForSelector('timeline-view:not([data-moving])', { state: 'attached' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
