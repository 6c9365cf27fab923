/**
 * Layout cost on synthetic data, for the data side of `npm run bench`: the real records plus
 * 100, 1,000 and 10,000 synthetic events go through the pipeline once, then the timeline layout
 * (the pure function the timeline page renders at build time) runs 5 times per size over the whole
 * time range, at 1,280 px; the median is reported. Sizes without a layout module are skipped.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../../src/lib/pipeline/build-dataset';
import { readInputs } from '../run-pipeline';
import { syntheticEventsYaml } from '../synthetic-data';
import { median } from './report';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One size of the timeline layout benchmark. */
export interface LayoutRow {
  count: number;
  total: number;
  medianMs: number;
}

/** Median ms of `layoutTimeline` over all events with `count` synthetic ones; undefined when the tree has no timeline layout. */
export async function benchTimelineLayout(counts: number[], runs = 5): Promise<LayoutRow[] | undefined> {
  if (!existsSync(join(root, 'src', 'lib', 'timeline', 'layout.ts')) || !existsSync(join(root, 'src', 'lib', 'timeline', 'events.ts'))) return undefined;
  const { layoutTimeline } = await import('../../src/lib/timeline/layout');
  const { toTimelineEvents } = await import('../../src/lib/timeline/events');
  const real = readInputs(root);
  return counts.map((count) => {
    const result = buildDataset({ ...real, 'data/events.yaml': `${real['data/events.yaml']}\n${syntheticEventsYaml(count)}` });
    if (!result.ok) throw new Error(`synthetic data failed: ${result.errors[0]?.message}`);
    const events = toTimelineEvents(result.dataset.events, result.dataset.actors, 'de');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      layoutTimeline(events, { width: 1280, height: 300, range: 'background', lanes: 'actor', locale: 'de' });
      times.push(performance.now() - t0);
    }
    return { count, total: events.length, medianMs: Math.round(median(times) * 10) / 10 };
  });
}
