import { describe, expect, it } from 'vitest';
import { addMonths, deriveRelativeDate, lastDayOfMonth } from '../../../src/lib/pipeline/relative-dates';

const none = new Map<string, string>();

describe('deriveRelativeDate(relative, published)', () => {
  it('reads "Monday" in a Tuesday report as the day before, and "Tuesday" as the same day', () => {
    expect(deriveRelativeDate({ rule: 'weekday', weekday: 'monday' }, '2023-11-28', none)).toEqual({ kind: 'exact', date: '2023-11-27' });
    expect(deriveRelativeDate({ rule: 'weekday', weekday: 'tuesday' }, '2023-11-28', none)).toEqual({ kind: 'exact', date: '2023-11-28' });
    expect(deriveRelativeDate({ rule: 'weekday', weekday: 'wednesday' }, '2023-11-28', none)).toEqual({ kind: 'exact', date: '2023-11-22' });
  });

  it('reads a month after the publication month as last year', () => {
    expect(deriveRelativeDate({ rule: 'month', month: 9 }, '2023-11-28', none)).toEqual({ kind: 'window', earliest: '2023-09-01', latest: '2023-09-30' });
    expect(deriveRelativeDate({ rule: 'month', month: 12 }, '2024-01-05', none)).toEqual({ kind: 'window', earliest: '2023-12-01', latest: '2023-12-31' });
  });

  it('anchors "after the offensive" on the end of that event, within the given days', () => {
    const ends = new Map([['offensive', '2023-09-20']]);
    expect(deriveRelativeDate({ rule: 'after-event', event: 'offensive', withinDays: 14 }, '2023-11-28', ends)).toEqual({ kind: 'window', earliest: '2023-09-20', latest: '2023-10-04' });
    expect(deriveRelativeDate({ rule: 'after-event', event: 'missing' }, '2023-11-28', ends)).toEqual({ kind: 'error', message: 'relative date refers to unknown event "missing"' });
  });

  it('reads "in recent months" as up to the report', () => {
    expect(deriveRelativeDate({ rule: 'before-publication', withinMonths: 3 }, '2023-11-28', none)).toEqual({ kind: 'window', earliest: '2023-08-28', latest: '2023-11-28' });
  });
});

describe('calendar helpers', () => {
  it('addMonths keeps the day where the month has it and clamps where it does not', () => {
    expect(addMonths('2023-11-30', -9)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
  it('lastDayOfMonth knows leap years', () => {
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02-10')).toBe('2023-02-28');
  });
});
