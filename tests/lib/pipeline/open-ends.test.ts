import { describe, expect, it } from 'vitest';
import { drawnEnds, periodEndOf, type OpenEndInput } from '../../../src/lib/pipeline/open-ends';

const rel = (id: string, from: string, to: string, start: string, end: string, openEnd = false): OpenEndInput => ({ id, from, to, openEnd, date: { start, end } });

describe('drawnEnds(relations, periodEnd)', () => {
  it('draws a closed relation to its last evidence', () => {
    expect(drawnEnds([rel('a', 'x', 'y', '2023-01-01', '2023-02-01')], '2024-01-01').get('a')).toBe('2023-02-01');
  });

  it('draws an open end on to the end of the period when nothing replaces it', () => {
    expect(drawnEnds([rel('a', 'x', 'y', '2023-01-01', '2023-02-01', true)], '2024-01-01').get('a')).toBe('2024-01-01');
  });

  it('draws an open end to the start of the next record of the same pair, in either direction', () => {
    const ends = drawnEnds([rel('a', 'x', 'y', '2023-01-01', '2023-02-01', true), rel('b', 'y', 'x', '2023-03-01', '2023-04-01')], '2024-01-01');
    expect(ends.get('a')).toBe('2023-03-01');
    expect(ends.get('b')).toBe('2023-04-01');
  });

  it('lets a record that starts while the open one is attested stand beside it', () => {
    const ends = drawnEnds([rel('ally', 'x', 'y', '1992-05-15', '2023-11-28', true), rel('distancing', 'x', 'y', '2023-08-28', '2023-11-28', true)], '2024-01-01');
    expect(ends.get('ally')).toBe('2024-01-01');
    expect(ends.get('distancing')).toBe('2024-01-01');
  });

  it('ignores records of other pairs', () => {
    expect(drawnEnds([rel('a', 'x', 'y', '2023-01-01', '2023-02-01', true), rel('b', 'x', 'z', '2023-03-01', '2023-04-01')], '2024-01-01').get('a')).toBe('2024-01-01');
  });

  it('never draws an open end shorter than its evidence', () => {
    expect(drawnEnds([rel('a', 'x', 'y', '2023-01-01', '2024-06-01', true)], '2024-01-01').get('a')).toBe('2024-06-01');
  });
});

describe('periodEndOf(records)', () => {
  it('is the latest day any record names', () => {
    expect(periodEndOf([{ date: { start: '2023-01-01', end: '2023-02-01' } }, { date: { start: '2024-01-01', end: '2024-01-01' } }])).toBe('2024-01-01');
  });
});
