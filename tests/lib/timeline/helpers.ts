import { readFileSync } from 'node:fs';
import type { LabelBox, TimelineEvent, TimelineLayout } from '../../../src/lib/timeline/types';

/** Reads a fixture of `tests/fixtures/timeline/`. */
export function fixture(name: string): TimelineEvent[] {
  return JSON.parse(readFileSync(new URL(`../../fixtures/timeline/${name}.json`, import.meta.url), 'utf8')) as TimelineEvent[];
}

/** Every label box of a layout: event labels and cluster badges. */
export function labelBoxes(layout: TimelineLayout): LabelBox[] {
  return [...layout.events.flatMap((e) => (e.label ? [e.label] : [])), ...layout.clusters.map((c) => c.label)];
}

/** Pairs of boxes that overlap (touching edges do not count). */
export function overlaps(boxes: readonly LabelBox[]): [LabelBox, LabelBox][] {
  const found: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01) found.push([a, b]);
    }
  }
  return found;
}

/** Synthetic events, deterministic (a linear congruential generator with a fixed seed). */
export function syntheticEvents(count: number, seed = 42): TimelineEvent[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const actors = ['usa', 'azerbaijan', 'armenia', 'russia', 'karabakh-authorities', 'west'];
  const themes = ['diplomacy', 'military', 'humanitarian'];
  const precisions = ['day', 'day', 'day', 'span', 'vague', 'month'] as const;
  const base = Date.UTC(2023, 8, 1);
  return Array.from({ length: count }, (_, i) => {
    const precision = precisions[Math.floor(next() * precisions.length)]!;
    const startMs = base + Math.floor(next() * 120) * 86_400_000;
    const start = new Date(startMs).toISOString().slice(0, 10);
    let end = start;
    if (precision === 'month') {
      const d = new Date(startMs);
      const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      return { id: `e${i}`, title: `Synthetic event number ${i}`, start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10), precision, origin: i % 3 ? 'article' : 'background', actor: actors[i % actors.length]!, theme: themes[i % themes.length]! };
    }
    if (precision !== 'day') end = new Date(startMs + Math.floor(1 + next() * 20) * 86_400_000).toISOString().slice(0, 10);
    return { id: `e${i}`, title: `Synthetic event number ${i}`, start, end, precision, origin: i % 3 ? 'article' : 'background', actor: actors[i % actors.length]!, theme: themes[i % themes.length]! };
  });
}
