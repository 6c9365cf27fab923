import { toneChartPaths } from '../../../src/lib/graph/tone-chart';
import { describe, expect, it } from 'vitest';
import { addDays, graphStateAt, nearestSnapDate, snapDates, type GraphData } from '../../../src/lib/graph/graph-state';
import { smallGraph } from '../../fixtures/graph/small';

const edge = (date: string, id: string, data: GraphData = smallGraph) => graphStateAt(date, data).edges.find((e) => e.id === id);

describe('graphStateAt', () => {
  it('graphStateAt(date) includes a relation on its first and last day and not a day outside', () => {
    expect(edge('2023-02-01', 'b--c')?.relationId).toBe('bc-support');
    expect(edge('2023-02-28', 'b--c')?.relationId).toBe('bc-support');
    expect(edge('2023-01-31', 'b--c')).toBeUndefined();
    expect(edge('2023-03-01', 'b--c')).toBeUndefined();
  });

  it('graphStateAt(date) on the day two relations of a pair overlap lists both and lets the later one set tone and kind', () => {
    const e = edge('2023-03-31', 'a--b');
    expect(e?.relationIds).toEqual(['ab-friendly', 'ab-strained']);
    expect(e?.kind).toBe('strained');
    expect(e?.tone).toBe(-1);
    expect(edge('2023-03-30', 'a--b')?.kind).toBe('friendly');
  });

  it('graphStateAt(date) counts an event of a spokesperson for the state it speaks for, inside the window only', () => {
    expect(edge('2023-04-10', 'a--b')).toMatchObject({ weight: 1, eventIds: ['call'], towardB: true, towardA: false });
    expect(edge('2023-03-20', 'a--b')?.eventIds).toEqual(['call']);
    expect(edge('2023-03-19', 'a--b')?.eventIds).toEqual([]);
    expect(edge('2023-05-01', 'a--b')).toMatchObject({ weight: 0, eventIds: [], towardB: false });
  });

  it('graphStateAt(date) keeps a long event while it overlaps the window and gives an events-only pair its CAMEO tone', () => {
    const during = edge('2023-04-10', 'a--c');
    expect(during).toMatchObject({ kind: 'events', tone: -2, eventIds: ['long-pressure'], towardA: true, towardB: false });
    expect(during?.relationId).toBeUndefined();
    expect(edge('2023-04-14', 'a--c')?.eventIds).toEqual(['long-pressure']);
    expect(edge('2023-04-15', 'a--c')).toBeUndefined();
  });

  it('graphStateAt(date) ignores events within one node, undirected events and actors that are no node', () => {
    const state = graphStateAt('2023-03-20', smallGraph);
    expect(state.nodes).toEqual(['a', 'b', 'c']);
    expect(state.edges.map((e) => e.id)).toEqual(['a--b', 'a--c']);
    expect(state.edges.flatMap((e) => e.eventIds)).not.toContain('self-talk');
  });

  it('graphStateAt(date, {windowDays}) widens or narrows the event window', () => {
    expect(graphStateAt('2023-04-10', smallGraph, { windowDays: 10 }).edges.find((e) => e.id === 'a--b')?.eventIds).toEqual([]);
    expect(graphStateAt('2023-04-10', smallGraph, { windowDays: 21 }).windowStart).toBe('2023-03-20');
  });

  it('graphStateAt(date) marks the direction of a directed relation', () => {
    expect(edge('2023-02-10', 'b--c')).toMatchObject({ towardB: true, towardA: false, tone: 2, kind: 'support' });
  });
});

describe('snap dates', () => {
  it('snapDates(data) lists relation starts and ends and event starts between nodes, sorted and unique', () => {
    expect(snapDates(smallGraph)).toEqual(['2023-01-01', '2023-02-01', '2023-02-28', '2023-03-20', '2023-03-31', '2023-06-30']);
  });

  it('nearestSnapDate(date) picks the closest date, the earlier on a tie', () => {
    const dates = ['2023-01-01', '2023-01-11'];
    expect(nearestSnapDate('2023-01-03', dates)).toBe('2023-01-01');
    expect(nearestSnapDate('2023-01-06', dates)).toBe('2023-01-01');
    expect(nearestSnapDate('2023-01-07', dates)).toBe('2023-01-11');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('toneChartPaths(chart)', () => {
  it('draws each bar as a closed rectangle in its tone class, one path per class', () => {
    const bars = [
      { index: 0, x: 1, y: 2, width: 3, height: 4, toneClass: 'tone-p1' },
      { index: 1, x: 5, y: 2, width: 3, height: 4, toneClass: 'tone-m1' },
      { index: 2, x: 9, y: 2, width: 3, height: 4, toneClass: 'tone-p1' },
    ];
    expect(toneChartPaths({ bars })).toEqual([
      { toneClass: 'tone-p1', d: 'M1 2h3v4h-3zM9 2h3v4h-3z' },
      { toneClass: 'tone-m1', d: 'M5 2h3v4h-3z' },
    ]);
  });
});
