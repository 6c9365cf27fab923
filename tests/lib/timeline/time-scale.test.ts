import { describe, expect, it } from 'vitest';
import { dayStart, fullDomain, namedRanges } from '../../../src/lib/timeline/ranges';
import { breaksOf, focusShare, timeScaleOf } from '../../../src/lib/timeline/time-scale';
import { domainOfTransform, transformForDomain, type ZoomLimits } from '../../../src/lib/timeline/zoom-transform';

const DAY = 86_400_000;
const band = namedRanges.article;

describe('timeScaleOf', () => {
  it('timeScaleOf(the article range, left, right) is linear between the edges, and inverts to dates in UTC', () => {
    // 122 days over 122 px: a day per pixel.
    const x = timeScaleOf(band, 8, 130);
    expect(x(band.start)).toBeCloseTo(8, 9);
    expect(x(band.end)).toBeCloseTo(130, 9);
    expect(x(dayStart('2023-11-27'))).toBeCloseTo(8 + 87, 6);
    expect(x.invert(8 + 87).toISOString()).toBe('2023-11-27T00:00:00.000Z');
    expect(breaksOf(x)).toEqual([band.start, band.end]);
  });

  it('timeScaleOf(the whole period) gives the focus band its share of the frame and the years on either side one rate', () => {
    const x = timeScaleOf(fullDomain, 0, 1000);
    expect(x(fullDomain.start)).toBeCloseTo(0, 9);
    expect(x(fullDomain.end)).toBeCloseTo(1000, 9);
    expect(x(band.end) - x(band.start)).toBeCloseTo(focusShare * 1000, 6);
    const before = (x(band.start) - x(fullDomain.start)) / (band.start - fullDomain.start);
    const after = (x(fullDomain.end) - x(band.end)) / (fullDomain.end - band.end);
    expect(before).toBeCloseTo(after, 12);
    // A day in the band is drawn far wider than a day in 1994.
    expect((x(band.start + DAY) - x(band.start)) / (before * DAY)).toBeGreaterThan(50);
    // Where the data says: the Bishkek Protocol's day, and back.
    const bishkek = dayStart('1994-05-05');
    expect(+x.invert(x(bishkek))).toBe(bishkek);
  });

  it('timeScaleOf(a domain across the start of the band) is the mapping of the whole period, moved and stretched', () => {
    const whole = timeScaleOf(fullDomain, 0, 1000);
    const domain = { start: dayStart('2022-06-01'), end: dayStart('2023-10-15') };
    const x = timeScaleOf(domain, 8, 500);
    const k = (500 - 8) / (whole(domain.end) - whole(domain.start));
    for (const day of ['2022-12-12', '2023-09-01', '2023-09-19', '2023-10-01']) {
      const t = dayStart(day);
      expect(x(t), day).toBeCloseTo(8 + (whole(t) - whole(domain.start)) * k, 6);
    }
  });

  it('domainOfTransform inverts the base scale at the edges, also across the band, and transformForDomain undoes it', () => {
    const limits: ZoomLimits = { scaleExtent: [1, 1e4], extent: [0, 381], translateExtent: [0, 381] };
    const base = timeScaleOf(fullDomain, 8, 373);
    const t = { k: 4, x: -792 };
    const shown = domainOfTransform(t, fullDomain, [8, 373]);
    expect(shown).toEqual({ start: +base.invert((8 + 792) / 4), end: +base.invert((373 + 792) / 4) });
    expect(shown.start < band.start && shown.end > band.start).toBe(true);
    const back = transformForDomain(shown, fullDomain, [8, 373], limits);
    expect(back.k).toBeCloseTo(4, 6);
    expect(back.x).toBeCloseTo(t.x, 3);
  });
});
