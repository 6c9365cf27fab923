import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { generatedData, generatedGeo, mapTestStrings } from '../../support/generated';
import { buildMapModel } from '../../../src/lib/map/model';
import { fitMercator, routeCentreX, scaleBarKm, type PlacedLabel } from '../../../src/lib/map/static-map';
import { estimateTextWidth } from '../../../src/lib/timeline/text-width';

const data = generatedData;
const geo = generatedGeo;
const strings = mapTestStrings;

/** Rounds every number in the markup to whole pixels, so the snapshot ignores sub-pixel noise. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, '>\n<');

describe('static map', () => {
  it('fitMercator(bounds, width) puts the bounds\' corners at the frame\'s corners', () => {
    const { project, height } = fitMercator([[38, 44], [42, 50]], 600);
    expect(project([44, 42]).map(Math.round)).toEqual([0, 0]);
    expect(project([50, 38]).map(Math.round)).toEqual([600, height]);
  });

  it('scaleBarKm picks the longest round length that fits', () => {
    expect(scaleBarKm(1, 120)).toBe(100);
    expect(scaleBarKm(0.5, 120)).toBe(200);
  });

  it('routeCentreX centres on the route\'s places with their labels, and on the panel without them', () => {
    const west: PlacedLabel = { id: 'west', x: 100, y: 50, text: 'West', anchor: 'end', lx: 92, ly: 54 };
    const east: PlacedLabel = { id: 'east', x: 300, y: 60, text: 'Eastern town', anchor: 'start', lx: 308, ly: 64 };
    const elsewhere: PlacedLabel = { id: 'far', x: 700, y: 60, text: 'Far', anchor: 'start', lx: 708, ly: 64 };
    const left = 92 - estimateTextWidth('West', 13);
    const right = 308 + estimateTextWidth('Eastern town', 13);
    expect(routeCentreX([west, east, elsewhere], [[100, 50], [200, 80], [300, 60]], 800)).toBeCloseTo((left + right) / 2, 0);
    expect(routeCentreX([elsewhere], [[100, 50]], 800)).toBe(400);
  });

  it('layoutStaticMap centres narrow views between Yerevan\'s label and Khankendi\'s', () => {
    const { layout } = buildMapModel(data, geo, { locale: 'en', date: '2023-11-28', countryNames: {}, strings });
    const place = (id: string) => layout.region.places.find((p) => p.id === id)!;
    expect(layout.region.routeCentreX).toBeGreaterThan(place('yerevan').x);
    expect(layout.region.routeCentreX).toBeLessThan(place('khankendi-stepanakert').x);
    expect(layout.region.routeCentreX).toBeGreaterThan((place('yerevan').x + place('khankendi-stepanakert').x) / 2);
  });

  it('layoutStaticMap places every regional place and event inside the frame', () => {
    const { layout } = buildMapModel(data, geo, { locale: 'en', date: '2023-11-28', countryNames: {}, strings });
    for (const p of [...layout.region.places, ...layout.region.events]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(layout.region.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(layout.region.height);
    }
    expect(layout.region.places.map((p) => p.id)).not.toContain('washington');
    expect(layout.world.capitals.map((p) => p.id).sort()).toEqual(['baku', 'moscow', 'washington', 'yerevan']);
  });

  it('StaticMap renders the same SVG as the committed snapshot (English, 28 Nov 2023)', async () => {
    const { layout } = buildMapModel(data, geo, { locale: 'en', date: '2023-11-28', countryNames: { '268': 'Georgia', '364': 'Iran', '792': 'Turkey' }, strings, width: 800 });
    // Imported by a computed path: `tsc` knows no `.astro` modules, Vite compiles it at run time.
    const componentPath = '../../../src/components/StaticMap.astro';
    const { default: StaticMap } = (await import(/* @vite-ignore */ componentPath)) as { default: Parameters<AstroContainer['renderToString']>[0] };
    const container = await AstroContainer.create();
    const html = await container.renderToString(StaticMap, {
      props: { layout, idPrefix: 'snap', regionTitle: 'Region', regionDesc: 'Region description', worldTitle: 'World', worldDesc: 'World description', karabakhName: 'Nagorno-Karabakh (approx.)', scaleLabel: 'scale', sourcesUrl: '/en/sources/', eventNames: { exodus: 'Event 7: Exodus' } },
    });
    await expect(normalise(html)).toMatchFileSnapshot('__snapshots__/static-map.en.html');
  });
});
