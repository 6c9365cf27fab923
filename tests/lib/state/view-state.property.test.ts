import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapLayers, parseViewState, serializeViewState, type ViewStateContext } from '../../../src/lib/state/view-state';

const ctx: ViewStateContext = {
  eventIds: new Set(['phone-call', 'offensive', 'exodus']),
  actorIds: new Set(['usa', 'azerbaijan', 'armenia', 'russia']),
  placeIds: new Set(['baku', 'yerevan']),
  dateBounds: ['1988-01-01', '2024-12-31'],
};
const keys = ['event', 'date', 'focus', 'place', 'range', 'lanes', 'origin', 'hide', 'layers', 'center', 'zoom', 'other'];
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%00', '2023-02-30', '9999-99-99', '-0', 'NaN', 'Infinity', '1e400', ',,,', 'usa,<b>', '__proto__', 'constructor'),
  fc.string({ minLength: 190, maxLength: 5000 }),
);

describe('parseViewState(random and hostile input)', () => {
  it('never throws and only ever returns values from the allowed sets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), hostile), { maxLength: 12 }), fc.string(), (pairs, junk) => {
        const query = `${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}&${junk}`;
        const { state } = parseViewState(query, ctx);
        if (state.event !== undefined) expect(ctx.eventIds.has(state.event)).toBe(true);
        if (state.focus !== undefined) expect(ctx.actorIds.has(state.focus)).toBe(true);
        if (state.place !== undefined) expect(ctx.placeIds.has(state.place)).toBe(true);
        if (state.date !== undefined) {
          expect(state.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(state.date >= ctx.dateBounds[0] && state.date <= ctx.dateBounds[1]).toBe(true);
        }
        expect(['article', 'background']).toContain(state.range);
        expect(['actor', 'theme']).toContain(state.lanes);
        expect(['all', 'article', 'background']).toContain(state.origin);
        for (const id of state.hide) expect(ctx.actorIds.has(id)).toBe(true);
        for (const layer of state.layers) expect(mapLayers).toContain(layer);
        if (state.zoom !== undefined) expect(Number.isInteger(state.zoom * 4) && state.zoom >= 2 && state.zoom <= 12).toBe(true);
        if (state.center !== undefined) expect(state.center.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid state through the URL', () => {
    const state = fc.record({
      event: fc.option(fc.constantFrom(...ctx.eventIds), { nil: undefined }),
      date: fc.option(fc.constantFrom('1988-02-20', '2023-11-27', '2024-01-01'), { nil: undefined }),
      focus: fc.option(fc.constantFrom(...ctx.actorIds), { nil: undefined }),
      range: fc.constantFrom('article' as const, 'background' as const),
      lanes: fc.constantFrom('actor' as const, 'theme' as const),
      origin: fc.constantFrom('all' as const, 'article' as const, 'background' as const),
      hide: fc.uniqueArray(fc.constantFrom(...ctx.actorIds)).map((a) => a.sort()),
      layers: fc.uniqueArray(fc.constantFrom(...mapLayers), { minLength: 1 }).map((a) => a.sort()),
      zoom: fc.option(fc.integer({ min: 8, max: 48 }).map((quarters) => quarters / 4), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const clean = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
        const parsed = parseViewState(serializeViewState(s), ctx).state;
        expect({ ...parsed, layers: [...parsed.layers].sort() }).toEqual({ ...clean, layers: [...s.layers].sort() });
      }),
      { numRuns: 300 },
    );
  });
});
