/**
 * Writes the fixed node positions of the relationship graph to `src/lib/graph/positions.json`.
 * Run: `npx tsx scripts/graph-positions.ts`. The result is committed; the page and the tests
 * read it, so nodes sit in the same place at every date.
 *
 * Each node starts at a meaningful anchor (Washington and the other Western countries to the
 * west, Russia to the north, Armenia west of Azerbaijan, the Karabakh authorities between and
 * below them); a short seeded d3-force run then keeps them apart. Same input, same output.
 */
import { writeFileSync } from 'node:fs';
import { forceCollide, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

const width = 440;
const height = 380;
const margin = 56;
const anchors: Record<string, [number, number]> = {
  usa: [80, 90],
  west: [80, 290],
  russia: [320, 60],
  armenia: [205, 185],
  azerbaijan: [365, 185],
  'karabakh-authorities': [290, 300],
};

/** A seeded linear congruential generator (the constants of d3-random's randomLcg). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

type Node = SimulationNodeDatum & { id: string; ax: number; ay: number };
const nodes: Node[] = Object.entries(anchors).map(([id, [x, y]]) => ({ id, ax: x, ay: y, x, y }));
const simulation = forceSimulation(nodes)
  .randomSource(seededRandom(20231128))
  .force('x', forceX<Node>((d) => d.ax).strength(0.6))
  .force('y', forceY<Node>((d) => d.ay).strength(0.6))
  .force('charge', forceManyBody().strength(-200))
  .force('collide', forceCollide(70))
  .stop();
for (let i = 0; i < 300; i++) simulation.tick();

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const positions = Object.fromEntries(
  nodes.map((n) => [n.id, { x: Math.round(clamp(n.x ?? n.ax, margin, width - margin)), y: Math.round(clamp(n.y ?? n.ay, margin - 16, height - margin)) }]),
);
const out = {
  generatedBy: 'scripts/graph-positions.ts (seeded d3-force run from fixed anchors); do not edit by hand',
  width,
  height,
  nodes: positions,
};
writeFileSync(new URL('../src/lib/graph/positions.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(`graph-positions: wrote ${nodes.length} positions`);
