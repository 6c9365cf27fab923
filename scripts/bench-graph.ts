/**
 * Measures `graphStateAt` on synthetic data: 200 actors (20 of them voices of a state) and
 * 20,000 records (5,000 relations, 15,000 directed events) over ten years, at 50 dates.
 * Prints the median milliseconds per date, after a first call that builds the index.
 * Run: `npx tsx scripts/bench-graph.ts`. Seeded, so every run uses the same data.
 */
import { performance } from 'node:perf_hooks';
import { addDays, graphStateAt, prepareGraphIndex, type GraphData, type GraphEvent, type GraphRelation } from '../src/lib/graph/graph-state';
import { relationKinds, toneOfKind } from '../src/lib/schema/relation';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const random = seededRandom(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const states = Array.from({ length: 180 }, (_, i) => ({ id: `state-${i}` }));
const voices = Array.from({ length: 20 }, (_, i) => ({ id: `voice-${i}`, speaksFor: `state-${i}` }));
const start = '2015-01-01';
const day = () => addDays(start, Math.floor(random() * 3650));
const relations: GraphRelation[] = Array.from({ length: 5000 }, (_, i) => {
  const kind = pick(relationKinds);
  const from = pick(states).id;
  let to = pick(states).id;
  if (to === from) to = states[(Number(from.slice(6)) + 1) % states.length]!.id;
  const s = day();
  return { id: `r-${i}`, from, to, kind, tone: toneOfKind[kind], directed: random() < 0.3, date: { start: s, end: addDays(s, Math.floor(random() * 400)) } };
});
const quads = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];
const everyone = [...states, ...voices];
const events: GraphEvent[] = Array.from({ length: 15000 }, (_, i) => {
  const s = day();
  return { id: `e-${i}`, source: [pick(everyone).id], target: [pick(everyone).id], cameo: { quad: pick(quads) }, date: { start: s, end: addDays(s, random() < 0.9 ? 0 : Math.floor(random() * 60)) } };
});
const data: GraphData = { actors: everyone, relations, events };

const indexStart = performance.now();
prepareGraphIndex(data);
const indexMs = performance.now() - indexStart;
const times: number[] = [];
let edges = 0;
for (let i = 0; i < 50; i++) {
  const date = addDays(start, i * 73);
  const t0 = performance.now();
  edges += graphStateAt(date, data).edges.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = ((times[24] as number) + (times[25] as number)) / 2;
console.log(`bench-graph: 200 actors, 20000 records; index ${indexMs.toFixed(1)} ms; graphStateAt median ${median.toFixed(2)} ms per date (max ${times[49]!.toFixed(2)} ms; ${edges} edges over 50 dates)`);
