import { describe, expect, it } from 'vitest';
import { dayStart } from '../../../src/lib/timeline/ranges';
import { domainOfScale, pixelsFor, timeScaleOf } from '../../../src/lib/timeline/time-scale';
import { domainOfTransform, transformForDomain, type ZoomLimits } from '../../../src/lib/timeline/zoom-transform';

const year = { start: dayStart('2023-01-01'), end: dayStart('2024-01-01') };

describe('timeScaleOf', () => {
  it('timeScaleOf(domain, left, right) puts the domain between the edges, and inverts to dates in UTC', () => {
    const x = timeScaleOf(year, 8, 373);
    expect(x(year.start)).toBe(8);
    expect(x(year.end)).toBe(373);
    // 2 July 2023 is day 182 of 365: a day per pixel.
    expect(x(dayStart('2023-07-02'))).toBeCloseTo(190, 9);
    expect(x.invert(190).toISOString()).toBe('2023-07-02T00:00:00.000Z');
    expect(domainOfScale(x)).toEqual(year);
  });

  it('pixelsFor(scale, ms) is the width a stretch of time takes', () => {
    expect(pixelsFor(timeScaleOf(year, 8, 373), 7 * 86_400_000)).toBeCloseTo(7, 9);
  });

  it('domainOfTransform rescales the base scale as d3-zoom does, and transformForDomain undoes it', () => {
    const limits: ZoomLimits = { scaleExtent: [1, 100], extent: [0, 381], translateExtent: [0, 381] };
    // Twice as close: the edges show the base scale's points (edge − x) / k.
    const t = { k: 2, x: -381 };
    const shown = domainOfTransform(t, year, [8, 373]);
    const base = timeScaleOf(year, 8, 373);
    expect(shown).toEqual({ start: +base.invert((8 + 381) / 2), end: +base.invert((373 + 381) / 2) });
    expect((shown.end - shown.start) / (year.end - year.start)).toBeCloseTo(0.5, 6);
    const back = transformForDomain(shown, year, [8, 373], limits);
    expect(back.k).toBeCloseTo(2, 6);
    expect(back.x).toBeCloseTo(t.x, 3);
  });
});
