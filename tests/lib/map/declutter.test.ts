import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside, clusterTargets, labelsToShow, type ScreenBox } from '../../../src/lib/map/declutter';

const box = (left: number, top: number, width: number, height: number): ScreenBox => ({ left, top, right: left + width, bottom: top + height });
const frame = box(0, 0, 300, 200);

describe('boxesOverlap and boxInside', () => {
  it('counts an overlap only beyond the slack', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(9.5, 0, 10, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(8, 0, 10, 10))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(8, 9.5, 10, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 20, 10, 10), 0)).toBe(false);
  });

  it('tells a box inside the frame from one the edge cuts', () => {
    expect(boxInside(box(0, 0, 300, 200), frame)).toBe(true);
    expect(boxInside(box(-0.5, 10, 20, 10), frame)).toBe(true);
    expect(boxInside(box(290, 10, 20, 10), frame)).toBe(false);
    expect(boxInside(box(10, -5, 20, 10), frame)).toBe(false);
  });
});

describe('labelsToShow', () => {
  it('keeps every label that has room', () => {
    const labels = [
      { key: 'a', box: box(10, 10, 50, 14), rank: 0 },
      { key: 'b', box: box(10, 40, 50, 14), rank: 1 },
    ];
    expect([...labelsToShow(labels, [], frame)].sort()).toEqual(['a', 'b']);
  });

  it('lets the higher rank win an overlap, whatever the order given', () => {
    const major = { key: 'major', box: box(10, 10, 80, 14), rank: 0 };
    const minor = { key: 'minor', box: box(60, 16, 80, 14), rank: 4 };
    expect([...labelsToShow([minor, major], [], frame)]).toEqual(['major']);
    expect([...labelsToShow([major, minor], [], frame)]).toEqual(['major']);
  });

  it('keeps the first of two labels of the same rank that overlap', () => {
    const first = { key: 'first', box: box(10, 10, 80, 14), rank: 1 };
    const second = { key: 'second', box: box(50, 12, 80, 14), rank: 1 };
    expect([...labelsToShow([first, second], [], frame)]).toEqual(['first']);
    expect([...labelsToShow([second, first], [], frame)]).toEqual(['second']);
  });

  it('hides a label on a marker or a control, and one the frame cuts', () => {
    const labels = [
      { key: 'on-marker', box: box(10, 10, 60, 14), rank: 0 },
      { key: 'cut', box: box(260, 50, 60, 14), rank: 0 },
      { key: 'clear', box: box(100, 100, 60, 14), rank: 5 },
    ];
    expect([...labelsToShow(labels, [box(40, 5, 18, 18)], frame)]).toEqual(['clear']);
  });

  it('does not let a hidden label push out a lower one', () => {
    const hidden = { key: 'hidden', box: box(10, 10, 100, 14), rank: 0 };
    const lower = { key: 'lower', box: box(90, 12, 60, 14), rank: 3 };
    // The obstacle takes out the first label; the lower one, clear of the obstacle, stays.
    expect([...labelsToShow([hidden, lower], [box(20, 8, 18, 18)], frame)]).toEqual(['lower']);
  });
});

describe('clusterTargets', () => {
  const at = (key: string, x: number, y: number, rank: number) => ({ key, centre: { x, y }, rank });

  it('clusterTargets(two targets closer than the spacing) gives one cluster, the more important first, whatever their order', () => {
    const [cluster, ...rest] = clusterTargets([at('shusha', 100, 108, 2), at('khankendi', 100, 100, 1)]);
    expect(rest).toEqual([]);
    expect(cluster!.keys).toEqual(['khankendi', 'shusha']);
    // The control covers both centres with half the spacing to spare.
    expect(cluster!.box).toEqual({ left: 88, top: 88, right: 112, bottom: 120 });
  });
  it('measures the spacing as a distance: 24 px apart along a diagonal is enough, 23 is not', () => {
    expect(clusterTargets([at('a', 0, 0, 0), at('b', 14.4, 19.2, 1)])).toEqual([]);
    expect(clusterTargets([at('a', 0, 0, 0), at('b', 13.8, 18.4, 1)]).map((c) => c.keys)).toEqual([['a', 'b']]);
  });
  it('chains: a target close to a member joins its cluster; a row 24 px apart stays apart', () => {
    expect(clusterTargets([at('a', 0, 0, 0), at('b', 20, 0, 1), at('c', 40, 0, 2)]).map((c) => c.keys)).toEqual([['a', 'b', 'c']]);
    expect(clusterTargets([at('a', 0, 0, 3), at('b', 24, 0, 3), at('c', 48, 0, 3)])).toEqual([]);
  });
  it('takes in a target that its control would cover, and leaves every other target\'s centre outside the controls', () => {
    // a and b are 20 px apart along x; c lies 22 px from each, below the middle, inside the widened box.
    const clusters = clusterTargets([at('a', 0, 0, 0), at('b', 20, 0, 0), at('c', 10, 10.5, 1), at('far', 60, 0, 1)]);
    expect(clusters.map((c) => c.keys)).toEqual([['a', 'b', 'c']]);
    const box = clusters[0]!.box;
    expect(60 > box.right).toBe(true);
  });
  it('takes another spacing when asked', () => {
    expect(clusterTargets([at('a', 0, 0, 0), at('b', 30, 0, 1)], 44).map((c) => c.keys)).toEqual([['a', 'b']]);
  });
});
