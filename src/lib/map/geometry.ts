/**
 * Small planar geometry for the map's geodata: clipping lines to a box, Douglas–Peucker
 * simplification, quantisation and point-in-polygon. Coordinates are [lon, lat] in degrees and
 * are treated as planar, as Leaflet's Web Mercator and the static SVG draw them (straight lines
 * between vertices), so a test on these coordinates matches what the reader sees.
 */

/** A [lon, lat] position. */
export type Position = [number, number];
/** A box as [west, south, east, north]. */
export type Box = readonly [number, number, number, number];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const inside = (p: Position, box: Box) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];

/** Where segment a→b crosses the box's edges, as parameters t in (0, 1), sorted. */
function crossings(a: Position, b: Position, box: Box): number[] {
  const ts: number[] = [];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const x of [box[0], box[2]]) if (dx !== 0) ts.push((x - a[0]) / dx);
  for (const y of [box[1], box[3]]) if (dy !== 0) ts.push((y - a[1]) / dy);
  return ts.filter((t) => t > 0 && t < 1).sort((p, q) => p - q);
}

/**
 * Clips a line (an arc of a polygon ring) to a box by adding a vertex wherever it crosses the
 * box's edge and moving every outside vertex onto the edge. Unlike cutting the line, this
 * keeps its end points (so rings that share it stay closed and neighbours stay in step); the
 * parts outside collapse onto the box's edge, where the map's frame hides them.
 */
export function clampLineToBox(line: readonly Position[], box: Box): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    if (i > 0) {
      const a = line[i - 1]!;
      for (const t of crossings(a, p, box)) out.push([a[0] + t * (p[0] - a[0]), a[1] + t * (p[1] - a[1])]);
    }
    out.push(p);
  }
  return out.map((p) => [clamp(p[0], box[0], box[2]), clamp(p[1], box[1], box[3])] as Position);
}

/** Cuts a line into the pieces that lie inside a box (for lines that need not stay closed). */
export function cutLineToBox(line: readonly Position[], box: Box): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  const flush = () => {
    if (current.length > 1) pieces.push(current);
    current = [];
  };
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    if (i > 0) {
      const a = line[i - 1]!;
      let previous = a;
      for (const t of crossings(a, p, box)) {
        const q: Position = [a[0] + t * (p[0] - a[0]), a[1] + t * (p[1] - a[1])];
        const mid: Position = [(previous[0] + q[0]) / 2, (previous[1] + q[1]) / 2];
        if (inside(mid, box)) { current.push(q); flush(); } else { current = [q]; }
        previous = q;
      }
    }
    if (inside(p, box)) current.push(p);
    else flush();
  }
  flush();
  return pieces;
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2, 0, 1);
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker: drops the vertices that lie within `tolerance` (degrees) of the line through
 * their neighbours. The end points always stay, so arcs shared by two countries simplify the
 * same way for both and the border shows no gaps.
 */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(line[i]!, line[first]!, line[last]!);
      if (d > worstDistance) { worst = i; worstDistance = d; }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Drops vertices equal to the one before them. */
export function dropRepeats(line: readonly Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

/** Ray casting: whether a point lies inside a ring (planar). */
export function ringContains(ring: readonly Position[], point: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a Polygon or MultiPolygon (holes excluded), planar. */
export function polygonContains(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon, point: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => {
    const [outer, ...holes] = rings as Position[][];
    return outer !== undefined && ringContains(outer, point) && !holes.some((h) => ringContains(h, point));
  });
}
