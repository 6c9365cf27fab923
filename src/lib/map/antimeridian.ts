/**
 * Cuts polygons on the sphere into planar polygons that never cross the antimeridian, as the
 * map's planar Web Mercator (Leaflet's and the static SVG's) needs them: a ring that crosses
 * ±180° (Chukotka, Fiji, Wrangel Island) would otherwise be drawn with an edge straight across
 * the whole world, a band of land over the oceans. d3-geo's equirectangular projection does the
 * cutting on the sphere (`clipAntimeridian`); its scale and translation are chosen so that its
 * planar x and y are the longitude and the (negated) latitude in degrees, and its resampling is
 * off, so no vertex moves and none is added except where a ring meets the antimeridian.
 */
import { geoEquirectangular, geoStream, type GeoStream } from 'd3-geo';
import type { Position } from './geometry';

/**
 * The polygons (rings of [lon, lat], each closed) of `object`, cut at the antimeridian. The rings
 * of one input polygon stay together, holes included; each ring's winding is kept, so a hole
 * still winds against its outer ring.
 */
export function cutAtAntimeridian(object: GeoJSON.GeoJSON): Position[][][] {
  const projection = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);
  const polygons: Position[][][] = [];
  let rings: Position[][] = [];
  let ring: Position[] | null = null;
  const sink: GeoStream = {
    point(x, y) {
      ring?.push([x, y === 0 ? 0 : -y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const done = ring;
      ring = null;
      if (!done || done.length < 3) return;
      const [first, last] = [done[0]!, done[done.length - 1]!];
      if (first[0] !== last[0] || first[1] !== last[1]) done.push([first[0], first[1]]);
      if (done.length >= 4) rings.push(done);
    },
    polygonStart() {
      rings = [];
    },
    polygonEnd() {
      if (rings.length > 0) polygons.push(rings);
      rings = [];
    },
    sphere() {
      // The whole sphere is never drawn as land.
    },
  };
  geoStream(object as Parameters<typeof geoStream>[0], projection.stream(sink));
  return polygons;
}
