import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState, type ViewStateContext } from '../../../src/lib/state/view-state';

const ctx: ViewStateContext = {
  eventIds: new Set(['phone-call', 'offensive']),
  actorIds: new Set(['usa', 'azerbaijan', 'armenia']),
  placeIds: new Set(['baku']),
  dateBounds: ['1988-01-01', '2024-12-31'],
};

describe('parseViewState(search)', () => {
  it('accepts known values', () => {
    const { state } = parseViewState('?event=phone-call&date=2023-11-27&focus=usa&range=background&hide=usa,armenia&layers=places,borders&center=40.1,44.5&zoom=7', ctx);
    expect(state).toMatchObject({ event: 'phone-call', date: '2023-11-27', focus: 'usa', range: 'background', hide: ['armenia', 'usa'], layers: ['borders', 'places'], center: [40.1, 44.5], zoom: 7 });
  });

  it('reports invalid values and falls back to the defaults without throwing', () => {
    const { state, params } = parseViewState('?event=%3Cscript%3E&date=2023-02-30&focus=mars&range=nope&zoom=99&center=x', ctx);
    expect(state).toEqual({ ...defaultViewState, hide: [], layers: [...defaultViewState.layers] });
    expect(params.event).toEqual({ status: 'invalid', raw: '<script>', reason: 'unknown event' });
    expect(params.date.status).toBe('invalid');
    expect(params.range.status).toBe('invalid');
    expect(params.place.status).toBe('missing');
  });

  it('reads the zoom in the live map\'s quarter steps and nothing finer', () => {
    expect(parseViewState('?zoom=6.75', ctx).state.zoom).toBe(6.75);
    expect(parseViewState('?zoom=7.5', ctx).state.zoom).toBe(7.5);
    for (const raw of ['6.7', '6.125', '1.75', '12.25', '7.', '.5', '7,5']) expect(parseViewState(`?zoom=${raw}`, ctx).params.zoom.status).toBe('invalid');
  });

  it('rejects dates outside the bounds and over-long values', () => {
    const { params } = parseViewState(`?date=2030-01-01&event=${'a'.repeat(500)}`, ctx);
    expect(params.date).toMatchObject({ status: 'invalid', reason: 'outside 1988-01-01–2024-12-31' });
    expect(params.event).toMatchObject({ status: 'invalid', reason: 'too long' });
  });
});

describe('serializeViewState(state)', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState({ ...defaultViewState, hide: [], layers: [...defaultViewState.layers] })).toBe('');
  });

  it('writes only what differs, in a fixed order, and round-trips', () => {
    const state = { ...defaultViewState, hide: ['usa'], layers: ['places' as const], event: 'offensive', range: 'background' as const, center: [40.1, 44.5] as [number, number] };
    const query = serializeViewState(state);
    expect(query).toBe('?event=offensive&range=background&hide=usa&layers=places&center=40.1,44.5');
    expect(parseViewState(query, ctx).state).toEqual(state);
  });
});
