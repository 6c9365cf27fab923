import { describe, expect, it } from 'vitest';
import { breakPercent, nearestPositionIndex, SLIDER_MAX, sliderPositions } from '../../../src/lib/graph/slider-scale';

const options = { breakDate: '2023-01-01', backgroundShare: 0.25, gap: 20 };

describe('sliderPositions(dates)', () => {
  it('places dates in time, not one step apart: within a stretch, twice the days is twice the distance', () => {
    const p = sliderPositions(['2023-01-01', '2023-02-01', '2023-04-03', '2024-01-01'], options);
    expect(p[0]).toBe(0);
    expect(p[3]).toBe(SLIDER_MAX);
    expect((p[2]! - p[0]!) / (p[1]! - p[0]!)).toBeCloseTo(3, 1);
  });

  it('gives the background before the break the first quarter, with a gap before the break', () => {
    const p = sliderPositions(['1988-02-20', '2020-11-10', '2023-01-01', '2023-11-27', '2024-01-01'], options);
    expect(p[0]).toBe(0);
    expect(p[1]).toBeLessThanOrEqual(230);
    expect(p[2]).toBe(250);
    expect(p[4]).toBe(SLIDER_MAX);
  });

  it('keeps dates a day apart on distinct, increasing positions, and the last at the end', () => {
    const dates = ['2023-01-01', ...Array.from({ length: 40 }, (_, i) => `2023-12-${String(i % 31 + 1).padStart(2, '0')}`).slice(0, 31), '2023-12-31'];
    const unique = [...new Set(dates)].sort();
    const p = sliderPositions(unique, { ...options, breakDate: '2000-01-01' });
    for (let i = 1; i < p.length; i++) expect(p[i]!).toBeGreaterThan(p[i - 1]!);
    expect(p[p.length - 1]).toBe(SLIDER_MAX);
  });

  it('draws one linear stretch when all dates lie on one side of the break', () => {
    expect(sliderPositions(['2023-02-01', '2023-03-01'], options)).toEqual([0, SLIDER_MAX]);
    expect(breakPercent(['2023-02-01', '2023-03-01'], options)).toBeUndefined();
    expect(sliderPositions(['2023-02-01'], options)).toEqual([0]);
  });
});

describe('nearestPositionIndex(positions, value)', () => {
  it('snaps to the nearest date, the earlier on a tie', () => {
    expect(nearestPositionIndex([0, 100, 300], 190)).toBe(1);
    expect(nearestPositionIndex([0, 100, 300], 200)).toBe(1);
    expect(nearestPositionIndex([0, 100, 300], 260)).toBe(2);
  });
});
