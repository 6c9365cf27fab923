import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataActor, DataEvent, DataRelation } from '../../src/lib/data/types';
import { graphDataOf } from '../../src/lib/graph/graph-model';
import { graphStateAt } from '../../src/lib/graph/graph-state';
import { enhanceAllViews, nextFrames, withPage } from './harness';

const read = <T>(name: string) => JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')) as T;
const graphData = graphDataOf(read<DataActor[]>('actors'), read<DataRelation[]>('relations'), read<DataEvent[]>('events'));

/** A line as the browser paints it: its computed stroke colour and dash pattern. */
interface Painted {
  stroke: string;
  dash: string;
}

describe('one visual encoding, as painted', () => {
  it('the home page paints every relation that its graph and its live map both show in the same colour and dash, at every date of the graph\'s slider', async () => {
    await withPage('/en/?zoom=3', {}, async ({ page }) => {
      // The graph's colours change without their transition, so what is read is what stays painted.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await enhanceAllViews(page);
      // The slider places its dates in time: each date is moved to by its own position on it.
      const { dates, positions } = await page.evaluate(() => {
        const data = JSON.parse(document.querySelector('script[data-rg="data"]')!.textContent!) as { dates: { iso: string }[]; positions: number[] };
        return { dates: data.dates.map((d) => d.iso), positions: data.positions };
      });
      let compared = 0;
      for (const [index, date] of dates.entries()) {
        await page.evaluate((position) => {
          const slider = document.querySelector<HTMLInputElement>('[data-rg="slider"]')!;
          slider.value = String(position);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          slider.dispatchEvent(new Event('change', { bubbles: true }));
        }, positions[index]!);
        await nextFrames(page);
        const painted = await page.evaluate(() => {
          const look = (el: Element) => ({ stroke: getComputedStyle(el).stroke, dash: getComputedStyle(el).strokeDasharray });
          return {
            graph: Object.fromEntries([...document.querySelectorAll('relation-graph .rg-edge.is-on')].map((g) => [(g as SVGGElement).dataset.id!, look(g.querySelector('.rg-line')!)])),
            map: Object.fromEntries([...document.querySelectorAll('karabakh-map .map-live path.map-relation[data-id]')].map((p) => [(p as SVGPathElement).dataset.id!, look(p)])),
          } as { graph: Record<string, Painted>; map: Record<string, Painted> };
        });
        // The relation each of the graph's pairs draws on this date.
        const drawnBy = new Map(graphStateAt(date, graphData).edges.flatMap((e) => (e.relationId ? [[e.relationId, e.id] as const] : [])));
        for (const [relation, line] of Object.entries(painted.map)) {
          const pair = drawnBy.get(relation);
          const edge = pair ? painted.graph[pair] : undefined;
          if (!edge) continue;
          expect(edge, `${relation} on ${date}`).toEqual(line);
          compared++;
        }
      }
      expect(dates.length).toBeGreaterThan(10);
      expect(compared).toBeGreaterThan(20);
    });
  });
});
