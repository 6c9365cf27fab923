/**
 * `npm run bench:data`: how the pipeline's cost grows with the data. Runs the whole validation
 * and serialisation in memory on the real data plus 100, 1,000 and 10,000 synthetic events,
 * 5 times each, and prints the median. Timings are reported, never asserted in tests.
 */
import { cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../src/lib/pipeline/build-dataset';
import { serializeDataset } from '../src/lib/pipeline/serialize';
import { readInputs } from './run-pipeline';
import { syntheticEventsYaml } from './synthetic-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const real = readInputs(root);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of the pipeline over `runs` runs with `count` extra synthetic events. */
export function benchPipeline(count: number, runs = 5): { count: number; total: number; medianMs: number } {
  const inputs = { ...real, 'data/events.yaml': `${real['data/events.yaml']}\n${syntheticEventsYaml(count)}` };
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = buildDataset(inputs);
    if (!result.ok) throw new Error(`synthetic data failed: ${result.errors[0]?.message}`);
    serializeDataset(result.dataset);
    times.push(performance.now() - t0);
    total = result.dataset.events.length;
  }
  return { count, total, medianMs: Math.round(median(times)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`pipeline, median of 5 runs, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
  console.log('| synthetic events | total events | median ms |');
  console.log('|---:|---:|---:|');
  for (const count of [100, 1000, 10000]) {
    const { total, medianMs } = benchPipeline(count);
    console.log(`| ${count.toLocaleString('en')} | ${total.toLocaleString('en')} | ${medianMs} |`);
  }
}
