import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataActor, DataEvent, DataPlace, DataRelation } from '../../../src/lib/data/types';
import { exodusFigures, exodusRoute, exodusWaypoints, mapEvents, mapRelations, mapRelationsAt, mapRelationSpans, placeLabel } from '../../../src/lib/map/features';
import { activeRelationsAt, relationArc } from '../../../src/lib/map/relations';

const read = <T>(name: string) => JSON.parse(readFileSync(`src/generated/data/${name}.json`, 'utf8')) as T;
const places = read<DataPlace[]>('places');
const events = read<DataEvent[]>('events');
const relations = read<DataRelation[]>('relations');
const actors = read<DataActor[]>('actors');

describe('map features', () => {
  it('placeLabel adds the other side\'s name only where the name lacks it', () => {
    expect(placeLabel({ names: { en: 'Lachin', de: 'Latschin' }, alternate: { en: 'Berdzor', de: 'Berdzor' } }, 'de')).toBe('Latschin / Berdzor');
    expect(placeLabel(places.find((p) => p.id === 'khankendi-stepanakert')!, 'en')).toBe('Khankendi / Stepanakert');
    expect(placeLabel(places.find((p) => p.id === 'goris')!, 'en')).toBe('Goris');
  });

  it('exodusRoute(places) runs from Khankendi/Stepanakert through Lachin and Kornidzor to Goris and Yerevan', () => {
    const route = exodusRoute(places);
    expect(route).toHaveLength(exodusWaypoints.length);
    expect(route[0]).toEqual([46.7519, 39.8153]);
    expect(route[route.length - 1]).toEqual([44.5136, 40.1811]);
  });

  it('exodusRoute fails loudly when a waypoint is missing', () => {
    expect(() => exodusRoute(places.filter((p) => p.id !== 'kornidzor'))).toThrow(/kornidzor/);
  });

  it('exodusFigures(exodus, en) gives each number with who gives it', () => {
    const figures = exodusFigures(events.find((e) => e.id === 'exodus'), 'en');
    expect(figures.map((f) => [f.value, f.by])).toEqual([
      ['almost all of 120,000', 'Reuters (the article)'],
      ['100,417', 'Armenian government'],
      ['115,183', 'UNHCR'],
    ]);
    expect(figures.map((f) => f.fromArticle)).toEqual([true, false, false]);
    expect(exodusFigures(events.find((e) => e.id === 'exodus'), 'de')[0]!.value).toBe('fast alle 120.000');
  });

  it('mapEvents numbers the located events in date order and keeps each row left to right', () => {
    const located = mapEvents(events, places, 'en');
    expect(located.length).toBe(events.filter((e) => e.place).length);
    expect(located.map((e) => e.number)).toEqual(located.map((_, i) => i + 1));
    const atLachin = located.filter((e) => e.place === 'lachin-berdzor');
    expect(atLachin.map((e) => e.offset[0])).toEqual([...atLachin.map((e) => e.offset[0])].sort((a, b) => a - b));
    expect(new Set(located.map((e) => `${e.position}|${e.offset}`)).size).toBe(located.length);
  });

  it('activeRelationsAt(relations, 2023-11-28) holds only relations between states with a capital on the map', () => {
    const ids = activeRelationsAt(relations, '2023-11-28').map((r) => r.id);
    expect(ids).toEqual(['armenia-russia-ally', 'armenia-russia-distancing', 'usa-supports-armenia', 'usa-azerbaijan-strained', 'usa-azerbaijan-damaged']);
    // Open ends continue after the report; Baku's verdict gives way to the normalisation.
    expect(activeRelationsAt(relations, '2023-12-10').map((r) => r.id)).toEqual(['armenia-russia-ally', 'armenia-russia-distancing', 'usa-supports-armenia', 'usa-azerbaijan-normalising']);
  });

  it('mapRelations styles each line by tone and kind', () => {
    const lines = mapRelations(relations, actors, places, '2023-11-28', 'en');
    const strained = lines.find((l) => l.id === 'usa-azerbaijan-strained')!;
    expect(strained.toneVariable).toBe('--tone-m1');
    expect(strained.dash).not.toBe('');
    expect(lines.find((l) => l.id === 'usa-supports-armenia')!.pair).toBe('United States → Armenia');
  });

  it('relationArc(from, to) starts and ends at the capitals and bends away from the straight line', () => {
    const arc = relationArc([0, 0], [10, 0], 0.2, 4);
    expect(arc[0]).toEqual([0, 0]);
    expect(arc[4]).toEqual([10, 0]);
    expect(arc[2]![1]).toBeGreaterThan(0);
  });
});

describe('mapRelationsAt(spans, date)', () => {
  it('mapRelationsAt gives the same lines as mapRelations on that date, and other lines on another date', () => {
    const spans = mapRelationSpans(relations, actors, places, 'en');
    expect(mapRelationsAt(spans, '2023-11-28')).toEqual(mapRelations(relations, actors, places, '2023-11-28', 'en'));
    const before = mapRelationsAt(spans, '2023-09-01').map((r) => r.id);
    const after = mapRelationsAt(spans, '2023-11-28').map((r) => r.id);
    expect(before).not.toEqual(after);
    expect(spans.every((s) => s.start <= s.end)).toBe(true);
  });
});
