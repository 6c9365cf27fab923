import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayStart, spanDomain, spanOfDomain } from '../../../src/lib/timeline/ranges';

const DAY = 86_400_000;
const bounds = ['1988-02-20', '2024-01-01'] as const;
const day = fc.integer({ min: dayStart(bounds[0]) / DAY, max: dayStart(bounds[1]) / DAY }).map((n) => new Date(n * DAY).toISOString().slice(0, 10));

describe('spanOfDomain(domain) and spanDomain(span)', () => {
  it('spanDomain(2023-09-19, 2023-10-03) covers both days whole', () => {
    expect(spanDomain(['2023-09-19', '2023-10-03'])).toEqual({ start: Date.UTC(2023, 8, 19), end: Date.UTC(2023, 9, 4) });
  });

  it('round-trips every span of the bounds: span → domain → span gives the same days', () => {
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 2, maxLength: 2 }), (days) => {
        const span = [...days].sort() as [string, string];
        expect(spanOfDomain(spanDomain(span), bounds)).toEqual(span);
      }),
    );
  });

  it('writes a zoomed domain as the days nearest its ends, within the bounds, so it reloads within half a day of each end', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayStart('1987-06-01'), max: dayStart('2024-06-01') }), fc.integer({ min: 14 * DAY, max: 3000 * DAY }), (start, length) => {
        const span = spanOfDomain({ start, end: start + length }, bounds);
        if (!span) return;
        expect(span[0] < span[1]).toBe(true);
        expect(span[0] >= bounds[0] && span[1] <= bounds[1]).toBe(true);
        const back = spanDomain(span);
        if (span[0] > bounds[0]) expect(Math.abs(back.start - start)).toBeLessThanOrEqual(DAY / 2);
        if (span[1] < bounds[1]) expect(Math.abs(back.end - (start + length))).toBeLessThanOrEqual(DAY / 2);
      }),
    );
  });

  it('gives no span when less than a day of the domain lies within the bounds', () => {
    expect(spanOfDomain({ start: dayStart('2024-03-01'), end: dayStart('2024-04-01') }, bounds)).toBeUndefined();
  });
});
