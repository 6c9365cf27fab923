import type { ActorShape } from '../palette';

const round = (n: number) => Math.round(n * 10) / 10;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

function regular(sides: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/**
 * An SVG path for an actor's marker shape, centred on 0,0, about `r` in radius. Shapes sit
 * beside colour so no actor is told apart by colour alone.
 */
export function shapePath(shape: ActorShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
    case 'square':
      return polygon([[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]]);
    case 'diamond':
      return polygon([[0, -r * 1.15], [r, 0], [0, r * 1.15], [-r, 0]]);
    case 'triangle':
      return polygon(regular(3, r * 1.15, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2]));
    case 'hexagon':
      return polygon(regular(6, r, 0));
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
          return [radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
        }),
      );
  }
}
