import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/lib/data/dataset';
import { buildRelationGraphModel, compactClientData } from '../../../src/lib/graph/graph-model';
import { relations } from '../../../src/i18n/relations';

describe('compactClientData', () => {
  for (const locale of ['de', 'en'] as const) {
    const model = buildRelationGraphModel({ ...dataset, locale });
    const full = model.client;
    const template = relations[locale].chartTitle('{asOf}');
    const compact = compactClientData(full, template);

    it(`compactClientData(${locale}) keeps every date's "as of", edge look, edge name and node names`, () => {
      expect(compact.dates.map((d) => d.iso)).toEqual(full.dates.map((d) => d.iso));
      compact.dates.forEach((date, i) => {
        const before = full.dates[i]!;
        expect(compact.s[date.asOf]).toBe(full.s[before.asOf]);
        expect(date.edges.map((e) => [e.id, e.t, e.k, e.w, Boolean(e.ta), Boolean(e.tb), Boolean(e.x), compact.s[e.l]])).toEqual(before.edges.map((e) => [e.id, e.t, e.k, e.w, Boolean(e.ta), Boolean(e.tb), Boolean(e.x), full.s[e.l]]));
        for (const [id, n] of Object.entries(date.nodes)) expect(compact.s[n]).toBe(full.s[before.nodes[id]!]);
      });
      expect(compact.eventIndex).toEqual(full.eventIndex);
    });

    it(`compactClientData(${locale}) keeps the event ids of each edge and drops relations, sentences, cells and summary openings`, () => {
      compact.dates.forEach((date, i) => {
        date.edges.forEach((edge, j) => {
          const before = full.dates[i]!.edges[j]!;
          expect(edge.d ?? []).toEqual((before.d ?? []).filter((id) => id.startsWith('event:')));
          expect(edge.s).toBeUndefined();
          expect(edge.c).toBeUndefined();
        });
        expect(date.intro).toBeUndefined();
      });
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length * 0.75);
    });

    it(`compactClientData(${locale}) replaces the titles by a template that gives each of them`, () => {
      expect(compact.titleTemplate).toBe(template);
      compact.dates.forEach((date, i) => {
        expect(date.title).toBeUndefined();
        expect(compact.titleTemplate!.replace('{asOf}', compact.s[date.asOf]!)).toBe(full.s[full.dates[i]!.title!]);
      });
    });
  }

  it('compactClientData(data, a template that does not fit) keeps the titles per date', () => {
    const full = buildRelationGraphModel({ ...dataset, locale: 'en' }).client;
    const compact = compactClientData(full, 'Something else: {asOf}');
    expect(compact.titleTemplate).toBeUndefined();
    compact.dates.forEach((date, i) => expect(compact.s[date.title!]).toBe(full.s[full.dates[i]!.title!]));
  });
});
