/**
 * Measures how smoothly the live map zooms and pans, and how long a reader who reaches for the
 * static map waits for the live one: serves `dist/`, opens `/en/map/` in headless Chromium with
 * the CPU slowed down four times, and
 * - with the browser never idle (so only the reader's reach loads Leaflet), presses the mouse on
 *   the static map and times press → live map ready (`karabakh-map[data-ready]`), 5 fresh loads;
 * - on the live map, drives the mouse wheel (zoom in and out about the pointer) and a drag (pan),
 *   60 steps of each, recording the time between animation frames (at 60 Hz never below 16.7 ms)
 *   and the long tasks while that happens.
 * Run after a build: `npx astro build && npx tsx scripts/bench-map-interaction.ts [dir]`
 * (`dir`: the built site, `dist` by default). It prints numbers and asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { percentile } from './bench-stats';
import { recordFrames } from './bench-frames';

const STEPS = 60;
const CPU_SLOWDOWN = 4;
const LOADS = 5;

/** Opens the map with the CPU slowed down and the browser never idle, presses on the static map, and returns ms from the press to the live map's readiness. */
async function reachToLive(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript('window.requestIdleCallback = () => 0;');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
    await page.waitForSelector('karabakh-map.is-placed', { state: 'attached' });
    const box = (await page.locator('.static-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    const pressed = (await page.evaluate('performance.now()')) as number;
    await page.mouse.down();
    await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
    const ready = (await page.evaluate('performance.now()')) as number;
    await page.mouse.up();
    return ready - pressed;
  } finally {
    await context.close();
  }
}

/** Wheel in, wheel out, and drag left and right over the live map, `STEPS` steps of each. */
async function interact(page: Page): Promise<void> {
  const box = (await page.locator('.map-live').boundingBox())!;
  const x = box.x + box.width * 0.6;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  for (let i = 0; i < STEPS / 2; i++) await page.mouse.wheel(0, -60);
  for (let i = 0; i < STEPS / 2; i++) await page.mouse.wheel(0, 60);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS / 2; i++) await page.mouse.move(x - i * 10, y);
  for (let i = 1; i <= STEPS / 2; i++) await page.mouse.move(x - (STEPS / 2) * 10 + i * 10, y);
  await page.mouse.up();
}

async function run(): Promise<void> {
  const server: Server = await startServer({ dir: process.argv[2] ?? 'dist', port: 0 });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  try {
    const waits: number[] = [];
    for (let i = 0; i < LOADS; i++) waits.push(await reachToLive(browser, origin));
    console.log(`bench-map-interaction: press on the static map to live map ready, ${CPU_SLOWDOWN}× CPU slowdown, cold cache, ${LOADS} loads: median ${percentile(waits, 0.5).toFixed(0)} ms, max ${Math.max(...waits).toFixed(0)} ms`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/en/map/`, { waitUntil: 'load' });
    await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const stop = await recordFrames(page);
    const started = Date.now();
    await interact(page);
    // Leaflet ends a gesture with a short animation and the map lays its labels out again on `moveend`.
    await page.evaluate('new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 400))');
    const { frames, longTasks } = await stop();
    const seconds = (Date.now() - started) / 1000;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.log(
      `bench-map-interaction: live map, ${CPU_SLOWDOWN}× CPU slowdown, ${STEPS} wheel + ${STEPS} drag steps in ${seconds.toFixed(1)} s: ` +
        `frame time median ${percentile(frames, 0.5).toFixed(1)} ms, p95 ${percentile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms over ${frames.length} frames; ` +
        `${longTasks.length} long tasks${longTasks.length ? ` (median ${percentile(longTasks, 0.5).toFixed(0)} ms, max ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`,
    );
    await context.close();
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

await run();
