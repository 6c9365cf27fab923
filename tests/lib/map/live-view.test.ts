import { describe, expect, it } from 'vitest';
import { addressOfView, layersAtZoom, relationsDateOf, relationsZoom, wrapLongitude } from '../../../src/lib/map/live-view';
import { mapLayers } from '../../../src/lib/state/view-state';

describe('layersAtZoom(on, zoom)', () => {
  it('draws the relations only in the zoomed-out view, every other layer that is on at any zoom', () => {
    expect(layersAtZoom(mapLayers, relationsZoom)).toEqual([...mapLayers]);
    expect(layersAtZoom(mapLayers, relationsZoom + 0.25)).toEqual(mapLayers.filter((l) => l !== 'relations'));
  });

  it('draws no layer the reader has switched off, in the legend\'s order', () => {
    expect(layersAtZoom(['events', 'borders'], 3)).toEqual(['borders', 'events']);
    expect(layersAtZoom([], 3)).toEqual([]);
  });
});

describe('wrapLongitude(lng)', () => {
  it('wraps a longitude past the antimeridian back into [-180, 180], keeping 180', () => {
    expect(wrapLongitude(190)).toBe(-170);
    expect(wrapLongitude(-190)).toBe(170);
    expect(wrapLongitude(46.5)).toBe(46.5);
    expect(wrapLongitude(180)).toBe(180);
    expect(wrapLongitude(-180)).toBe(-180);
    expect(wrapLongitude(540)).toBe(-180);
  });
});

describe('addressOfView(center, zoom, defaults)', () => {
  const defaults = { center: { lat: 39.8, lng: 46.75 }, zoom: 7 };

  it('keeps nothing at the opening view, nor within 1e-4° of its centre', () => {
    expect(addressOfView({ lat: 39.80005, lng: 46.75005 }, 7, defaults)).toEqual({ center: undefined, zoom: undefined });
  });

  it('keeps the centre rounded to 4 decimals and wrapped, and the zoom, once either differs', () => {
    expect(addressOfView({ lat: 40.123456, lng: 406.5 }, 7, defaults)).toEqual({ center: [40.1235, 46.5], zoom: 7 });
    expect(addressOfView(defaults.center, 5.5, defaults)).toEqual({ center: [39.8, 46.75], zoom: 5.5 });
  });
});

describe('relationsDateOf(state, eventDates, pageDate)', () => {
  const eventDates = { 'phone-call': '2023-11-27' };

  it('takes the state\'s date first, then the selected event\'s first day, then the page\'s date', () => {
    expect(relationsDateOf({ date: '2023-10-01', event: 'phone-call' }, eventDates, '2023-11-28')).toBe('2023-10-01');
    expect(relationsDateOf({ event: 'phone-call' }, eventDates, '2023-11-28')).toBe('2023-11-27');
    expect(relationsDateOf({ event: 'unknown' }, eventDates, '2023-11-28')).toBe('2023-11-28');
    expect(relationsDateOf({}, eventDates, '2023-11-28')).toBe('2023-11-28');
  });
});
