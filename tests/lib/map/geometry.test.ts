import { describe, expect, it } from 'vitest';
import { clampLineToBox, cutLineToBox, polygonContains, ringContains, simplifyLine, type Position } from '../../../src/lib/map/geometry';

const box = [0, 0, 10, 10] as const;

describe('geometry', () => {
  it('clampLineToBox(line) keeps the end points and moves outside vertices onto the edge', () => {
    const out = clampLineToBox([[5, 5], [15, 5], [5, 6]], box);
    expect(out[0]).toEqual([5, 5]);
    expect(out[out.length - 1]).toEqual([5, 6]);
    expect(out.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
    expect(out).toContainEqual([10, 5]);
  });

  it('cutLineToBox(line) returns only the pieces inside, split at the edge', () => {
    const pieces = cutLineToBox([[-5, 5], [5, 5], [15, 5], [15, 8], [5, 8]], box);
    expect(pieces).toEqual([[[0, 5], [5, 5], [10, 5]], [[10, 8], [5, 8]]]);
  });

  it('cutLineToBox(line) keeps a segment that crosses the box between two outside points', () => {
    expect(cutLineToBox([[-5, 5], [15, 5]], box)).toEqual([[[0, 5], [10, 5]]]);
  });

  it('simplifyLine(line, tolerance) drops near-collinear vertices and keeps the ends', () => {
    const line: Position[] = [[0, 0], [1, 0.01], [2, 0], [3, 1], [4, 0]];
    expect(simplifyLine(line, 0.1)).toEqual([[0, 0], [2, 0], [3, 1], [4, 0]]);
  });

  it('ringContains and polygonContains respect holes', () => {
    const outer: Position[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole: Position[] = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];
    expect(ringContains(outer, [5, 5])).toBe(true);
    expect(polygonContains({ type: 'Polygon', coordinates: [outer, hole] }, [5, 5])).toBe(false);
    expect(polygonContains({ type: 'Polygon', coordinates: [outer, hole] }, [2, 2])).toBe(true);
    expect(polygonContains({ type: 'MultiPolygon', coordinates: [[outer]] }, [12, 2])).toBe(false);
  });
});
