/**
 * `npm run bench`: loads every page of the built site, reference pages that draw the same data
 * with the tools people use instead (TimelineJS, vis-timeline, vis-network, Cytoscape.js, Leaflet
 * with a world TopoJSON), an empty page and two bounds (the timeline's built SVG alone, with and
 * without its styles), all from servers that send the site's own response headers, in the system
 * Chromium with a cold cache, at normal speed and with 4× CPU throttling. Then Lighthouse over the
 * main pages, and the data pipeline and timeline layout at 100, 1,000 and 10,000 synthetic
 * records (plus any `scripts/bench-*.ts`).
 * Prints markdown tables of medians and writes `bench-results/latest.json` and `latest.md`.
 *
 * What is measured, per load (a new browser context each time, so the cache is cold):
 * - requests, transfer: every http(s) response, bytes on the wire (headers + gzip body);
 * - JS, CSS: the gzip bodies (Content-Length) of responses of type Script and Stylesheet;
 * - visual: when the view is on screen. For our pages: the render time of an element with an
 *   `elementtiming` attribute if the page has one; else the first painted frame (never before
 *   first contentful paint) in which the main visual exists: a Leaflet map with drawn layers,
 *   else a visible SVG of at least 100 × 100 px with shapes in <main>, else such a canvas. A map
 *   page that shows its static SVG before Leaflet counts from that frame; the frame in which
 *   Leaflet has drawn is reported on its own (Leaflet ms). Pages without
 *   a visual use first contentful paint. For reference pages: the first painted frame after the
 *   tool's own "drawn" event (TimelineJS `ready`, vis-timeline `changed`, vis-network
 *   `afterDrawing`, Cytoscape `render`, Leaflet after the layers were added), never before first
 *   contentful paint. "Painted" is timed by a message posted from the requestAnimationFrame
 *   callback of the frame in which the visual is first found; it runs after that frame was drawn.
 *   (Earlier versions waited for one more frame first, which also counted any task that ran
 *   between the two frames, such as a page's script starting right after its first paint.);
 * - interactive: a light time-to-interactive. Start from the latest of the visual, load event end,
 *   the moment an element got `data-ready` (our custom elements may set it once enhanced) and,
 *   for reference pages, the drawn event; then move past every long task that starts less than
 *   500 ms after the current point: the end of the last long task before 500 ms of quiet;
 * - TBT: the sum of (duration − 50 ms) over every long task from navigation start until interactive;
 * - LCP: the last largest-contentful-paint entry when the page is interactive;
 * - before Leaflet (map pages): the bytes on the wire (Resource Timing `transferSize`, the page's
 *   own included) and the blocking time of everything that started before the map asked for
 *   Leaflet (the `map-live-requested` performance mark, set on idle or on the reader's first
 *   reach): what a reader who only looks at the map gets. A map page's load waits for the live
 *   map (at most 10 s after load), so interactive and TBT include the takeover.
 *
 * Options (environment): BENCH_RUNS (default 5), BENCH_RATES (default "1,4"),
 * BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_DATA=1, BENCH_ONLY (a substring of page labels to keep, or a
 * comma-separated list of exact labels: `/de/,/de/story/`),
 * BENCH_DIST (another built site folder, relative to the repository root; default dist).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { chromiumArgs, findChromium } from '../../tests/browser/chromium';
import { benchTimelineLayout, type LayoutRow } from './layout-bench';
import { drawingAlonePage } from './drawing-alone';
import { boundTable, compare, comparisonTable, floorTable, leafletTable, markdownTable, medianSample, pagesTable, sortPaths, viewOfPath, type PageKind, type PageResult, type Sample, type View } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const vendor = join(here, 'node_modules');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const rates = (process.env.BENCH_RATES ?? '1,4').split(',').map((rate) => rate.trim());
const only = process.env.BENCH_ONLY;
const startedAt = Date.now();
/** Makes every host but 127.0.0.1 unresolvable, so nothing can reach the network. */
const noNetwork = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const instrumentSource = readFileSync(join(here, 'instrument.js'), 'utf8');

/** A page to measure. */
interface Target {
  label: string;
  url: string;
  kind: PageKind;
  view?: View;
}

/** Files of the peer packages that the reference pages load, as a typical user would copy them. */
const vendorFiles: [string, string][] = [
  ['@knight-lab/timelinejs/dist', 'timelinejs'],
  ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline/vis-timeline-graph2d.min.js'],
  ['vis-network/standalone/umd/vis-network.min.js', 'vis-network/vis-network.min.js'],
  ['cytoscape/dist/cytoscape.min.js', 'cytoscape/cytoscape.min.js'],
  ['leaflet/dist/leaflet.js', 'leaflet/leaflet.js'],
  ['leaflet/dist/leaflet.css', 'leaflet/leaflet.css'],
  ['leaflet/dist/images', 'leaflet/images'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client/topojson-client.min.js'],
  ['world-atlas/countries-50m.json', 'world-atlas/countries-50m.json'],
];

/** The reference pages and the view each one stands in for; the bounds are written by `stagePeerSite`. */
const peers: { file: string; label: string; view?: View; kind: PageKind }[] = [
  { file: 'empty.html', label: 'empty page', kind: 'floor' },
  { file: 'timeline-drawing.html', label: 'timeline drawing alone, with its styles', view: 'timeline', kind: 'bound' },
  { file: 'timeline-drawing-unstyled.html', label: 'timeline drawing alone, unstyled', kind: 'bound' },
  { file: 'relations-drawing.html', label: 'relations drawing alone, with its styles', view: 'relations', kind: 'bound' },
  { file: 'map-drawing.html', label: 'map drawing alone, with its styles', view: 'map', kind: 'bound' },
  { file: 'timelinejs.html', label: 'TimelineJS', view: 'timeline', kind: 'peer' },
  { file: 'vis-timeline.html', label: 'vis-timeline', view: 'timeline', kind: 'peer' },
  { file: 'vis-network.html', label: 'vis-network', view: 'relations', kind: 'peer' },
  { file: 'cytoscape.html', label: 'Cytoscape.js', view: 'relations', kind: 'peer' },
  { file: 'leaflet-world.html', label: 'Leaflet + world 1:50m', view: 'map', kind: 'peer' },
];

/**
 * Copies the reference pages, the generated data and the peer packages' files into one folder to
 * serve, with the built site's response headers (`_headers`), so that the empty page and the
 * reference pages come from the same server as ours, headers included. (A
 * Cross-Origin-Opener-Policy, which the site sent until it broke windows opened from sandboxed
 * frames, alone moved a first navigation into a new browsing context group, at some 30–50 ms for an
 * empty page at 4× CPU.) Also writes the bounds: the built timeline's
 * SVG alone, with and without the page's styles, and the relations' and the static map's SVG
 * alone with their page's styles.
 */
function stagePeerSite(target: string, dist: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'data'), { recursive: true });
  for (const file of readdirSync(join(here, 'peers'))) cpSync(join(here, 'peers', file), join(target, file));
  if (existsSync(join(dist, '_headers'))) cpSync(join(dist, '_headers'), join(target, '_headers'));
  const timeline = readFileSync(join(dist, 'de', 'timeline', 'index.html'), 'utf8');
  writeFileSync(join(target, 'timeline-drawing.html'), drawingAlonePage(timeline, { svgClass: 'tl-svg', withStyles: true }));
  writeFileSync(join(target, 'timeline-drawing-unstyled.html'), drawingAlonePage(timeline, { svgClass: 'tl-svg', withStyles: false }));
  const relations = readFileSync(join(dist, 'de', 'relations', 'index.html'), 'utf8');
  writeFileSync(join(target, 'relations-drawing.html'), drawingAlonePage(relations, { svgClass: 'rg-svg', withStyles: true }));
  const map = readFileSync(join(dist, 'de', 'map', 'index.html'), 'utf8');
  writeFileSync(join(target, 'map-drawing.html'), drawingAlonePage(map, { svgClass: 'static-map__region', withStyles: true }));
  for (const name of ['events', 'relations', 'places', 'actors']) {
    const source = join(root, 'src', 'generated', 'data', `${name}.json`);
    if (!existsSync(source)) throw new Error(`${relative(root, source)} is missing: run \`npm run data\` first.`);
    cpSync(source, join(target, 'data', `${name}.json`));
  }
  for (const [from, to] of vendorFiles) {
    const source = join(vendor, from);
    if (!existsSync(source)) throw new Error(`${from} is missing: run \`npm --prefix scripts/bench ci\` first.`);
    cpSync(source, join(target, 'vendor', to), { recursive: true });
  }
}

/**
 * Every built page of the site that the benchmark loads: the German pages one level below /de/,
 * the English home, and every German embed (under /embed/de/ or /de/embed/). English copies of
 * the other pages are the same code and are left out to keep the run short.
 */
function discoverPages(dist: string): string[] {
  const all: string[] = [];
  const walk = (dir: string, urlPath: string) => {
    if (existsSync(join(dir, 'index.html'))) all.push(urlPath);
    for (const name of readdirSync(dir)) {
      const child = join(dir, name);
      if (!name.startsWith('_') && !name.startsWith('.') && statSync(child).isDirectory()) walk(child, `${urlPath}${name}/`);
    }
  };
  walk(dist, '/');
  const keep = (path: string) => /^\/de\/([^/]+\/)?$/.test(path) || path === '/en/' || (path.includes('/embed/') && /(^|\/)de\//.test(path) && !/^\/en\//.test(path));
  return sortPaths(all.filter(keep));
}

/** What `instrument.js` keeps in the page. */
interface Bench {
  longTasks: [number, number][];
  lcp: number;
  fcp: number;
  element: number;
  visualFrame: number;
  visualBy: string;
  leafletFrame: number;
  ready: number;
  interactiveAt(from: number): number;
}

/** Loads one page once in a fresh context and returns its sample. */
async function measure(browser: Browser, target: Target, rate: number): Promise<{ sample: Sample; visualBy: string; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const responses = new Map<string, { type: string; bodyBytes: number }>();
    const foreign: string[] = [];
    let requests = 0;
    let transferBytes = 0;
    let jsBytes = 0;
    let cssBytes = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      const url = new URL(event.request.url);
      if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(event.request.url);
    });
    cdp.on('Network.responseReceived', (event) => {
      if (!/^https?:/.test(event.response.url)) return;
      const headers = Object.fromEntries(Object.entries(event.response.headers).map(([key, value]) => [key.toLowerCase(), String(value)]));
      responses.set(event.requestId, { type: event.type, bodyBytes: Number(headers['content-length'] ?? NaN) });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const response = responses.get(event.requestId);
      if (!response) return;
      requests += 1;
      transferBytes += event.encodedDataLength;
      const body = Number.isFinite(response.bodyBytes) ? response.bodyBytes : event.encodedDataLength;
      if (response.type === 'Script') jsBytes += body;
      if (response.type === 'Stylesheet') cssBytes += body;
    });
    await page.addInitScript({ content: `${instrumentSource}(${JSON.stringify({ peer: target.kind === 'peer' || target.kind === 'floor' })});` });
    await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    // Wait for the visual, the load event and then 500 ms without a long task (at most 30 s).
    // Our pages without a visual 1 s after load (home, sources) count from first contentful paint;
    // a Leaflet map gets 10 s after load.
    let timedOut = false;
    await page
      .waitForFunction(
        (peer) => {
          const bench = (window as unknown as { __bench: Bench }).__bench;
          const loadEnd = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
          if (!loadEnd || !bench.fcp) return false;
          // A map drawn static first is followed until its live map has drawn (or said it failed).
          const liveComing = Boolean(document.querySelector('.leaflet-container, karabakh-map.is-placed')) && !document.querySelector('[data-map-status="geodataFailed"]');
          const grace = liveComing ? 10_000 : 1000;
          const noVisual = !peer && performance.now() - loadEnd > grace;
          const leafletPending = !peer && liveComing && !bench.leafletFrame && performance.now() - loadEnd <= grace;
          const visual = bench.leafletFrame || bench.visualFrame;
          if (!((visual > 0 && !leafletPending) || noVisual)) return false;
          return performance.now() - bench.interactiveAt(Math.max(visual, loadEnd, bench.ready)) > 500;
        },
        target.kind === 'peer',
        { timeout: 30_000, polling: 200 },
      )
      .catch(() => (timedOut = true));
    const result = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Bench }).__bench;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const drawn = performance.getEntriesByName('peer-drawn')[0]?.startTime ?? 0;
      let visual = bench.fcp;
      let visualBy = 'first contentful paint';
      if (bench.element) {
        visual = bench.element;
        visualBy = 'element timing';
      } else if (bench.visualFrame) {
        visual = Math.max(bench.fcp, bench.visualFrame);
        visualBy = bench.visualBy;
      }
      const leaflet = bench.leafletFrame ? Math.max(bench.fcp, bench.leafletFrame) : 0;
      const interactive = bench.interactiveAt(Math.max(visual, navigation?.loadEventEnd ?? 0, bench.ready, drawn, leaflet));
      // No named functions in here: the bundler would wrap them in a helper the page does not have.
      const blocking = bench.longTasks.filter(([start]) => start < interactive).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      // What the page had loaded, and blocked, before the map asked for Leaflet.
      const asked = performance.getEntriesByName('map-live-requested')[0]?.startTime;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const beforeLive = asked === undefined ? undefined : {
        bytes: (navigation?.transferSize ?? 0) + resources.filter((entry) => entry.startTime < asked).reduce((sum, entry) => sum + entry.transferSize, 0),
        blocking: bench.longTasks.filter(([start]) => start < asked).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      };
      return { visual, visualBy, interactive, blocking, lcp: bench.lcp, leaflet, beforeLive };
    });
    return {
      sample: {
        requests, transferBytes, jsBytes, cssBytes, visualMs: result.visual, interactiveMs: result.interactive, blockingMs: result.blocking, lcpMs: result.lcp,
        leafletMs: result.leaflet,
        beforeLeafletBytes: result.beforeLive?.bytes ?? transferBytes,
        beforeLeafletBlockingMs: result.beforeLive?.blocking ?? result.blocking,
      },
      visualBy: timedOut ? `${result.visualBy} (timed out after 30 s)` : result.visualBy,
      foreign,
    };
  } finally {
    await context.close();
  }
}

/** Lighthouse (mobile preset, simulated throttling) over the given URLs in the system Chromium; scores 0–100. */
async function runLighthouse(targets: Target[]): Promise<{ rows: { label: string; url: string; scores: Record<string, number | null> }[]; error?: string }> {
  const rows: { label: string; url: string; scores: Record<string, number | null> }[] = [];
  let chrome: { port: number; kill(): void } | undefined;
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs, noNetwork] });
    for (const target of targets) {
      const result = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => (categories[id]?.score == null ? null : Math.round(categories[id]!.score! * 100));
      rows.push({ label: target.label, url: target.url, scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') } });
      console.log(`  lighthouse ${target.label}: ${Object.values(rows.at(-1)!.scores).join(' / ')}`);
    }
    return { rows };
  } catch (error) {
    return { rows, error: error instanceof Error ? error.message : String(error) };
  } finally {
    chrome?.kill();
  }
}

/** The data side: the pipeline at 100, 1,000, 10,000 synthetic events, plus any layout benchmark script in the tree. */
async function runDataBench(): Promise<{ pipeline: { count: number; total: number; medianMs: number }[]; timelineLayout?: LayoutRow[]; layouts: { script: string; output: string }[] }> {
  const { benchPipeline } = await import('../bench-data');
  const counts = [100, 1000, 10000];
  const pipeline = counts.map((count) => benchPipeline(count));
  const timelineLayout = await benchTimelineLayout(counts);
  const layouts: { script: string; output: string }[] = [];
  for (const name of readdirSync(join(root, 'scripts')).sort()) {
    if (!/^bench-.+\.ts$/.test(name) || name === 'bench-data.ts') continue;
    const child = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join('scripts', name)], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    // A script that fails part-way says so, under whatever it printed before.
    const failure = child.status === 0 ? '' : `\n${name} failed (exit ${child.status ?? child.signal}): ${(child.stderr || '').trim().split('\n').find((line) => /Error/.test(line)) ?? 'no message'}`;
    layouts.push({ script: `scripts/${name}`, output: `${(child.stdout || '').trim()}${failure}`.trim() });
  }
  return { pipeline, timelineLayout, layouts };
}

function listen(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function main(): Promise<void> {
  const dist = process.env.BENCH_DIST ? join(root, process.env.BENCH_DIST) : join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first.');
  const peerSite = join(root, 'bench-results', 'peer-site');
  stagePeerSite(peerSite, dist);
  const ourServer = await startServer({ dir: dist, port: 0 });
  const peerServer = await startServer({ dir: peerSite, port: 0 });
  const ourOrigin = listen(ourServer);
  const peerOrigin = listen(peerServer);

  const targets: Target[] = [
    ...discoverPages(dist).map((path) => ({ label: path, url: `${ourOrigin}${path}`, kind: 'ours' as const, view: viewOfPath(path) })),
    ...peers.map((peer) => ({ label: peer.label, url: `${peerOrigin}/${peer.file}`, kind: peer.kind, view: peer.view })),
  ].filter((target) => !only || target.kind === 'floor' || target.kind === 'bound' || (only.includes(',') ? only.split(',').includes(target.label) : target.label.includes(only)));

  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, noNetwork] });
  const chromiumVersion = browser.version();
  console.log(`bench: ${targets.length} pages × ${runs} runs × CPU ${rates.map((rate) => `${rate}×`).join(', ')} in Chromium ${chromiumVersion}; ${machine.cpu} × ${machine.cores}, Node ${machine.node}`);

  // One discarded load per rate first: the first navigation of a fresh browser is slower.
  for (const rate of rates) await measure(browser, targets.find((target) => target.kind === 'floor')!, Number(rate));
  const samples = new Map<string, Record<string, Sample[]>>();
  const visualBy = new Map<string, Set<string>>();
  const foreign = new Map<string, Set<string>>();
  for (let run = 0; run < runs; run++) {
    // Round-robin over rates and pages, so slow drift of a shared machine spreads over all of them.
    for (const rate of rates) {
      for (const target of targets) {
        const { sample, visualBy: by, foreign: hosts } = await measure(browser, target, Number(rate));
        const perRate = samples.get(target.label) ?? {};
        (perRate[rate] ??= []).push(sample);
        samples.set(target.label, perRate);
        (visualBy.get(target.label) ?? visualBy.set(target.label, new Set()).get(target.label)!).add(by);
        for (const url of hosts) (foreign.get(target.label) ?? foreign.set(target.label, new Set()).get(target.label)!).add(url);
      }
    }
    console.log(`  run ${run + 1}/${runs} done (${Math.round((Date.now() - startedAt) / 1000)} s)`);
  }
  await browser.close();

  const pages: PageResult[] = targets.map((target) => {
    const perRate = samples.get(target.label)!;
    return {
      label: target.label,
      url: target.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
      kind: target.kind,
      view: target.view,
      visualBy: [...(visualBy.get(target.label) ?? [])].join(', '),
      medians: Object.fromEntries(Object.entries(perRate).map(([rate, list]) => [rate, medianSample(list)])),
      samples: perRate,
      foreignRequests: [...(foreign.get(target.label) ?? [])],
    };
  });
  const comparisons = compare(pages, rates);

  let lighthouse: Awaited<ReturnType<typeof runLighthouse>> = { rows: [], error: 'skipped (BENCH_SKIP_LIGHTHOUSE)' };
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
    console.log('lighthouse (mobile preset) …');
    const mainPages = targets.filter((target) => (target.kind === 'ours' && !target.label.includes('/embed/') && target.label.startsWith('/de/')) || target.kind === 'peer');
    lighthouse = await runLighthouse(mainPages);
  }

  let data: Awaited<ReturnType<typeof runDataBench>> | undefined;
  if (!process.env.BENCH_SKIP_DATA) {
    console.log('data pipeline …');
    data = await runDataBench();
  }
  await new Promise((resolve) => ourServer.close(resolve));
  await new Promise((resolve) => peerServer.close(resolve));

  const lines: string[] = [];
  lines.push(`Medians of ${runs} cold loads per page, 1280×900, Chromium ${chromiumVersion} headless; ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ${new Date().toISOString().slice(0, 10)}.`, '');
  lines.push(pagesTable(pages, rates), '');
  if (comparisons.length > 0) {
    lines.push('Ratios (peer ÷ ours; above 1× means ours is lighter or faster), and our time to visual above the empty page:', '');
    lines.push(comparisonTable(comparisons, rates), '');
  } else {
    lines.push('No view page (timeline, relations, map) in dist/ yet, so no ratio to the reference pages.', '');
  }
  lines.push('Every page of ours against the empty page (the floor):', '');
  lines.push(floorTable(pages, rates), '');
  if (pages.some((page) => page.kind === 'bound' && page.view)) {
    lines.push('Every view of ours against its drawing alone (the bound: what the drawing itself costs):', '');
    lines.push(boundTable(pages, rates), '');
  }
  if (pages.some((page) => Object.values(page.medians).some((sample) => sample.leafletMs > 0))) {
    lines.push('The map before and after Leaflet: the static map (visual) and the frame in which Leaflet has drawn; bytes and blocking time before the map asked for Leaflet (on idle, or on the reader\'s first reach) and in all:', '');
    lines.push(leafletTable(pages, rates), '');
  }
  lines.push('How the visual was detected: ' + pages.map((page) => `${page.label}: ${page.visualBy}`).join('; ') + '.', '');
  const foreignPages = pages.filter((page) => page.foreignRequests.length > 0);
  if (foreignPages.length > 0) lines.push(`Requests to other hosts (blocked, not counted): ${foreignPages.map((page) => `${page.label}: ${page.foreignRequests.join(', ')}`).join('; ')}.`, '');
  if (lighthouse.rows.length > 0) {
    lines.push('Lighthouse 12.2.3, mobile preset (simulated slow 4G and 4× CPU):', '');
    lines.push(markdownTable(['page', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouse.rows.map((row) => [row.label, ...Object.values(row.scores).map((score) => (score === null ? '–' : String(score)))])), '');
  }
  if (lighthouse.error) lines.push(`Lighthouse could not run${lighthouse.rows.length > 0 ? ' to the end' : ''}: ${lighthouse.error}`, '');
  if (data) {
    const layout = data.timelineLayout;
    lines.push(`Data side, median of 5 runs: the pipeline (validate + serialise in memory)${layout ? ' and the timeline layout (all events, whole range, 1,280 px)' : ''}:`, '');
    lines.push(
      markdownTable(
        ['synthetic events', 'total events', 'pipeline ms', ...(layout ? ['timeline layout ms'] : [])],
        data.pipeline.map((row, i) => [row.count.toLocaleString('en'), row.total.toLocaleString('en'), String(row.medianMs), ...(layout ? [String(layout[i]?.medianMs ?? '–')] : [])]),
      ),
      '',
    );
    for (const script of data.layouts) lines.push(`\`${script.script}\`:`, '', script.output, '');
    if (!layout) lines.push('No timeline layout in the tree yet.', '');
    if (data.layouts.length === 0) lines.push('No other layout benchmark script (scripts/bench-*.ts) in the tree yet.', '');
  }
  lines.push(`Total benchmark time: ${Math.round((Date.now() - startedAt) / 1000)} s.`);
  const report = lines.join('\n');
  console.log(`\n${report}`);

  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, chromium: chromiumVersion, runs, rates, pages, comparisons, lighthouse, data, markdown: report }, null, 2)}\n`);
  writeFileSync(join(root, 'bench-results', 'latest.md'), `${report}\n`);
  console.log('\nwrote bench-results/latest.json and bench-results/latest.md');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
