/**
 * Part of `npm run data`: writes the fixed node positions of the relationship graph to
 * `src/generated/graph/positions.json`, one for every actor with its own accent (the graph's
 * nodes), so nodes sit in the same place at every date and a new main actor gets a place too.
 *
 * Each node starts at a meaningful anchor (Washington and the other Western countries to the
 * west, Russia to the north, Armenia west of Azerbaijan, the Karabakh authorities between and
 * below them); an actor without an anchor starts in the middle. A short seeded d3-force run then
 * keeps them apart. Same input, same output.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forceCollide, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { mainActorIds } from '../src/lib/encoding/actors';
import type { GraphPositions } from '../src/lib/graph/positions';

const width = 440;
const height = 380;
const margin = 56;

/** Where each known node starts, in the order the simulation has always placed them. */
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

/** The positions of the nodes `ids`: anchored ones first, in the anchors' order, then the rest. */
export function layoutGraphPositions(ids: readonly string[]): GraphPositions & { generatedBy: string } {
  const ordered = [...Object.keys(anchors).filter((id) => ids.includes(id)), ...ids.filter((id) => !(id in anchors))];
  const nodes: Node[] = ordered.map((id) => {
    const [x, y] = anchors[id] ?? [width / 2, height / 2];
    return { id, ax: x, ay: y, x, y };
  });
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(20231128))
    .force('x', forceX<Node>((d) => d.ax).strength(0.6))
    .force('y', forceY<Node>((d) => d.ay).strength(0.6))
    .force('charge', forceManyBody().strength(-200))
    .force('collide', forceCollide(70))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    generatedBy: 'npm run data (scripts/graph-positions.ts: a seeded d3-force run from fixed anchors); do not edit by hand',
    width,
    height,
    nodes: Object.fromEntries(nodes.map((n) => [n.id, { x: Math.round(clamp(n.x ?? n.ax, margin, width - margin)), y: Math.round(clamp(n.y ?? n.ay, margin - 16, height - margin)) }])),
  };
}

/** Writes the positions of every main actor to `file`, replacing the old file only when written. */
export function writeGraphPositions(file: string): number {
  const out = layoutGraphPositions(mainActorIds);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp-${process.pid}`, `${JSON.stringify(out, null, 2)}\n`);
  renameSync(`${file}.tmp-${process.pid}`, file);
  return Object.keys(out.nodes).length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const count = writeGraphPositions(join(root, 'src', 'generated', 'graph', 'positions.json'));
  console.log(`graph-positions: wrote ${count} positions to src/generated/graph/positions.json`);
}
