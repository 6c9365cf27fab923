import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, metrics } from '../../../src/lib/timeline/layout';
import { toTimelineEvents } from '../../../src/lib/timeline/events';
import { formatTick, TICK_FONT_SIZE, timeTicks } from '../../../src/lib/timeline/ticks';
import { estimateTextWidth } from '../../../src/lib/timeline/text-width';
import { namedRanges } from '../../../src/lib/timeline/ranges';
import type { DataActor, DataEvent } from '../../../src/lib/data/types';
import type { TimelineOptions } from '../../../src/lib/timeline/types';
import { fixture, labelBoxes, overlaps, syntheticEvents } from './helpers';

const base: TimelineOptions = { width: 768, height: 300, range: 'article', lanes: 'actor', locale: 'en' };
const widths = [320, 768, 1600];

describe('layoutTimeline', () => {
  for (const name of ['precisions', 'same-day', 'lanes']) {
    for (const width of widths) {
      it(`layoutTimeline(${name}, width ${width}) draws no two labels over each other and keeps them inside the frame`, () => {
        const layout = layoutTimeline(fixture(name), { ...base, width });
        const boxes = labelBoxes(layout);
        expect(boxes.length).toBeGreaterThan(0);
        expect(overlaps(boxes)).toEqual([]);
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(box.y).toBeGreaterThanOrEqual(layout.plot.top);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        }
        for (const e of layout.events.filter((ev) => ev.visible)) {
          expect(e.x0).toBeGreaterThanOrEqual(layout.plot.left);
          expect(e.x1).toBeLessThanOrEqual(layout.plot.right);
        }
      });
    }
  }

  it('layoutTimeline(same-day) puts events of one day in separate rows, all labelled', () => {
    const layout = layoutTimeline(fixture('same-day'), { ...base, width: 320 });
    const ys = layout.events.map((e) => e.y);
    expect(new Set(ys).size).toBe(5);
    expect(layout.events.every((e) => e.label)).toBe(true);
    // At 320 px two of the titles take two lines, and so two rows each.
    expect(layout.events.filter((e) => e.label!.lines?.length === 2).length).toBe(2);
    expect(layout.lanes.find((l) => l.id === 'azerbaijan')?.rows).toBe(7);
  });

  it('layoutTimeline(precisions) draws a day as a point and months, spans and vague dates as spans of their length', () => {
    const layout = layoutTimeline(fixture('precisions'), { ...base, width: 1600 });
    const byId = new Map(layout.events.map((e) => [e.id, e]));
    const pxPerDay = (1600 - 2 * metrics.pad) / ((namedRanges.article.end - namedRanges.article.start) / 86_400_000);
    expect(byId.get('a-day')!.x1 - byId.get('a-day')!.x0).toBe(0);
    expect(byId.get('b-month')!.x1 - byId.get('b-month')!.x0).toBeCloseTo(31 * pxPerDay, 5);
    expect(byId.get('c-span')!.x1 - byId.get('c-span')!.x0).toBeCloseTo(2 * pxPerDay, 5);
    const vague = byId.get('d-vague')!;
    expect(vague.clippedStart).toBe(true);
    expect(vague.x0).toBe(metrics.pad);
    expect(vague.precision).toBe('vague');
  });

  it('layoutTimeline(lanes) assigns lanes by actor or by theme', () => {
    const events = fixture('lanes');
    const byActor = layoutTimeline(events, base);
    expect(byActor.lanes.map((l) => l.id)).toEqual(['usa', 'azerbaijan', 'armenia', 'russia', 'karabakh-authorities', 'west']);
    expect(Object.fromEntries(byActor.events.map((e) => [e.id, e.lane]))).toMatchObject({ offensive: 'azerbaijan', exodus: 'karabakh-authorities', visit: 'usa', ratification: 'armenia' });
    const byTheme = layoutTimeline(events, { ...base, lanes: 'theme' });
    expect(byTheme.lanes.map((l) => l.id)).toEqual(['diplomacy', 'military', 'humanitarian']);
    expect(Object.fromEntries(byTheme.events.map((e) => [e.id, e.lane]))).toMatchObject({ offensive: 'military', exodus: 'humanitarian', visit: 'diplomacy' });
    const lane = (id: string) => byTheme.lanes.find((l) => l.id === id)!;
    const military = byTheme.events.find((e) => e.id === 'offensive')!;
    expect(military.y).toBeGreaterThan(lane('military').y);
    expect(military.y).toBeLessThan(lane('military').y + lane('military').height);
  });

  it('layoutTimeline(lanes) hides events outside the range and shows them in the background range', () => {
    const events = fixture('lanes');
    expect(layoutTimeline(events, base).events.find((e) => e.id === 'first-war')!.visible).toBe(false);
    expect(layoutTimeline(events, { ...base, range: 'background' }).events.find((e) => e.id === 'first-war')!.visible).toBe(true);
  });

  it('layoutTimeline(lanes, hide, origin) filters by main actor and by origin', () => {
    const events = fixture('lanes');
    const hidden = layoutTimeline(events, { ...base, hide: ['armenia'] });
    expect(hidden.lanes.map((l) => l.id)).not.toContain('armenia');
    expect(hidden.events.filter((e) => e.visible).map((e) => e.id).sort()).toEqual(['exodus', 'offensive', 'visit']);
    const background = layoutTimeline(events, { ...base, origin: 'background' });
    expect(background.events.filter((e) => e.visible).map((e) => e.id).sort()).toEqual(['ratification', 'summit']);
  });

  it('layoutTimeline(events) returns events in time order, the order of the keyboard', () => {
    const layout = layoutTimeline(fixture('lanes'), base);
    expect(layout.events.map((e) => e.id)).toEqual(['first-war', 'offensive', 'exodus', 'visit', 'ratification', 'summit']);
  });

  it('layoutTimeline(5,000 synthetic events) keeps the drawn labels bounded and aggregates the rest', () => {
    const events = syntheticEvents(5000);
    for (const width of widths) {
      const layout = layoutTimeline(events, { ...base, width });
      const labels = labelBoxes(layout);
      const bound = layout.lanes.length * (8 * Math.ceil(width / 40) + Math.ceil(width / metrics.clusterBin) + 1);
      expect(labels.length).toBeLessThan(bound);
      expect(labels.length).toBeLessThan(1000);
      expect(overlaps(labels)).toEqual([]);
      const clustered = layout.clusters.reduce((n, c) => n + c.count, 0);
      const visible = layout.events.filter((e) => e.visible).length;
      expect(clustered).toBeGreaterThan(0);
      expect(visible + clustered).toBe(events.filter((e) => e.start < '2024-01-01').length);
    }
  });

  it('layoutTimeline(the real data) labels every event of the article range at 320, 768 and 1600 px', () => {
    const events = JSON.parse(readFileSync('src/generated/data/events.json', 'utf8')) as DataEvent[];
    const actors = JSON.parse(readFileSync('src/generated/data/actors.json', 'utf8')) as DataActor[];
    for (const locale of ['de', 'en'] as const) {
      for (const width of widths) {
        const layout = layoutTimeline(toTimelineEvents(events, actors, locale), { ...base, width, locale });
        const inView = layout.events.filter((e) => e.visible);
        // Every event that overlaps September 2023 to the end of the year is in view.
        expect(inView.length).toBe(events.filter((e) => e.date.end >= '2023-09-01' && e.date.start < '2024-01-01').length);
        expect(inView.every((e) => e.label)).toBe(true);
        expect(overlaps(labelBoxes(layout))).toEqual([]);
      }
    }
  });

  it('layoutTimeline(the real data, 320 px) shows every title whole, on as many lines as it needs, inside the frame', () => {
    const events = JSON.parse(readFileSync('src/generated/data/events.json', 'utf8')) as DataEvent[];
    const actors = JSON.parse(readFileSync('src/generated/data/actors.json', 'utf8')) as DataActor[];
    for (const locale of ['de', 'en'] as const) {
      const timelineEvents = toTimelineEvents(events, actors, locale);
      const titles = new Map(timelineEvents.map((e) => [e.id, e.title]));
      const layout = layoutTimeline(timelineEvents, { ...base, width: 320, locale });
      const labelled = layout.events.filter((e) => e.label);
      expect(labelled.some((e) => (e.label!.lines?.length ?? 1) > 1)).toBe(true);
      for (const e of labelled) {
        const label = e.label!;
        expect((label.lines ?? [label.text]).join(' '), e.id).toBe(titles.get(e.id));
        expect(label.height, e.id).toBe((label.lines?.length ?? 1) * metrics.labelHeight);
        expect(label.x, e.id).toBeGreaterThanOrEqual(layout.plot.left);
        expect(label.x + label.width, e.id).toBeLessThanOrEqual(layout.plot.right);
        // A label's lines never run into the mark of another event in the rows below.
        for (const other of layout.events.filter((o) => o.visible && o.id !== e.id && o.lane === e.lane)) {
          const hits = other.x1 + metrics.markRadius > label.x && other.x0 - metrics.markRadius < label.x + label.width && other.y + metrics.markRadius > label.y && other.y - metrics.markRadius < label.y + label.height;
          expect(hits, `${e.id} over ${other.id}`).toBe(false);
        }
      }
      expect(overlaps(labelBoxes(layout))).toEqual([]);
    }
  });
});

describe('timeTicks', () => {
  it('timeTicks(article range, 1280 px) gives weekly ticks formatted in English and German', () => {
    const en = timeTicks(namedRanges.article, 8, 1272, 'en');
    const de = timeTicks(namedRanges.article, 8, 1272, 'de');
    expect(en.map((t) => t.label)).toContain('27 Nov');
    expect(de.map((t) => t.label)).toContain('27. Nov.');
  });

  it('timeTicks(article range, 320 px) gives months with the year on the first', () => {
    expect(timeTicks(namedRanges.article, 8, 312, 'en').map((t) => t.label)).toEqual(['Sept 2023', 'Oct', 'Nov', 'Dec']);
    expect(timeTicks(namedRanges.article, 8, 312, 'de').map((t) => t.label)).toEqual(['Sept. 2023', 'Okt.', 'Nov.', 'Dez.']);
  });

  it('timeTicks(background range) gives years beside the focus band and months in it; no label overlaps another, a break or the frame', () => {
    const band = namedRanges.article;
    for (const width of widths) {
      const ticks = timeTicks(namedRanges.background, 8, width - 8, 'de');
      const before = ticks.filter((t) => t.time < band.start);
      const inBand = ticks.filter((t) => t.time >= band.start && t.time < band.end);
      expect(before.length, `${width}`).toBeGreaterThan(2);
      expect(before.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
      expect(inBand[0]?.label, `${width}`).toMatch(/^(Sept|Okt)\. 2023$/);
      const layout = layoutTimeline([], { ...base, width, range: 'background', locale: 'de' });
      expect(layout.breaks.length).toBe(2);
      for (const [i, t] of ticks.entries()) {
        const right = t.labelX + estimateTextWidth(t.label, TICK_FONT_SIZE);
        expect(right).toBeLessThanOrEqual(width - 8);
        if (i > 0) expect(t.labelX).toBeGreaterThan(ticks[i - 1]!.labelX + estimateTextWidth(ticks[i - 1]!.label, TICK_FONT_SIZE));
        // A label never runs over a break's mark (4 px either side of it).
        for (const x of layout.breaks) expect(right <= x - 4 || t.labelX >= x, `${t.label} at ${width}`).toBe(true);
      }
    }
  });

  it('formatTick(January, month) adds the year', () => {
    expect(formatTick(Date.UTC(2024, 0, 1), 'month', 'en', false)).toBe('Jan 2024');
    expect(formatTick(Date.UTC(2024, 0, 1), 'month', 'de', false)).toBe('Jan. 2024');
  });
});
