/**
 * The zoomed-out view's relations: which relations between the four states hold on a date, and
 * where their arcs run; how each is drawn comes from the visual encoding (`../encoding`).
 */
import type { DataRelation } from '../data/types';
import type { Position } from './geometry';

/** The capital that stands for each state on the map, by actor id → place id. */
export const capitalOfActor: Readonly<Record<string, string>> = {
  usa: 'washington',
  russia: 'moscow',
  azerbaijan: 'baku',
  armenia: 'yerevan',
};

/**
 * The relations that hold on `date` (ISO day; start and end inclusive) between two actors that
 * have a capital on the map, in the data's order.
 */
export function activeRelationsAt(relations: readonly DataRelation[], date: string): DataRelation[] {
  return relations.filter((r) => r.date.start <= date && date <= r.drawnEnd && r.from in capitalOfActor && r.to in capitalOfActor);
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A gentle arc from one [lon, lat] to another, bent to the left of the direction of travel by
 * `bend` times the distance, as `steps + 1` positions. Arcs keep two relations between the same
 * pair, or lines that share a capital, from lying on top of each other.
 */
export function relationArc(from: Position, to: Position, bend = 0.15, steps = 16): Position[] {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const control: Position = [(from[0] + to[0]) / 2 - dy * bend, (from[1] + to[1]) / 2 + dx * bend];
  const out: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    // Three decimals (about 100 m) are plenty for a line across continents.
    out.push([round3(a * from[0] + b * control[0] + c * to[0]), round3(a * from[1] + b * control[1] + c * to[1])]);
  }
  return out;
}
