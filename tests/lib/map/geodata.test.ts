import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { polygonContains, type Position } from '../../../src/lib/map/geometry';
import { countryAt } from '../../../src/lib/map/model';
import type { DataPlace } from '../../../src/lib/data/types';

// Reads what `npm run data` wrote; the test fails (no file) if the geodata step did not run.
const geoDir = 'src/generated/geo';
const region = JSON.parse(readFileSync(`${geoDir}/region.topo.json`, 'utf8')) as Topology;
const places = JSON.parse(readFileSync('src/generated/data/places.json', 'utf8')) as DataPlace[];
const countries = feature(region, region.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
const karabakh = feature(region, region.objects.karabakh as GeometryCollection) as GeoJSON.FeatureCollection;
const at = (id: string): Position => {
  const p = places.find((place) => place.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return [p.lon, p.lat];
};

describe('prepared geodata', () => {
  it('region.topo.json and world.topo.json together stay within 30 KB gzipped, as they travel', () => {
    const gzipped = ['region', 'world'].map((name) => gzipSync(readFileSync(`${geoDir}/${name}.topo.json`)).length);
    expect(gzipped.every((bytes) => bytes > 0)).toBe(true);
    expect(gzipped[0]! + gzipped[1]!).toBeLessThanOrEqual(30 * 1024);
  });

  it('region.topo.json keeps exactly the six countries of the region', () => {
    expect(countries.features.map((f) => f.id).sort()).toEqual(['031', '051', '268', '364', '643', '792']);
  });

  it.each(['yerevan', 'goris'])('countryAt(%s) is Armenia (051)', (id) => {
    expect(countryAt(countries, at(id))).toEqual(['051']);
  });

  it.each(['baku', 'khankendi-stepanakert', 'shusha-shushi', 'lachin-berdzor'])('countryAt(%s) is Azerbaijan (031), as drawn', (id) => {
    expect(countryAt(countries, at(id))).toEqual(['031']);
  });

  it('countryAt(nakhchivan) is Azerbaijan: the geodata keeps the exclave', () => {
    expect(countryAt(countries, at('nakhchivan'))).toEqual(['031']);
    const azerbaijan = countries.features.find((f) => f.id === '031')!;
    expect(azerbaijan.geometry.type).toBe('MultiPolygon');
  });

  it('Kornidzor counts as Armenia by its data, because the generalised border runs east of it', () => {
    // Kornidzor lies about 400 m from the border; at this resolution the line puts it inside
    // Azerbaijan's polygon. The map labels it by the data's `country`, so the test checks both.
    const kornidzor = places.find((p) => p.id === 'kornidzor')!;
    expect(kornidzor.country).toBe('051');
    expect(countryAt(countries, at('kornidzor'))).toEqual(['031']);
  });

  it('the Karabakh outline contains Khankendi/Stepanakert and Shusha/Shushi but not Goris or Baku', () => {
    const outline = karabakh.features[0]!.geometry as GeoJSON.MultiPolygon;
    expect(polygonContains(outline, at('khankendi-stepanakert'))).toBe(true);
    expect(polygonContains(outline, at('shusha-shushi'))).toBe(true);
    expect(polygonContains(outline, at('goris'))).toBe(false);
    expect(polygonContains(outline, at('baku'))).toBe(false);
  });

  it('world.topo.json has no edge across the antimeridian and no band along the box\'s edge: the planar map draws no seam over the oceans', () => {
    const world = JSON.parse(readFileSync(`${geoDir}/world.topo.json`, 'utf8')) as Topology;
    const land = feature(world, world.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
    const rings = land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as GeoJSON.MultiPolygon).coordinates).flat());
    expect(rings.length).toBeGreaterThan(50);
    const widest = Math.max(...rings.flatMap((ring) => ring.slice(1).map((p, i) => Math.abs(p[0]! - ring[i]![0]!))));
    expect(widest).toBeLessThan(60);
    // Antarctica lies south of the box: it is left out, not pressed flat onto the box's southern edge.
    expect(rings.every((ring) => ring.some((p) => p[1]! > -58))).toBe(true);
  });
});
