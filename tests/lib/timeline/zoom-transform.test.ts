import { describe, expect, it } from 'vitest';
import {
  clampScale,
  constrain,
  domainOfTransform,
  identityTransform,
  invertX,
  maxScaleAt,
  panBy,
  pinchTransform,
  transformForDomain,
  wheelFactor,
  zoomBy,
  zoomTo,
  type ZoomLimits,
} from '../../../src/lib/timeline/zoom-transform';
import { fullDomain, minimumSpan, namedRanges } from '../../../src/lib/timeline/ranges';
import { timeScaleOf } from '../../../src/lib/timeline/time-scale';

const limits: ZoomLimits = { scaleExtent: [1, 100], extent: [0, 1000], translateExtent: [0, 1000] };
const edges: [number, number] = [8, 992];

/** The base interval a transform shows in the viewport. */
const shown = (t: { k: number; x: number }): [number, number] => [invertX(t, limits.extent[0]), invertX(t, limits.extent[1])];

describe('clampScale', () => {
  it('clampScale keeps a scale inside the range and passes one inside it through', () => {
    expect(clampScale(0.2, limits)).toBe(1);
    expect(clampScale(500, limits)).toBe(100);
    expect(clampScale(7, limits)).toBe(7);
  });
});

describe('constrain', () => {
  it('constrain shifts a view that starts before the bounds back to their start', () => {
    const t = constrain({ k: 2, x: 300 }, limits);
    expect(t).toEqual({ k: 2, x: 0 });
    expect(shown(t)[0]).toBe(0);
  });

  it('constrain shifts a view that ends after the bounds back to their end', () => {
    const t = constrain({ k: 4, x: -5000 }, limits);
    expect(shown(t)[1]).toBeCloseTo(1000, 9);
    expect(t.x).toBeCloseTo(-3000, 9);
  });

  it('constrain leaves a view inside the bounds as it is', () => {
    const t = { k: 3, x: -700 };
    expect(constrain(t, limits)).toBe(t);
  });

  it('constrain centres bounds that are narrower than the view', () => {
    const t = constrain({ k: 0.5, x: 400 }, limits);
    const [a, b] = shown(t);
    expect((a + b) / 2).toBeCloseTo(500, 9);
  });
});

describe('zoomTo and zoomBy', () => {
  it('zoomTo keeps the base point under the pointer in place', () => {
    const start = { k: 2, x: -400 };
    const before = invertX(start, 250);
    const t = zoomTo(start, 5, 250, limits);
    expect(t.k).toBe(5);
    expect(invertX(t, 250)).toBeCloseTo(before, 9);
  });

  it('zoomTo clamps the scale to the limits', () => {
    expect(zoomTo(identityTransform, 1e6, 500, limits).k).toBe(100);
    expect(zoomTo({ k: 3, x: -1000 }, 0.01, 500, limits)).toEqual({ k: 1, x: 0 });
  });

  it('zoomBy zooms about the viewport centre by default', () => {
    const t = zoomBy(identityTransform, 2, limits);
    expect(t.k).toBe(2);
    expect(invertX(t, 500)).toBeCloseTo(500, 9);
  });

  it('zoomBy near an edge stays inside the bounds', () => {
    const t = zoomBy({ k: 2, x: 0 }, 1 / 1.5, limits, 10);
    expect(shown(t)[0]).toBeGreaterThanOrEqual(0);
    expect(shown(t)[1]).toBeLessThanOrEqual(1000 + 1e-9);
  });
});

describe('panBy', () => {
  it('panBy moves the view by screen pixels inside the bounds', () => {
    expect(panBy({ k: 4, x: -1500 }, 200, limits)).toEqual({ k: 4, x: -1300 });
  });

  it('panBy stops at the start and the end of the bounds', () => {
    expect(panBy({ k: 4, x: -100 }, 500, limits).x).toBe(0);
    expect(panBy({ k: 4, x: -2900 }, -500, limits).x).toBeCloseTo(-3000, 9);
  });

  it('panBy at scale 1 cannot move the whole period', () => {
    expect(panBy(identityTransform, 300, limits)).toEqual(identityTransform);
  });
});

describe('pinchTransform', () => {
  it('pinchTransform doubles the scale when the fingers move twice as far apart, keeping the midpoint', () => {
    const start = { k: 2, x: -500 };
    const t = pinchTransform(start, [{ x: 400, y: 50 }, { x: 600, y: 50 }], [{ x: 300, y: 50 }, { x: 700, y: 50 }], limits);
    expect(t.k).toBeCloseTo(4, 9);
    expect(invertX(t, 500)).toBeCloseTo(invertX(start, 500), 9);
  });

  it('pinchTransform pans when both fingers move the same way', () => {
    const start = { k: 4, x: -1500 };
    const t = pinchTransform(start, [{ x: 400, y: 0 }, { x: 600, y: 0 }], [{ x: 450, y: 0 }, { x: 650, y: 0 }], limits);
    expect(t).toEqual({ k: 4, x: -1450 });
  });

  it('pinchTransform with both fingers on one spot keeps the scale', () => {
    const t = pinchTransform({ k: 3, x: -600 }, [{ x: 500, y: 0 }, { x: 500, y: 0 }], [{ x: 520, y: 0 }, { x: 520, y: 0 }], limits);
    expect(t.k).toBe(3);
  });
});

describe('wheelFactor', () => {
  it('wheelFactor zooms in for a wheel turned up and out for one turned down, by the same amount', () => {
    expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0, false)).toBeLessThan(1);
    expect(wheelFactor(-100, 0, false) * wheelFactor(100, 0, false)).toBeCloseTo(1, 12);
  });

  it('wheelFactor counts lines, pages and a trackpad pinch (ctrlKey) more than pixels', () => {
    expect(wheelFactor(-100, 0, false)).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15, 12);
    expect(wheelFactor(-1, 2, false)).toBe(2);
    expect(wheelFactor(-10, 0, true)).toBeCloseTo(2 ** 0.2, 12);
  });
});

describe('domainOfTransform and transformForDomain', () => {
  const cap = maxScaleAt(fullDomain, edges, minimumSpan);
  const timeLimits: ZoomLimits = { scaleExtent: [1, cap(edges[0])], extent: [0, 1000], translateExtent: [0, 1000], maxScaleAt: cap };

  it('domainOfTransform of the identity is the whole period', () => {
    expect(domainOfTransform(identityTransform, fullDomain, edges)).toEqual(fullDomain);
  });

  it('transformForDomain shows the article range between the edges (round trip)', () => {
    const t = transformForDomain(namedRanges.article, fullDomain, edges, timeLimits);
    const d = domainOfTransform(t, fullDomain, edges);
    expect(d.start).toBeCloseTo(namedRanges.article.start, -3);
    expect(d.end).toBeCloseTo(namedRanges.article.end, -3);
  });

  it('transformForDomain of a span shorter than the minimum shows the minimum span from its start', () => {
    const day = 86_400_000;
    const start = namedRanges.article.start;
    const t = transformForDomain({ start, end: start + day }, fullDomain, edges, timeLimits);
    const d = domainOfTransform(t, fullDomain, edges);
    expect(d.end - d.start).toBeCloseTo(minimumSpan, -3);
    expect(d.start).toBeCloseTo(start, -3);
  });

  it('maxScaleAt stops a zoom at two weeks in the focus band as in 1994, though the band is drawn far wider', () => {
    const base = timeScaleOf(fullDomain, ...edges);
    for (const day of ['1994-05-05', '2023-10-01']) {
      const point = base(Date.parse(`${day}T00:00:00Z`));
      let t = identityTransform;
      for (let i = 0; i < 80; i++) t = zoomBy(t, 1.6, timeLimits, point);
      const d = domainOfTransform(t, fullDomain, edges);
      expect(d.end - d.start, day).toBeGreaterThan(minimumSpan * 0.9);
      expect(d.end - d.start, day).toBeLessThan(minimumSpan * 1.1);
    }
    // Zooming out again from the band is never held back.
    const point = base(Date.UTC(2023, 9, 1));
    const deep = transformForDomain({ start: Date.UTC(2023, 9, 1), end: Date.UTC(2023, 9, 15) }, fullDomain, edges, timeLimits);
    expect(zoomBy(deep, 1 / 1.6, timeLimits, point).k).toBeCloseTo(deep.k / 1.6, 6);
  });

  it('transformForDomain of a domain past the end of the period keeps the view inside it', () => {
    const t = transformForDomain({ start: fullDomain.end - 10 * minimumSpan, end: fullDomain.end + 10 * minimumSpan }, fullDomain, edges, timeLimits);
    const d = domainOfTransform(t, fullDomain, edges);
    // The view ends where the translate extent does, a few pixels past the period's end.
    expect(d.end).toBeLessThanOrEqual(+timeScaleOf(fullDomain, ...edges).invert(timeLimits.translateExtent[1]) + 1);
    expect(d.end - d.start).toBeCloseTo(20 * minimumSpan, -3);
  });
});
