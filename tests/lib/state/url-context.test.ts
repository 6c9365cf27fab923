import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedGeo, mapTestStrings } from '../../support/generated';
import { dataset } from '../../../src/lib/data/dataset';
import { buildMapModel } from '../../../src/lib/map/model';
import { mainActorIds } from '../../../src/lib/encoding/actors';
import { urlContextOf, viewStateContextOf } from '../../../src/lib/state/url-context';
import { defaultViewState, mapLayers, parseViewState, serializeViewState, type ViewState } from '../../../src/lib/state/view-state';

const context = urlContextOf({ ...dataset, mainActors: mainActorIds });
const ctx = viewStateContextOf(context);

describe('urlContextOf(dataset)', () => {
  it('bounds ?date= by the first start and the last day anything is drawn', () => {
    const days = [...dataset.events.flatMap((e) => [e.date.start, e.date.end]), ...dataset.relations.flatMap((r) => [r.date.start, r.date.end, r.drawnEnd])].sort();
    expect(context.dateBounds).toEqual([days[0], days.at(-1)]);
  });

  it('lets the address name every event and place, and the actors with a node and a lane of their own', () => {
    expect(context.events).toEqual(dataset.events.map((e) => e.id));
    expect(context.places).toEqual(dataset.places.map((p) => p.id));
    expect(context.actors).toEqual(mainActorIds);
  });

  it('is not copied into the map\'s config: the map reads the page\'s context, as every other view does', () => {
    expect(buildMapModel(dataset, generatedGeo, { locale: 'en', date: '2023-11-28', countryNames: {}, strings: mapTestStrings }).config).not.toHaveProperty('ids');
  });
});

/** A raw parameter, and whether the shared context must take it. */
interface Raw {
  raw: string;
  valid: boolean;
}
const valid = (arb: fc.Arbitrary<string>) => arb.map((raw): Raw => ({ raw, valid: true }));
const invalid = (arb: fc.Arbitrary<string>) => arb.map((raw): Raw => ({ raw, valid: false }));
const [first, last] = context.dateBounds;
const dayOffset = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const spanDays = (Date.parse(last) - Date.parse(first)) / 86_400_000;
const otherActors = dataset.actors.map((a) => a.id).filter((id) => !mainActorIds.includes(id));

/** The shared parameters, each valid or invalid equally often; invalid ones sit just outside what the data allows. */
const shared: Record<'event' | 'date' | 'focus' | 'place' | 'pair' | 'hide' | 'layers', fc.Arbitrary<Raw>> = {
  event: fc.oneof(valid(fc.constantFrom(...context.events)), invalid(fc.constantFrom('no-such-event', 'Phone-Call', ' phone-call', ...context.places))),
  date: fc.oneof(
    valid(fc.integer({ min: 0, max: spanDays }).map((n) => dayOffset(first, n))),
    invalid(fc.oneof(fc.integer({ min: 1, max: 4000 }).map((n) => dayOffset(first, -n)), fc.integer({ min: 1, max: 4000 }).map((n) => dayOffset(last, n)), fc.constantFrom('2023-02-30', '2023-11-31', '27.11.2023', '2023-11-27T00:00'))),
  ),
  focus: fc.oneof(valid(fc.constantFrom(...context.actors)), invalid(fc.constantFrom(...otherActors, 'mars'))),
  place: fc.oneof(valid(fc.constantFrom(...context.places)), invalid(fc.constantFrom('atlantis', ...context.events))),
  pair: fc.oneof(
    valid(fc.uniqueArray(fc.constantFrom(...context.actors), { minLength: 2, maxLength: 2 }).map((ids) => ids.join('--'))),
    invalid(fc.oneof(fc.constantFrom(...context.actors).map((id) => `${id}--${id}`), fc.tuple(fc.constantFrom(...context.actors), fc.constantFrom(...otherActors)).map(([a, b]) => `${a}--${b}`))),
  ),
  hide: fc.oneof(valid(fc.uniqueArray(fc.constantFrom(...context.actors), { minLength: 1 }).map((ids) => ids.join(','))), invalid(fc.tuple(fc.uniqueArray(fc.constantFrom(...context.actors)), fc.constantFrom(...otherActors)).map(([ids, other]) => [...ids, other].join(',')))),
  layers: fc.oneof(valid(fc.uniqueArray(fc.constantFrom(...mapLayers), { minLength: 1 }).map((ids) => ids.join(','))), invalid(fc.constantFrom('tiles', 'places,roads', 'Places'))),
};
const keys = Object.keys(shared) as (keyof typeof shared)[];

describe('parseViewState(address, the shared context)', () => {
  it('takes exactly the valid values, and state → URL → state gives the same state, for every view alike', () => {
    const seen = { valid: 0, invalid: 0 };
    const query = fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(shared[k], { nil: undefined })])) as Record<keyof typeof shared, fc.Arbitrary<Raw | undefined>>);
    fc.assert(
      fc.property(query, (given) => {
        const search = `?${keys.flatMap((k) => (given[k] ? [`${k}=${encodeURIComponent(given[k].raw)}`] : [])).join('&')}`;
        const { state, params } = parseViewState(search, ctx);
        for (const key of keys) {
          const raw = given[key];
          if (!raw) continue;
          seen[raw.valid ? 'valid' : 'invalid'] += 1;
          expect(params[key].status, `${key}=${raw.raw}`).toBe(raw.valid ? 'valid' : 'invalid');
          if (!raw.valid) expect(state[key], `${key}=${raw.raw}`).toEqual((defaultViewState as ViewState)[key]);
        }
        const url = serializeViewState(state);
        const back = parseViewState(url, ctx).state;
        expect(back).toEqual(state);
        expect(serializeViewState(back)).toBe(url);
      }),
      { numRuns: 300 },
    );
    const total = seen.valid + seen.invalid;
    expect(seen.valid / total).toBeGreaterThan(0.4);
    expect(seen.invalid / total).toBeGreaterThan(0.4);
  });
});
