import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian } from '../../../src/lib/map/antimeridian';

describe('cutAtAntimeridian', () => {
  it('cutAtAntimeridian(a polygon across ±180°) gives two closed rings, one on each side, with no edge across the map', () => {
    // A square from 170° E to 170° W, wound clockwise as d3-geo (and world-atlas) wind outer rings.
    const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[170, 60], [-170, 60], [-170, 50], [170, 50], [170, 60]]] };
    const polygons = cutAtAntimeridian(square);
    const rings = polygons.flat();
    expect(rings).toHaveLength(2);
    for (const ring of rings) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      const lons = ring.map((p) => p[0]);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(10 + 1e-9);
      for (const [, lat] of ring) expect(lat).toBeGreaterThanOrEqual(50 - 1e-9);
    }
    const sides = rings.map((ring) => Math.sign(ring.reduce((sum, p) => sum + p[0], 0))).sort();
    expect(sides).toEqual([-1, 1]);
  });

  it('cutAtAntimeridian(a polygon away from it) keeps its vertices where they are', () => {
    const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[40, 42], [46, 42], [46, 38], [40, 38], [40, 42]]] };
    const [rings] = cutAtAntimeridian(square);
    expect(rings).toHaveLength(1);
    const rounded = rings![0]!.map(([lon, lat]) => [Math.round(lon * 1e9) / 1e9, Math.round(lat * 1e9) / 1e9]);
    expect(new Set(rounded.map(String))).toEqual(new Set(square.coordinates[0]!.map(String)));
  });
});
