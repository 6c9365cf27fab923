import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { generatedData, generatedGeo, mapTestStrings } from '../../support/generated';
import { actorEncoding } from '../../../src/lib/encoding/actors';
import { encodingCss } from '../../../src/lib/encoding/stylesheet';
import { layoutGraph, pairsEverLinked, type GraphNodeInput } from '../../../src/lib/graph/graph-layout';
import { graphDataOf } from '../../../src/lib/graph/graph-model';
import { graphStateAt, snapDates } from '../../../src/lib/graph/graph-state';
import { graphPositions } from '../../../src/lib/graph/positions';
import { renderGraphSvg } from '../../../src/lib/graph/render-graph-svg';
import { mapRelationSpans, mapRelationsAt } from '../../../src/lib/map/features';
import { buildMapModel } from '../../../src/lib/map/model';

const data = generatedData;
const geo = generatedGeo;
const strings = mapTestStrings;

const graphData = graphDataOf(data.actors, data.relations, data.events);
const pairs = pairsEverLinked(snapDates(graphData).map((d) => graphStateAt(d, graphData)));
const nodes: GraphNodeInput[] = Object.entries(actorEncoding).map(([id, a]) => ({ id, shape: a.shape, label: [id] }));

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Every date the data names: the graph's dates, and each relation's and event's first and last days and the day after. */
const dates = [
  ...new Set([
    ...snapDates(graphData),
    ...data.relations.flatMap((r) => [r.date.start, r.date.end, r.drawnEnd, dayAfter(r.drawnEnd)]),
    ...data.events.flatMap((e) => [e.date.start, e.date.end]),
  ]),
].sort();

/** What the site's stylesheet of the encoding gives a class: the colour a tone class sets, the dash a kind class sets. */
const css = encodingCss();
const colourOfClass = (cls: string) => new RegExp(`\\.${cls}\\{color:(var\\(--[a-z0-9-]+\\))`).exec(css)?.[1];
const dashOfClass = (cls: string) => new RegExp(`\\.${cls}\\{--dash:([^;]+);`).exec(css)?.[1];

/** The graph as drawn on `date`: each shown pair's stroke colour and dash, by the relation it draws. */
function graphStrokes(date: string): Map<string, { colour?: string; dash?: string }> {
  const state = graphStateAt(date, graphData);
  const svg = renderGraphSvg(layoutGraph(nodes, pairs, state, graphPositions), { title: '', description: '' }, 'g');
  const relationOf = new Map(state.edges.flatMap((e) => (e.relationId ? [[e.id, e.relationId] as const] : [])));
  const out = new Map<string, { colour?: string; dash?: string }>();
  for (const [, classes, pair] of svg.matchAll(/<g class="(rg-edge is-on[^"]*)" data-id="([^"]+)"/g)) {
    const relation = relationOf.get(pair!);
    if (!relation) continue;
    const list = classes!.split(' ');
    out.set(relation, { colour: colourOfClass(list.find((c) => c.startsWith('tone-'))!), dash: dashOfClass(list.find((c) => c.startsWith('kind-'))!) });
  }
  return out;
}

const spans = mapRelationSpans(data.relations, data.actors, data.places, 'en');
const rendered = new Map<string, Map<string, { colour?: string; dash?: string }>>();

/**
 * The static map as the build renders it on `date`: each relation line's stroke colour and dash.
 * The map depends on the date only through the relations it holds, so each set of them is
 * rendered once.
 */
async function mapStrokes(container: AstroContainer, date: string): Promise<Map<string, { colour?: string; dash?: string }>> {
  const key = mapRelationsAt(spans, date).map((r) => `${r.id}${r.beyondEvidence ? '+' : ''}`).join();
  const known = rendered.get(key);
  if (known) return known;
  const { layout } = buildMapModel(data, geo, { locale: 'en', date, countryNames: {}, strings, width: 800 });
  // Imported by a computed path: `tsc` knows no `.astro` modules, Vite compiles it at run time.
  const componentPath = '../../../src/components/StaticMap.astro';
  const { default: StaticMap } = (await import(/* @vite-ignore */ componentPath)) as { default: Parameters<AstroContainer['renderToString']>[0] };
  const html = await container.renderToString(StaticMap, { props: { layout, idPrefix: 'm', regionTitle: '', regionDesc: '', worldTitle: '', worldDesc: '', karabakhName: '', scaleLabel: '', sourcesUrl: '/en/sources/', eventNames: {} } });
  const out = new Map<string, { colour?: string; dash?: string }>();
  for (const [tag] of html.matchAll(/<path[^>]*class="map-relation[^"]*"[^>]*>/g)) {
    const id = /data-id="([^"]+)"/.exec(tag)![1]!;
    out.set(id, { colour: /stroke: (var\(--[a-z0-9-]+\))/.exec(tag)?.[1], dash: /stroke-dasharray="([^"]+)"/.exec(tag)?.[1] ?? 'none' });
  }
  rendered.set(key, out);
  return out;
}

describe('one visual encoding', () => {
  it('the graph and the static map, as built, draw every relation they both show in the same colour and dash, on every date of the data', async () => {
    const container = await AstroContainer.create();
    let compared = 0;
    for (const date of dates) {
      const graph = graphStrokes(date);
      for (const [id, line] of await mapStrokes(container, date)) {
        const edge = graph.get(id);
        if (!edge) continue;
        expect(line.colour, `${id} on ${date}: colour`).toBeDefined();
        expect(edge.colour, `${id} on ${date}: colour`).toBe(line.colour);
        expect(edge.dash, `${id} on ${date}: dash`).toBe(line.dash);
        compared++;
      }
    }
    expect(dates.length).toBeGreaterThan(20);
    expect(compared).toBeGreaterThan(40);
    // Rendering the map for each set of relations takes a while on a busy machine.
  }, 60_000);
});
