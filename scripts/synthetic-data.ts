/**
 * Deterministic synthetic records for benchmarks: background events and relations between the
 * real actors, cited to a placeholder that the site never shows. Seeded, so every run is the same.
 */
import { randomLcg } from 'd3-random';

const actorIds = ['usa', 'azerbaijan', 'armenia', 'russia', 'karabakh-authorities', 'west'];
const themes = ['diplomacy', 'military', 'humanitarian'];
const cameo = [
  ['04', 'verbal-cooperation'],
  ['07', 'material-cooperation'],
  ['11', 'verbal-conflict'],
  ['19', 'material-conflict'],
];

function isoDay(base: number, offset: number): string {
  return new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
}

/** YAML text of `count` synthetic background events, appended after the real ones. */
export function syntheticEventsYaml(count: number, seed = 42): string {
  const random = randomLcg(seed);
  const base = Date.UTC(1988, 0, 1);
  const span = 36 * 365;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = actorIds[Math.floor(random() * actorIds.length)]!;
    let b = actorIds[Math.floor(random() * actorIds.length)]!;
    if (b === a) b = actorIds[(actorIds.indexOf(a) + 1) % actorIds.length]!;
    const [root, quad] = cameo[Math.floor(random() * cameo.length)]!;
    const start = isoDay(base, Math.floor(random() * span));
    lines.push(
      `- id: synthetic-${i}`,
      `  title: { en: Synthetic event ${i}, de: Synthetisches Ereignis ${i} }`,
      `  summary: { en: A generated event for benchmarks., de: Ein erzeugtes Ereignis für Messungen. }`,
      `  date: { precision: day, start: ${start} }`,
      `  theme: ${themes[i % themes.length]}`,
      `  actors: [${a}, ${b}]`,
      `  source: [${a}]`,
      `  target: [${b}]`,
      `  cameo: { root: "${root}", quad: ${quad} }`,
      `  origin: background`,
      `  citation: { publisher: Benchmark, title: Synthetic record }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
