/**
 * Measures how smoothly the timeline zooms and pans in a browser: serves `dist/`, opens
 * `/en/timeline/` in headless Chromium with the CPU slowed down four times, and drives the
 * mouse wheel (zoom in and out about the pointer) and a drag (pan), 60 steps of each. It records
 * the time between animation frames while that happens (at 60 Hz never below 16.7 ms) and, from
 * a trace, the main thread's work in each frame (what has to stay under 16 ms for no frame to be
 * missed), and prints medians and 95th percentiles, first with the real events, then with 5,000
 * synthetic ones (seeded, so every run uses the same). For the synthetic run the page's HTML is rewritten on its way to the browser:
 * the embedded event list (`script.tl-config`) and the SVG of marks are built for the synthetic
 * events by the same layout and rendering code as the real page.
 * While a gesture goes on the view only moves what it drew, and lays out again once input has
 * paused for a moment (see `client/pan-zoom.ts`): the recording runs until that last layout is
 * drawn, so its cost is counted (it shows in the long tasks and the slowest frames).
 * Run after a build: `npx astro build && npx tsx scripts/bench-timeline-interaction.ts [dir]`
 * (`dir`: the built site, `dist` by default).
 * It prints numbers and asserts nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Page } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { layoutTimeline } from '../src/lib/timeline/layout';
import { renderTimelineSvg } from '../src/lib/timeline/render-svg';
import { timelineMarkers } from '../src/lib/timeline/markers';
import { desktopWidth } from '../src/lib/site/frame-widths';
import type { TimelineEvent } from '../src/lib/timeline/types';
import { recordFrames } from './bench-frames';

const STEPS = 60;
const SYNTHETIC_COUNT = 5000;
const CPU_SLOWDOWN = 4;

/** A linear congruential generator: the same numbers on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `count` timeline events in the shape of the real ones, spread over 1988–2024, denser in the article's months. */
export function syntheticTimelineEvents(count: number, seed = 42): TimelineEvent[] {
  const random = seededRandom(seed);
  const actors = ['usa', 'azerbaijan', 'armenia', 'russia', 'karabakh-authorities', 'west'];
  const themes = ['diplomacy', 'military', 'humanitarian'];
  const precisions = ['day', 'day', 'day', 'span', 'vague', 'month'] as const;
  const fullStart = Date.UTC(1988, 0, 1);
  const articleStart = Date.UTC(2023, 8, 1);
  return Array.from({ length: count }, (_, i) => {
    const inArticle = random() < 0.4;
    const startMs = inArticle ? articleStart + Math.floor(random() * 120) * DAY : fullStart + Math.floor(random() * 36 * 365) * DAY;
    const precision = precisions[Math.floor(random() * precisions.length)]!;
    let start = isoDay(startMs);
    let end = start;
    if (precision === 'month') {
      const d = new Date(startMs);
      start = isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      end = isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    } else if (precision !== 'day') {
      end = isoDay(startMs + Math.floor(1 + random() * 20) * DAY);
    }
    return { id: `synthetic-${i}`, title: `Synthetic event number ${i}`, start, end, precision, origin: inArticle ? 'article' : 'background', actor: actors[Math.floor(random() * actors.length)]!, theme: themes[i % themes.length]! };
  });
}

/** The page's HTML with the timeline's SVG and embedded config built for `events` instead. */
function withEvents(html: string, events: TimelineEvent[]): string {
  const configMatch = /(<script type="application\/json" class="tl-config"[^>]*>)([\s\S]*?)(<\/script>)/.exec(html);
  if (!configMatch) throw new Error('the page has no script.tl-config');
  const config = JSON.parse(configMatch[2]!) as { locale: 'en' | 'de'; laneNames: { actor: Record<string, string> }; cluster: string; overview: string; svgTitles: { actor: string } };
  const json = JSON.stringify({ ...config, events }).replace(/</g, '\\u003c');
  const layout = layoutTimeline(events, { width: desktopWidth, height: 360, range: 'article', lanes: 'actor', locale: config.locale });
  const svg = renderTimelineSvg(layout, {
    title: config.svgTitles.actor,
    description: '',
    lanes: config.laneNames.actor,
    hover: {},
    cluster: (n) => config.cluster.replace('{n}', String(n)),
    overview: config.overview,
  }, timelineMarkers());
  // The frame's opening tag (with whatever attributes it has), then its SVG up to the first </svg>.
  const frameOpen = /<div class="tl-frame"[^>]*>/.exec(html);
  const frameEnd = frameOpen ? html.indexOf('</svg>', frameOpen.index) : -1;
  if (!frameOpen || frameEnd < 0) throw new Error('the page has no .tl-frame svg');
  const replaced = html.slice(0, frameOpen.index + frameOpen[0].length) + svg + html.slice(frameEnd + '</svg>'.length);
  return replaced.replace(configMatch[0], () => `${configMatch[1]}${json}${configMatch[3]}`);
}

/** Wheel in, wheel out, and drag left and right over the timeline, `STEPS` steps of each, one step per frame or so. */
async function interact(page: Page): Promise<void> {
  const box = await page.$eval('.tl-frame svg', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const x = box.left + box.width * 0.6;
  const y = box.top + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  for (let i = 0; i < STEPS / 2; i++) await page.mouse.wheel(0, -60);
  for (let i = 0; i < STEPS / 2; i++) await page.mouse.wheel(0, 60);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS / 2; i++) await page.mouse.move(x - i * 10, y);
  for (let i = 1; i <= STEPS / 2; i++) await page.mouse.move(x - (STEPS / 2) * 10 + i * 10, y);
  await page.mouse.up();
}

/** A trace event as Chromium writes it (only the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Main-thread work per frame from a trace: the renderer's main thread is the one named
 * `CrRendererMain`; its frames start at `BeginMainThreadFrame`; each frame's work is the time its
 * top-level tasks (`RunTask`: input handlers, script, style, layout, paint) take between the
 * start of that frame and the start of the next. Milliseconds, one value per frame.
 */
function mainThreadWorkPerFrame(events: TraceEvent[]): number[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const starts = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts).sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur).map((e) => [e.ts, e.ts + e.dur!] as const);
  const work: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [from, to] = [starts[i]!, starts[i + 1]!];
    let busy = 0;
    for (const [start, end] of tasks) busy += Math.max(0, Math.min(end, to) - Math.max(start, from));
    work.push(busy / 1000);
  }
  return work;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;

async function run(): Promise<void> {
  const server: Server = await startServer({ dir: process.argv[2] ?? 'dist', port: 0 });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  const synthetic = syntheticTimelineEvents(SYNTHETIC_COUNT);
  try {
    for (const [name, events] of [['real events', undefined], [`${SYNTHETIC_COUNT} synthetic events`, synthetic]] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      if (events) {
        await page.route('**/en/timeline/', async (route) => {
          const response = await route.fetch();
          // The body is sent decoded and rewritten: drop the server's gzip and length headers.
          const headers = Object.fromEntries(Object.entries(response.headers()).filter(([key]) => !['content-encoding', 'content-length'].includes(key)));
          await route.fulfill({ response, body: withEvents(await response.text(), events as TimelineEvent[]), headers });
        });
      }
      await page.goto(`${origin}/en/timeline/`, { waitUntil: 'load' });
      await page.waitForSelector('.tl-frame svg[role="group"]', { state: 'attached' });
      const marks = await page.locator('.tl-frame .tl-event').count();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const stop = await recordFrames(page);
      const tracePath = join(tmpdir(), `bench-timeline-interaction-${process.pid}.json`);
      await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
      const started = Date.now();
      await interact(page);
      // The view lays out again once a gesture settles: wait for that, so its cost is in the numbers.
      await page.waitForSelector('timeline-view:not([data-moving])', { state: 'attached' });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const { frames, longTasks } = await stop();
      const seconds = (Date.now() - started) / 1000;
      await browser.stopTracing();
      const work = mainThreadWorkPerFrame((JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents).sort((a, b) => a - b);
      rmSync(tracePath, { force: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const sorted = [...frames].sort((a, b) => a - b);
      const longSorted = [...longTasks].sort((a, b) => a - b);
      console.log(
        `bench-timeline-interaction: ${name} (${marks} marks), ${CPU_SLOWDOWN}× CPU slowdown, ${STEPS} wheel + ${STEPS} drag steps in ${seconds.toFixed(1)} s: ` +
          `frame time median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms over ${frames.length} frames; ` +
          `main-thread work per frame median ${percentile(work, 0.5).toFixed(1)} ms, p95 ${percentile(work, 0.95).toFixed(1)} ms over ${work.length} frames; ` +
          `${longTasks.length} long tasks (median ${percentile(longSorted, 0.5).toFixed(0)} ms, max ${(longSorted.at(-1) ?? 0).toFixed(0)} ms)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

await run();
