// Runs in every measured page before the page's own scripts (the benchmark injects it as text):
// observes paints, long tasks, LCP and element timing, notices when the visual is on screen and
// when an element gets `data-ready`, and keeps it all in `window.__bench`.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the benchmark calls this function itself, with its options
(function instrument(options) {
  const bench = { longTasks: [], lcp: 0, fcp: 0, element: 0, visualFrame: 0, visualBy: '', leafletFrame: 0, leafletSeen: false, ready: 0 };
  window.__bench = bench;
  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });
    } catch {
      // entry type not supported
    }
  };
  observe('longtask', (entry) => bench.longTasks.push([entry.startTime, entry.duration]));
  observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  observe('element', (entry) => {
    if (!bench.element) bench.element = entry.renderTime || entry.loadTime || entry.startTime;
  });
  // Our pages: which main visual is complete, if any ('' while none is). The visual is a drawn
  // Leaflet map, else a visible SVG in <main> of at least 100 × 100 px that has shapes (icons and
  // hidden charts do not count), else a visible canvas of that size in <main>.
  const area = (element) => {
    const box = element.getBoundingClientRect();
    return box.width * box.height;
  };
  const leafletDrawn = () => {
    const leaflet = document.querySelector('.leaflet-container');
    return Boolean(leaflet && area(leaflet) > 0 && leaflet.querySelector('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas, .leaflet-marker-pane > *, .leaflet-tile-loaded'));
  };
  const ourVisual = () => {
    if (leafletDrawn()) return 'Leaflet layers drawn';
    const main = document.querySelector('main') ?? document.body;
    if (!main) return '';
    const svg = [...main.querySelectorAll('svg:not([aria-hidden="true"])')].find((element) => area(element) >= 10000 && element.querySelector('path, circle, rect, line, polygon, polyline, text, use'));
    if (svg) return 'svg painted';
    const canvas = [...main.querySelectorAll('canvas')].find((element) => area(element) >= 10000);
    if (canvas) return 'canvas present';
    return '';
  };
  // Called from a requestAnimationFrame callback: the time just after the frame being drawn has
  // been painted (a message posted now is handled once that frame's rendering task is done).
  // Waiting for a further frame instead would also count whatever task runs in between.
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  };
  const tick = () => {
    if (!bench.ready && document.querySelector('[data-ready]')) bench.ready = performance.now();
    if (!bench.visualBy) {
      const by = options.peer ? (performance.getEntriesByName('peer-drawn').length > 0 ? 'tool drawn event' : '') : ourVisual();
      // Found while this frame is being drawn: this frame is the first that shows the visual.
      if (by) {
        bench.visualBy = by;
        afterThisFrame((time) => (bench.visualFrame = time));
      }
    }
    // A map page may show a static SVG first; the Leaflet map drawn over it is timed on its own.
    if (!options.peer && !bench.leafletSeen && leafletDrawn()) {
      bench.leafletSeen = true;
      afterThisFrame((time) => (bench.leafletFrame = time));
    }
    if (!(bench.visualBy && (bench.ready || options.peer || performance.now() > 15000))) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Interactive, like a light time-to-interactive: from `from` (when the page is drawn and loaded),
  // the end of the last long task before the first 500 ms without one.
  bench.interactiveAt = (from) => {
    let time = from;
    for (const [start, duration] of [...bench.longTasks].sort((a, b) => a[0] - b[0])) {
      if (start + duration <= time) continue;
      if (start - time >= 500) break;
      time = start + duration;
    }
    return time;
  };
})
