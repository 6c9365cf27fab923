/**
 * Measures how fast a step of the guided story reaches the screen: serves `dist/`, opens
 * `/en/story/` in headless Chromium, waits until the story and its three views (the map too) are
 * live, slows the CPU down four times, and presses "Next" from the first step to the last and
 * "Previous" back again. Each change is timed from the button's click to the next drawn frame, and
 * counted only if by then the timeline has selected the step's event, the graph shows the step's
 * date and the map has highlighted the step's marker. Prints the median, 95th percentile and
 * maximum, like `bench-graph-scrub.ts`.
 * Run after a build: `npx astro build && npx tsx scripts/bench-story-steps.ts [dir]`.
 * It prints numbers and asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { percentile } from './bench-stats';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';

const CPU_SLOWDOWN = 4;

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'dist';
  const server: Server = await startServer({ dir, port: 0 });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`http://127.0.0.1:${port}/en/story/`, { waitUntil: 'load' });
    await page.waitForSelector('story-steps[data-ready]', { state: 'attached' });
    await page.waitForSelector('timeline-view[data-ready]', { state: 'attached' });
    await page.waitForSelector('relation-graph[data-ready]', { state: 'attached' });
    await page.locator('karabakh-map').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    const total = Number(await page.getAttribute('story-steps', 'data-total'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const times: number[] = [];
    const stale: number[] = [];
    const presses = [...Array(total - 1).fill('next'), ...Array(total - 1).fill('previous')] as string[];
    for (const button of presses) {
      // Arm a timer on the button, click it, and read the time and the views once a frame has been drawn.
      await page.evaluate((name) => {
        const w = window as unknown as { __done: Promise<{ ms: number; updated: boolean }> };
        w.__done = new Promise((resolve) => {
          document.querySelector(`[data-story="${name}"]`)!.addEventListener('click', () => {
            const t0 = performance.now();
            requestAnimationFrame(() => setTimeout(() => {
              const ms = performance.now() - t0;
              const query = new URLSearchParams(location.search);
              const event = query.get('event') ?? '';
              const graph = JSON.parse(document.querySelector('script[data-rg="data"]')!.textContent!) as { s: string[]; dates: { asOf: number }[]; eventIndex: Record<string, number> };
              const date = graph.s[graph.dates[graph.eventIndex[event]!]!.asOf];
              const timeline = document.querySelector('timeline-view .tl-event[aria-current="true"]')?.getAttribute('data-id') === event;
              const relations = document.querySelector('relation-graph [data-rg="slider"]')?.getAttribute('aria-valuetext') === date;
              const place = query.get('place');
              const map = Boolean(document.querySelector(`karabakh-map .leaflet-marker-icon.is-selected[data-id="${event}"]`) ?? (place && document.querySelector(`karabakh-map .leaflet-marker-icon.is-selected[data-id="${place}"]`)) ?? !document.querySelector(`karabakh-map .leaflet-marker-icon[data-id="${event}"], karabakh-map .leaflet-marker-icon[data-id="${place}"]`));
              resolve({ ms, updated: timeline && relations && map });
            }, 0));
          }, { once: true });
        });
      }, button);
      await page.click(`[data-story="${button}"]`);
      const { ms, updated } = await page.evaluate(() => (window as unknown as { __done: Promise<{ ms: number; updated: boolean }> }).__done);
      times.push(ms);
      if (process.env.BENCH_VERBOSE) console.log(`  ${button} → step ${await page.getAttribute("story-steps", "data-step")}: ${Math.round(ms)} ms`);
      if (!updated) stale.push(Number(await page.getAttribute('story-steps', 'data-step')));
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `bench-story-steps: ${times.length} step changes over ${total} steps, ${CPU_SLOWDOWN}× CPU slowdown: click to next frame with the three views updated median ${round(percentile(times, 0.5))} ms, p95 ${round(percentile(times, 0.95))} ms, max ${round(Math.max(...times))} ms${stale.length ? `; not yet updated at steps ${stale.join(', ')}` : ''}`,
    );
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

void main();
