/**
 * The static map's layout: projects the geodata and the map's features with d3-geo into SVG
 * path strings and positions, for the SVG that readers without JavaScript, printers and image
 * export get. The projection is planar Web Mercator (straight lines between vertices), the
 * same as Leaflet's, so the static map and the live one agree.
 */
import { geoClipRectangle, geoPath, geoTransform, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from './geometry';
import type { MapEvent, MapPlace, MapRelation } from './features';
import { estimateTextWidth } from '../timeline/text-width';

/** [[south, west], [north, east]], as Leaflet writes bounds. */
export type LatLonBounds = [[number, number], [number, number]];

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A planar Web Mercator fitted to bounds at a width; returns the projection of a point and the height. */
export function fitMercator(bounds: LatLonBounds, width: number) {
  const [[south, west], [north, east]] = bounds;
  const kx = width / (((east - west) * Math.PI) / 180);
  const height = Math.round(kx * (mercatorY(north) - mercatorY(south)));
  const project = ([lon, lat]: Position): [number, number] => [((lon - west) * Math.PI) / 180 * kx, (mercatorY(north) - mercatorY(lat)) * kx];
  /** Pixels per kilometre along the parallel at `lat`. */
  const pixelsPerKm = (lat: number) => kx / (6371.0088 * Math.cos((lat * Math.PI) / 180));
  return { project, height, pixelsPerKm };
}

/** A country's label. */
export interface CountryLabel {
  id: string;
  name: string;
  /** [lon, lat]. */
  position: Position;
}

/** Everything the static map draws. */
export interface StaticMapInput {
  region: Topology;
  world: Topology;
  places: MapPlace[];
  events: MapEvent[];
  route: Position[];
  relations: MapRelation[];
  countryLabels: CountryLabel[];
  /** [lon, lat] of the Karabakh outline's label. */
  karabakhLabelAt: Position;
  regionBounds: LatLonBounds;
  worldBounds: LatLonBounds;
  width: number;
}

/** A point mark: pixel position and label position. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
  lx: number;
  ly: number;
}

/** One panel (the region or the world) of the static map. */
export interface StaticPanel {
  width: number;
  height: number;
}

/** The laid-out static map: path strings and positions, rounded to 0.1 px. */
export interface StaticMapLayout {
  region: StaticPanel & {
    countries: { id: string; d: string; focus: boolean }[];
    borders: string;
    karabakh: string;
    karabakhLabel: { x: number; y: number };
    route: string;
    routeArrows: { x: number; y: number; angle: number }[];
    places: PlacedLabel[];
    /** Where a view narrower than the panel centres: the middle of the route's places with their labels. */
    routeCentreX: number;
    events: { id: string; x: number; y: number; number: number }[];
    countryLabels: PlacedLabel[];
    scaleBar: { x: number; y: number; width: number; km: number };
  };
  world: StaticPanel & {
    land: string;
    relations: { id: string; d: string; toneVariable: string; dash: string; beyondEvidence: boolean; mid: { x: number; y: number } }[];
    capitals: PlacedLabel[];
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A path generator for a planar projection, clipped to the frame (plus a margin) so the page
 * carries no geometry that lies outside the picture; whole pixels are precise enough here.
 */
function pathFor(project: (p: Position) => [number, number], width: number, height: number) {
  const transform = geoTransform({
    point(lon, lat) {
      const [x, y] = project([lon, lat]);
      this.stream.point(x, y);
    },
  });
  const clip = geoClipRectangle(-8, -8, width + 8, height + 8);
  return geoPath({ stream: (output: GeoStream) => transform.stream!(clip(output)) }).digits(0);
}

function lineD(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
}

function placeLabel(id: string, [x, y]: [number, number], text: string, place: MapPlace | undefined): PlacedLabel {
  const side = place?.labelPlacement.side ?? 'right';
  const dy = place?.labelPlacement.dy ?? 0;
  return { id, x: round(x), y: round(y), text, anchor: side === 'left' ? 'end' : 'start', lx: round(x + (side === 'left' ? -8 : 8)), ly: round(y + dy + 4) };
}

/** The size of the static map's place labels, in panel pixels. */
const placeLabelSize = 13;

/**
 * The middle of the horizontal extent of the places that lie on a route, their dots and their
 * labels (widths estimated); the middle of the panel when no place lies on it.
 */
export function routeCentreX(places: readonly PlacedLabel[], routePoints: readonly [number, number][], panelWidth: number): number {
  const onRoute = places.filter((p) => routePoints.some(([x, y]) => round(x) === p.x && round(y) === p.y));
  if (onRoute.length === 0) return panelWidth / 2;
  const dot = 4.5;
  const edges = onRoute.flatMap((p) => {
    const label = estimateTextWidth(p.text, placeLabelSize);
    const [from, to] = p.anchor === 'end' ? [p.lx - label, p.lx] : p.anchor === 'start' ? [p.lx, p.lx + label] : [p.lx - label / 2, p.lx + label / 2];
    return [from, to, p.x - dot, p.x + dot];
  });
  return round((Math.min(...edges) + Math.max(...edges)) / 2);
}

/** A round number of kilometres whose bar is at most `maxPixels` long. */
export function scaleBarKm(pixelsPerKm: number, maxPixels: number): number {
  const steps = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];
  return steps.filter((km) => km * pixelsPerKm <= maxPixels).pop() ?? steps[0]!;
}

/** Lays out the static map: the region panel and the zoomed-out world panel. */
export function layoutStaticMap(input: StaticMapInput): StaticMapLayout {
  const r = fitMercator(input.regionBounds, input.width);
  const path = pathFor(r.project, input.width, r.height);
  const countries = feature(input.region, input.region.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
  const borders = mesh(input.region, input.region.objects.countries as GeometryCollection, (a, b) => a !== b);
  const karabakh = feature(input.region, input.region.objects.karabakh as GeometryCollection) as GeoJSON.FeatureCollection;
  const routePoints = input.route.map(r.project);
  const routeArrows = routePoints.slice(1).map((b, i) => {
    const a = routePoints[i]!;
    return { x: round((a[0] + b[0]) / 2), y: round((a[1] + b[1]) / 2), angle: Math.round((Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI) };
  });
  const regional = input.places.filter((p) => !p.farAway);
  const regionPlaces = regional.map((p) => placeLabel(p.id, r.project(p.position), p.label, p));
  const [labelX, labelY] = r.project(input.karabakhLabelAt);
  const centreLat = (input.regionBounds[0][0] + input.regionBounds[1][0]) / 2;
  const km = scaleBarKm(r.pixelsPerKm(centreLat), 120);

  const w = fitMercator(input.worldBounds, input.width);
  const worldPath = pathFor(w.project, input.width, w.height);
  const land = feature(input.world, input.world.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
  const capitals = input.places.filter((p) => ['washington', 'moscow', 'baku', 'yerevan'].includes(p.id));

  return {
    region: {
      width: input.width,
      height: r.height,
      countries: countries.features.map((f) => ({ id: String(f.id), d: path(f) ?? '', focus: f.id === '051' || f.id === '031' })),
      borders: path(borders) ?? '',
      karabakh: path(karabakh) ?? '',
      karabakhLabel: { x: round(labelX), y: round(labelY) },
      route: lineD(routePoints),
      routeArrows,
      places: regionPlaces,
      routeCentreX: routeCentreX(regionPlaces, routePoints, input.width),
      events: input.events
        .filter((e) => regional.some((p) => p.position[0] === e.position[0] && p.position[1] === e.position[1]) || e.place === 'nagorno-karabakh')
        .map((e) => {
          const [x, y] = r.project(e.position);
          return { id: e.id, x: round(x + e.offset[0]), y: round(y + e.offset[1]), number: e.number };
        }),
      countryLabels: input.countryLabels.map((c) => {
        const [x, y] = r.project(c.position);
        return { id: c.id, x: round(x), y: round(y), text: c.name, anchor: 'middle' as const, lx: round(x), ly: round(y) };
      }),
      scaleBar: { x: 16, y: r.height - 20, width: round(km * r.pixelsPerKm(centreLat)), km },
    },
    world: {
      width: input.width,
      height: w.height,
      land: worldPath(land) ?? '',
      relations: input.relations.map((rel) => {
        const points = rel.line.map(w.project);
        const mid = points[Math.floor(points.length / 2)]!;
        return { id: rel.id, d: lineD(points), toneVariable: rel.toneVariable, dash: rel.dash, beyondEvidence: rel.beyondEvidence, mid: { x: round(mid[0]), y: round(mid[1]) } };
      }),
      capitals: capitals.map((p) => placeLabel(p.id, w.project(p.position), p.label, { ...p, labelPlacement: p.id === 'baku' ? { side: 'right', dy: 0 } : p.labelPlacement })),
    },
  };
}
