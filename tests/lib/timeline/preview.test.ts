import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { mapX, previewMap, previewScene } from '../../../src/lib/timeline/preview';
import { timeTicks } from '../../../src/lib/timeline/ticks';
import { syntheticEvents } from './helpers';

const DAY = 86_400_000;
const article = { start: Date.UTC(2023, 8, 1), end: Date.UTC(2024, 0, 1) };

describe('previewMap', () => {
  it('sends the x of a moment in one domain to its x in another', () => {
    const to = { start: article.start + 20 * DAY, end: article.start + 60 * DAY };
    const map = previewMap(article, to, 8, 952);
    const xIn = (d: typeof article, t: number) => 8 + ((t - d.start) / (d.end - d.start)) * 944;
    for (const t of [article.start, article.start + 30 * DAY, article.end]) expect(mapX(map, xIn(article, t))).toBeCloseTo(xIn(to, t), 6);
  });

  it('is the identity for the same domain and a shift for a pan', () => {
    expect(previewMap(article, article, 8, 952)).toEqual({ a: 1, b: 0 });
    // A pan inside the focus band, where the scale is linear: the same span, later.
    const twoMonths = { start: article.start, end: article.start + 60 * DAY };
    const panned = previewMap(twoMonths, { start: twoMonths.start + 10 * DAY, end: twoMonths.end + 10 * DAY }, 8, 952);
    expect(panned.a).toBeCloseTo(1, 9);
    expect(panned.b).toBeLessThan(0);
  });
});

describe('previewScene', () => {
  const events = syntheticEvents(2000);
  const layout = layoutTimeline(events, { width: 960, height: 360, range: article, lanes: 'actor', locale: 'en' });

  it('on a pan keeps the labels, moved with their marks, and draws only marks in the frame', () => {
    // Inside the focus band, where a pan keeps the scale.
    const layout = layoutTimeline(events, { width: 960, height: 360, range: { start: article.start, end: article.start + 60 * DAY }, lanes: 'actor', locale: 'en' });
    const domain = { start: article.start + 15 * DAY, end: article.start + 75 * DAY };
    const scene = previewScene(layout, domain, 'en');
    const map = previewMap(layout.domain, domain, layout.plot.left, layout.plot.right);
    expect(scene.marks.length).toBeGreaterThan(0);
    expect(scene.marks.length).toBeLessThan(layout.events.filter((e) => e.visible).length);
    for (const m of scene.marks) {
      const placed = layout.events.find((e) => e.id === m.id)!;
      expect(placed.visible).toBe(true);
      expect(m.x0).toBeCloseTo(mapX(map, placed.x0), 6);
      expect(m.x1).toBeGreaterThanOrEqual(layout.plot.left - 12);
      expect(m.x0).toBeLessThanOrEqual(layout.plot.right + 12);
      if (placed.label) expect(m.label!.x - m.x0).toBeCloseTo(placed.label.x - placed.x0, 6);
    }
    expect(scene.ticks).toEqual(timeTicks(domain, layout.plot.left, layout.plot.right, 'en'));
  });

  it('on a zoom leaves the labels out and keeps the badges their size', () => {
    const domain = { start: article.start + 30 * DAY, end: article.start + 60 * DAY };
    const scene = previewScene(layout, domain, 'en');
    expect(scene.marks.every((m) => m.label === undefined)).toBe(true);
    for (const c of scene.clusters) expect(c.label.width).toBe(layout.clusters.find((k) => k.id === c.id)!.label.width);
    expect(scene.window.x1 - scene.window.x0).toBeLessThan(layout.overview.window.x1 - layout.overview.window.x0);
  });

  it('leaves the layout it moves as it was', () => {
    const before = JSON.stringify(layout);
    previewScene(layout, { start: article.start + 5 * DAY, end: article.end - 5 * DAY }, 'en');
    expect(JSON.stringify(layout)).toBe(before);
  });
});

describe('layoutTimeline on the same events again', () => {
  it('gives the same layout from its cache as from a fresh copy of the events', () => {
    const events = syntheticEvents(500);
    const options = { width: 960, height: 360, range: article, lanes: 'actor', locale: 'en', hide: ['usa'] } as const;
    const first = layoutTimeline(events, options);
    expect(layoutTimeline(events, options)).toEqual(first);
    expect(layoutTimeline([...events].reverse(), options)).toEqual(first);
  });
});
