/**
 * Measures how fast the relationship graph redraws while its date slider is scrubbed from end
 * to end: serves `dist/`, opens `/en/relations/` in headless Chromium with the CPU slowed down
 * four times, and moves the slider one step at a time from end to end and back. Each step is
 * timed twice: the redraw itself (the slider's input handlers plus the style and layout they
 * cause, forced synchronously), and from the keyboard's input event to the next drawn frame.
 * Prints the median, 95th percentile and maximum of each.
 * Run after a build: `npx astro build && npx tsx scripts/bench-graph-scrub.ts [dir]`.
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
    await page.goto(`http://127.0.0.1:${port}/en/relations/`, { waitUntil: 'load' });
    await page.waitForSelector('relation-graph[data-ready]');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const slider = page.locator('input.rg-slider').first();
    await slider.focus();
    await page.keyboard.press('Home');
    const steps = Number(await slider.getAttribute('max'));
    const times: number[] = [];
    for (const key of [...Array(steps).fill('ArrowRight'), ...Array(steps).fill('ArrowLeft')] as string[]) {
      // Arm a timer in the page, press the key, and read the time once a frame has been drawn.
      await page.evaluate(() => {
        const w = window as unknown as { __t0: number; __done: Promise<number> };
        w.__t0 = 0;
        w.__done = new Promise((resolve) => {
          document.querySelector('input.rg-slider')!.addEventListener(
            'input',
            () => {
              w.__t0 = performance.now();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__t0), 0));
            },
            { once: true },
          );
        });
      });
      await page.keyboard.press(key);
      times.push(await page.evaluate(() => (window as unknown as { __done: Promise<number> }).__done));
    }
    // The redraw alone: set the value, run the input handlers, force style and layout.
    const redraws = await page.evaluate((count) => {
      const input = document.querySelector<HTMLInputElement>('input.rg-slider')!;
      const out: number[] = [];
      const order = [...Array(count + 1).keys(), ...[...Array(count + 1).keys()].reverse()];
      for (const value of order) {
        const t0 = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.getBoundingClientRect().height;
        out.push(performance.now() - t0);
      }
      return out;
    }, steps);
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `bench-graph-scrub: ${redraws.length} redraws, ${CPU_SLOWDOWN}× CPU slowdown: script + style + layout per step median ${round(percentile(redraws, 0.5))} ms, p95 ${round(percentile(redraws, 0.95))} ms, max ${round(Math.max(...redraws))} ms`,
    );
    console.log(
      `bench-graph-scrub: ${times.length} slider steps over ${steps + 1} dates, ${CPU_SLOWDOWN}× CPU slowdown: step to next frame median ${round(percentile(times, 0.5))} ms, p95 ${round(percentile(times, 0.95))} ms, max ${round(Math.max(...times))} ms`,
    );
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

void main();
