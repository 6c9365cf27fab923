import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultViewState, mapLayers, parseViewState, serializeViewState, type ViewState, type ViewStateContext } from '../../../src/lib/state/view-state';

const ctx: ViewStateContext = {
  eventIds: new Set(['phone-call', 'offensive', 'exodus']),
  actorIds: new Set(['usa', 'azerbaijan', 'armenia', 'russia']),
  placeIds: new Set(['baku', 'yerevan']),
  dateBounds: ['1988-01-01', '2024-12-31'],
};

/** A parameter's raw text, and the value the state must then hold: `undefined` for an invalid one (the default stays). */
interface Raw {
  raw: string;
  valid: boolean;
  value?: unknown;
}

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%00', '-0', 'NaN', 'Infinity', '1e400', ',,,', 'usa,<b>', '__proto__', 'constructor'),
  fc.string({ minLength: 190, maxLength: 5000 }),
);
const valid = <T>(arb: fc.Arbitrary<T>, raw: (value: T) => string): fc.Arbitrary<Raw> => arb.map((value) => ({ raw: raw(value), valid: true, value }));
const invalid = (arb: fc.Arbitrary<string>): fc.Arbitrary<Raw> => arb.map((raw) => ({ raw, valid: false }));
const notIn = (allowed: Iterable<string>) => {
  const set = new Set(allowed);
  return invalid(hostile.filter((raw) => !set.has(raw)));
};
/** A list parameter ("usa,russia") with at least one part outside `allowed`. */
const notInList = (allowed: readonly string[]) => invalid(hostile.filter((raw) => raw !== '' && raw.split(',').some((part) => !allowed.includes(part))));
const day = fc.date({ min: new Date('1988-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** A coordinate in ten-thousandths of a degree, as the URL writes it. */
const degrees = (max: number) => fc.integer({ min: -max * 1e4, max: max * 1e4 }).map((n) => n / 1e4);

/** Per parameter: a valid raw value, with the value the state must then hold. */
const validParams: Record<keyof ViewState, fc.Arbitrary<Raw>> = {
  event: valid(fc.constantFrom(...ctx.eventIds), String),
  date: valid(day, String),
  focus: valid(fc.constantFrom(...ctx.actorIds), String),
  place: valid(fc.constantFrom(...ctx.placeIds), String),
  range: valid(fc.constantFrom('article', 'background'), String),
  span: valid(fc.uniqueArray(day, { minLength: 2, maxLength: 2 }).map((days) => [...days].sort() as [string, string]), (days) => days.join(',')),
  lanes: valid(fc.constantFrom('actor', 'theme'), String),
  origin: valid(fc.constantFrom('all', 'article', 'background'), String),
  hide: valid(fc.uniqueArray(fc.constantFrom(...ctx.actorIds)).map((ids) => [...ids].sort()), (ids) => [...ids].reverse().join(',')),
  layers: valid(fc.uniqueArray(fc.constantFrom(...mapLayers)).map((ids) => [...ids].sort()), (ids) => [...ids].reverse().join(',')),
  center: valid(fc.tuple(degrees(90), degrees(180)), ([lat, lon]) => `${lat},${lon}`),
  zoom: valid(fc.integer({ min: 8, max: 48 }).map((quarters) => quarters / 4), String),
  pair: valid(fc.uniqueArray(fc.constantFrom(...ctx.actorIds), { minLength: 2, maxLength: 2 }).map((ids) => [...ids].sort().join('--')), (id) => id.split('--').reverse().join('--')),
  step: valid(fc.integer({ min: 1, max: 99 }), String),
};

/** Per parameter: a raw value that is surely invalid. */
const invalidParams: Record<keyof ViewState, fc.Arbitrary<Raw>> = {
  event: notIn(ctx.eventIds),
  date: invalid(fc.oneof(hostile.filter((raw) => !/^\d{4}-\d{2}-\d{2}$/.test(raw)), fc.constantFrom('2023-02-30', '2023-13-01', '2023-00-10', '2023-11-31', '1987-12-31', '2025-01-01', '9999-99-99'))),
  focus: notIn(ctx.actorIds),
  place: notIn(ctx.placeIds),
  range: notIn(['article', 'background']),
  span: invalid(fc.oneof(hostile.filter((raw) => !/^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/.test(raw)), fc.constantFrom('2023-10-03,2023-09-19', '2023-09-19,2023-09-19', '1987-12-31,2023-01-01', '2023-09-19,2025-01-01', '2023-09-19', '2023-09-19,2023-02-30', '2023-09-19,2023-10-03,2023-11-01'))),
  lanes: notIn(['actor', 'theme']),
  origin: notIn(['all', 'article', 'background']),
  hide: notInList([...ctx.actorIds]),
  layers: notInList(mapLayers),
  center: invalid(fc.oneof(hostile.filter((raw) => !/^-?\d{1,2}(\.\d{1,6})?,-?\d{1,3}(\.\d{1,6})?$/.test(raw)), fc.constantFrom('91,0', '-90.5,0', '0,181', '0,-180.1', '1,2,3', '100,0'))),
  zoom: invalid(fc.oneof(hostile.filter((raw) => !/^\d{1,2}(\.(25|5|75))?$/.test(raw)), fc.constantFrom('1.75', '12.25', '13', '0', '99', '3.3', '-2'))),
  pair: invalid(fc.oneof(hostile.filter((raw) => !/^[a-z-]+--[a-z-]+$/.test(raw)), fc.constantFrom('usa--usa', 'usa--mars', 'usa', 'usa--russia--armenia'))),
  step: invalid(fc.oneof(hostile.filter((raw) => !/^[1-9]\d?$/.test(raw)), fc.constantFrom('0', '01', '100', '-1', '2.5'))),
};

/** Per parameter: a valid raw value or a surely invalid one, equally often. */
const params = Object.fromEntries(Object.keys(validParams).map((k) => [k, fc.oneof(validParams[k as keyof ViewState], invalidParams[k as keyof ViewState])])) as Record<keyof ViewState, fc.Arbitrary<Raw>>;
const keys = Object.keys(params) as (keyof ViewState)[];

describe('parseViewState(valid and hostile input, equally often)', () => {
  it('takes every valid parameter, drops every invalid one to the default, reports which, and never throws', () => {
    const seen = { valid: 0, invalid: 0 };
    const query = fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(params[k], { nil: undefined })])) as Record<keyof ViewState, fc.Arbitrary<Raw | undefined>>);
    fc.assert(
      fc.property(query, fc.string(), (given, junk) => {
        const pairs = keys.flatMap((k) => (given[k] ? [`${encodeURIComponent(k)}=${encodeURIComponent(given[k].raw)}`] : []));
        const { state, params: results } = parseViewState(`${[...pairs, `other=${encodeURIComponent(junk)}`].join('&')}`, ctx);
        for (const key of keys) {
          const raw = given[key];
          const fallback = (defaultViewState as ViewState)[key];
          if (!raw) {
            expect(results[key].status, key).toBe('missing');
            expect(state[key], key).toEqual(fallback);
          } else if (raw.valid) {
            seen.valid += 1;
            expect(results[key].status, `${key}=${raw.raw}`).toBe('valid');
            // Lists compare as sets: a list with the default's items comes back in the default's order.
            const got = state[key];
            expect(key === 'hide' || key === 'layers' ? [...(got as string[])].sort() : got, `${key}=${raw.raw}`).toEqual(raw.value);
          } else {
            seen.invalid += 1;
            expect(results[key].status, `${key}=${raw.raw}`).toBe('invalid');
            expect(state[key], `${key}=${raw.raw}`).toEqual(fallback);
          }
        }
      }),
      { numRuns: 400 },
    );
    // Both kinds were tried about equally often (each about half of the parameters given).
    const given = seen.valid + seen.invalid;
    expect(seen.valid / given).toBeGreaterThan(0.4);
    expect(seen.invalid / given).toBeGreaterThan(0.4);
  });
});

describe('serializeViewState(state) and back', () => {
  /** A valid state, every field drawn from the values a URL may carry. */
  const optional = new Set<keyof ViewState>(['event', 'date', 'focus', 'place', 'span', 'center', 'zoom']);
  const validState: fc.Arbitrary<ViewState> = fc.record(
    Object.fromEntries(keys.map((k) => [k, validParams[k].map((raw) => raw.value)])) as Record<keyof ViewState, fc.Arbitrary<never>>,
    { requiredKeys: keys.filter((k) => !optional.has(k)) },
  );

  it('round-trips every valid state: state → URL → state gives the same state, and the same URL again', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = new URL(`https://example.org/en/map/${serializeViewState(state)}`);
        const back = parseViewState(url.search, ctx).state;
        const normal = (s: ViewState) => ({ ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)), hide: [...s.hide].sort(), layers: [...s.layers].sort() });
        expect(normal(back)).toEqual(normal(state));
        expect(serializeViewState(back)).toBe(url.search);
      }),
      { numRuns: 400 },
    );
  });
});
