import { describe, expect, it } from 'vitest';
import type { ActorShape } from '../../../src/lib/encoding/actors';
import { markerPath, markerSymbols, symbolHexagon } from '../../../src/lib/encoding/markers';

/** The vertices a symbol draws (a circle as its radius), recorded through d3-shape's context protocol. */
function record(draw: (context: never, size: number) => void, size: number): { points: [number, number][]; radius?: number } {
  const points: [number, number][] = [];
  let radius: number | undefined;
  const context = {
    moveTo: (x: number, y: number) => points.push([x, y]),
    lineTo: (x: number, y: number) => points.push([x, y]),
    arc: (_x: number, _y: number, r: number) => (radius = r),
    rect: (x: number, y: number, w: number, h: number) => points.push([x, y], [x + w, y], [x + w, y + h], [x, y + h]),
    closePath: () => undefined,
  };
  draw(context as never, size);
  return { points, radius };
}

/** The area of a simple polygon (the shoelace formula). */
const polygonArea = (points: [number, number][]) => Math.abs(points.reduce((sum, [x, y], i) => {
  const [nx, ny] = points[(i + 1) % points.length]!;
  return sum + x * ny - nx * y;
}, 0)) / 2;

/** The vertices of a path of straight segments (M, L, h, v), as `markerPath` writes them. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLhv])([^MLhvZ]+)/g)) {
    const [a, b] = args!.split(',').map(Number) as [number, number];
    at = command === 'h' ? [at[0] + a, at[1]] : command === 'v' ? [at[0], at[1] + a] : [a, b];
    points.push(at);
  }
  return points;
}

const shapes = Object.keys(markerSymbols) as ActorShape[];

describe('marker symbols', () => {
  it('every shape has the area it is given, as d3-shape sizes its symbols', () => {
    for (const shape of shapes) {
      const { points, radius } = record(markerSymbols[shape].draw.bind(markerSymbols[shape]) as never, 100);
      const area = radius !== undefined ? Math.PI * radius * radius : polygonArea(points);
      expect(area, shape).toBeCloseTo(100, 6);
    }
  });

  it('the hexagon is regular, with two vertices on the horizontal axis', () => {
    const { points } = record(symbolHexagon.draw.bind(symbolHexagon) as never, 100);
    expect(points).toHaveLength(6);
    const radii = points.map(([x, y]) => Math.hypot(x, y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 9);
    expect(points.filter(([, y]) => Math.abs(y) < 1e-9)).toHaveLength(2);
  });

  it('every shape of radius r reaches at most 1.7 r from its centre, so the keys\' 16 px boxes hold those of radius 4.5', () => {
    for (const shape of shapes) {
      const { points, radius } = record(markerSymbols[shape].draw.bind(markerSymbols[shape]) as never, Math.PI * 4.5 * 4.5);
      const reach = radius ?? Math.max(...points.map(([x, y]) => Math.hypot(x, y)));
      expect(reach, shape).toBeLessThanOrEqual(1.7 * 4.5);
    }
  });

  it('markerPath(shape, r) draws every shape with the area of a circle of radius r, centred, to 0.1', () => {
    for (const shape of shapes.filter((s) => s !== 'circle')) {
      const d = markerPath(shape, 18);
      expect(d, shape).not.toMatch(/\d\.\d{2,}/);
      const points = pathPoints(d);
      expect(polygonArea(points) / (Math.PI * 18 * 18), shape).toBeCloseTo(1, 2);
      const centroidX = points.reduce((s, [x]) => s + x, 0) / points.length;
      expect(Math.abs(centroidX), shape).toBeLessThan(0.1);
    }
    expect(markerPath('circle', 18)).toMatch(/^M18,0A18,18/);
  });
});
