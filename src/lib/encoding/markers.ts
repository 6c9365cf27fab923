/**
 * The marker symbols: d3-shape's circle, square, triangle and star, sized by area, with a hexagon
 * and a turned square of our own in d3-shape's symbol protocol. Used where drawings are made (at build time, in tests); the browser reuses the
 * paths the build wrote into the page, so d3-shape never ships. Part of the site's one visual
 * encoding (see this folder's README).
 */
import { symbol, symbolCircle, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { ActorShape } from './actors';

const sqrt3 = Math.sqrt(3);

/**
 * A regular hexagon with two vertices on the horizontal axis, in d3-shape's symbol protocol:
 * `size` is the area, as for d3's own symbols, so it weighs as much as the others.
 */
export const symbolHexagon: SymbolType = {
  draw(context, size) {
    // The area of a regular hexagon of circumradius r is (3√3 / 2) r².
    const r = Math.sqrt((2 * size) / (3 * sqrt3));
    const h = (r * sqrt3) / 2;
    context.moveTo(r, 0);
    context.lineTo(r / 2, h);
    context.lineTo(-r / 2, h);
    context.lineTo(-r, 0);
    context.lineTo(-r / 2, -h);
    context.lineTo(r / 2, -h);
    context.closePath();
  },
};

/**
 * A square turned by 45°, in d3-shape's symbol protocol, `size` its area. d3's own diamond is a
 * rhombus half as wide as it is tall: at the 12 px of a key it reads as the hexagon, and in the
 * graph its point runs into the name below it.
 */
export const symbolDiamondSquare: SymbolType = {
  draw(context, size) {
    const h = Math.sqrt(size / 2);
    context.moveTo(0, -h);
    context.lineTo(h, 0);
    context.lineTo(0, h);
    context.lineTo(-h, 0);
    context.closePath();
  },
};

/** The d3-shape symbol of each marker shape. */
export const markerSymbols: Readonly<Record<ActorShape, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamondSquare,
  triangle: symbolTriangle,
  hexagon: symbolHexagon,
  star: symbolStar,
};

/**
 * The SVG path of a marker shape centred on 0,0, with the area of a circle of radius `radius`:
 * all shapes of one size weigh the same, so no actor looks more important than another.
 * Coordinates are rounded to 0.1.
 */
export function markerPath(shape: ActorShape, radius: number): string {
  return symbol(markerSymbols[shape], Math.PI * radius * radius).digits(1)()!;
}
