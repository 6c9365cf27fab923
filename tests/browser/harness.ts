/**
 * What the browser tests share: the site and the Chromium started once for the run (see
 * `global-setup.ts`), a page helper that always closes what it opened, the page's own readiness
 * signals, and axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { inject } from 'vitest';

export { chromiumArgs, findChromium } from './chromium';

const require = createRequire(import.meta.url);

/** The served site's origin, `http://127.0.0.1:<port>`. */
export const origin: string = inject('origin');

let connection: Promise<Browser> | undefined;

/** The run's Chromium, connected once per test file. */
export function sharedBrowser(): Promise<Browser> {
  connection ??= chromium.connect(inject('browserEndpoint'));
  return connection;
}

/** Drops this file's connection to the shared Chromium (the browser itself keeps running). */
export async function disconnectBrowser(): Promise<void> {
  const browser = await connection;
  connection = undefined;
  await browser?.close();
}

/** What a page did while it was open: console errors, uncaught errors, failed requests, and requests to other hosts. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/** How to open a page: its context's settings, and requests to cut before it loads. */
export interface PageOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** A phone's touch screen (touch events, a mobile viewport). */
  touch?: boolean;
  /** Requests the page makes that fail as on a cut network. */
  cut?: (url: URL) => boolean;
}

/** An open page, its own context, and its log. */
export interface OpenPage {
  page: Page;
  context: BrowserContext;
  log: PageLog;
}

/**
 * Opens `path` (or nothing, for `null`) in a fresh browser context, runs `use` with it, and
 * closes the context afterwards, also when `use` throws: a failed assertion leaks nothing into
 * the next test.
 */
export async function withPage<T>(path: string | null, options: PageOptions, use: (opened: OpenPage) => Promise<T>): Promise<T> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  try {
    const cut = options.cut;
    if (cut) await context.route((url) => cut(url), (route) => route.abort('internetdisconnected'));
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
    if (path !== null) await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    return await use({ page, context, log });
  } finally {
    await context.close();
  }
}

/**
 * Loads `path` again in an open page at another window size: a fresh load at that size, with the
 * context's cache warm, for checks that read the same page at several widths.
 */
export async function loadAt(page: Page, path: string, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto(path.startsWith('http') ? path : `${origin}${path}`, { waitUntil: 'load' });
}

/** The views whose scripts mark them ready (`data-ready`) once they answer to input. */
export type ViewTag = 'timeline-view' | 'relation-graph' | 'karabakh-map' | 'story-steps';

/** Waits until the page's (or frame's) `tag` view has been enhanced and says so. */
export async function viewReady(page: Page | Frame, tag: ViewTag): Promise<void> {
  await page.waitForSelector(`${tag}[data-ready]`, { state: 'attached' });
}

/**
 * Scrolls each view on the page into the middle of the window in turn and waits until it is
 * enhanced: on pages that hold several views, a view loads its script only when it comes near
 * the screen (as for a reader scrolling past it). Scrolls at once rather than as Playwright does,
 * which waits for the element to stand still.
 */
export async function enhanceAllViews(page: Page): Promise<void> {
  for (const tag of ['timeline-view', 'relation-graph', 'karabakh-map'] as const) {
    const view = page.locator(tag).first();
    if ((await view.count()) === 0) continue;
    await view.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await viewReady(page, tag);
  }
}

/** Waits for the page's next two animation frames: what was written before is then on screen. */
export async function nextFrames(page: Page | Frame): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Waits until the timeline's zoom or pan has settled: the view marks a gesture that still waits
 * to settle (`data-settling`) and its mid-gesture preview (`data-moving`), and drops both once it
 * has laid itself out again; two frames more and that layout is drawn.
 */
export async function timelineSettled(page: Page): Promise<void> {
  await page.waitForSelector('timeline-view:not([data-settling]):not([data-moving])', { state: 'attached' });
  await nextFrames(page);
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation: its rule, impact and the first target of each node. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core on the page and returns its violations. `only: 'contrast'` runs the colour
 * contrast rule alone, for a second colour scheme of a page whose other rules ran already.
 */
export async function axeViolations(page: Page, options: { include?: string; only?: 'contrast' } = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ({ include, only }) => {
    const run = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const result = await run(include ?? document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: ['color-contrast'] } } : {}) });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
}

/**
 * Runs `check` for every item, at most `limit` at a time, for checks that each open their own
 * page (through `withPage`) and so cannot disturb one another: while one page waits on a timer or
 * the network, another renders. Waits for all of them, then fails with every item that failed.
 */
export async function eachConcurrently<T>(items: readonly T[], limit: number, check: (item: T) => Promise<void>): Promise<void> {
  const failures: { item: T; error: unknown }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await check(item);
      } catch (error) {
        failures.push({ item, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failures.length > 0) {
    const first = failures[0]!.error;
    const message = failures.map(({ item, error }) => `${String(item)}: ${error instanceof Error ? error.message : String(error)}`).join('\n');
    throw Object.assign(new Error(message), { cause: first });
  }
}
