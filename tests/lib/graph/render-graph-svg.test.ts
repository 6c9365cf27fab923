import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/lib/data/dataset';
import { layoutGraph, pairsEverLinked, type GraphNodeInput } from '../../../src/lib/graph/graph-layout';
import { buildRelationGraphModel, graphDataOf } from '../../../src/lib/graph/graph-model';
import { graphStateAt, snapDates } from '../../../src/lib/graph/graph-state';
import { graphPositions } from '../../../src/lib/graph/positions';
import { renderGraphSvg } from '../../../src/lib/graph/render-graph-svg';
import { actorEncoding } from '../../../src/lib/encoding/actors';

const data = graphDataOf(dataset.actors, dataset.relations, dataset.events);
const pairs = pairsEverLinked(snapDates(data).map((d) => graphStateAt(d, data)));
const nodes: GraphNodeInput[] = Object.entries(actorEncoding).map(([id, c]) => ({ id, shape: c.shape, label: [dataset.actors.find((a) => a.id === id)?.short.en ?? id] }));

/** Rounds every number to one decimal and puts one tag per line, so snapshots diff well. */
function normalise(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

function svgAt(date: string): string {
  const layout = layoutGraph(nodes, pairs, graphStateAt(date, data), graphPositions);
  return normalise(renderGraphSvg(layout, { title: `Relations, as of ${date}`, description: 'Test drawing' }, 'snap'));
}

describe('renderGraphSvg', () => {
  for (const [date, what] of [['2023-09-01', 'before the offensive'], ['2023-11-27', 'the day of the call'], ['2023-12-07', "after O'Brien's visit"]] as const) {
    it(`renderGraphSvg(layout at ${date}) matches the snapshot (${what})`, async () => {
      await expect(svgAt(date)).toMatchFileSnapshot(`__snapshots__/graph-${date}.svg`);
    });
  }

  it('renderGraphSvg(layout on 27 Nov 2023) draws US–Azerbaijan strained with an arrow at the US, and hides pairs without a link', () => {
    const svg = svgAt('2023-11-27');
    expect(svg).toMatch(/class="rg-edge is-on tone-m1 kind-strained to-a to-b" data-id="usa--azerbaijan"/);
    expect(svg).toMatch(/class="rg-edge is-off[^"]*" data-id="azerbaijan--karabakh-authorities"/);
  });

  it('renderGraphSvg(layout) gives every mark a data-id and keeps node positions the same at every date', () => {
    const positions = (svg: string) => [...svg.matchAll(/class="rg-node" data-id="([^"]+)" data-x="([^"]+)" data-y="([^"]+)"/g)].map((m) => m.slice(1).join(','));
    expect(positions(svgAt('2023-09-01'))).toEqual(positions(svgAt('2023-12-07')));
    expect(positions(svgAt('2023-09-01'))).toHaveLength(6);
  });

});

describe('buildRelationGraphModel', () => {
  it('buildRelationGraphModel(dataset) defaults to the publication date and words the call day as the issue asks', () => {
    const model = buildRelationGraphModel({ ...dataset, locale: 'en' });
    expect(model.defaultDate).toBe(dataset.manifest.article.published);
    const day = model.client.dates.find((d) => d.iso === '2023-11-27');
    const sentences = day?.edges.find((e) => e.id === 'usa--azerbaijan')?.s?.map((i) => model.client.s[i]);
    expect(sentences?.[0]).toBe('Relations between the United States and Azerbaijan are strained: high-level engagements cancelled.');
    expect(sentences?.[1]).toBe('Relations between Azerbaijan and the United States are strained, according to Aliyev\'s office: “seriously damaged”.');
    expect(model.client.s[day!.asOf]).toBe('as of 27 November 2023');
  });

  it('buildRelationGraphModel(dataset, de) writes the date in German', () => {
    const model = buildRelationGraphModel({ ...dataset, locale: 'de' });
    const day = model.client.dates.find((d) => d.iso === '2023-11-27');
    expect(model.client.s[day!.asOf]).toBe('Stand: 27. November 2023');
  });
});
