import { describe, expect, it } from 'vitest';
import { boundsZoom, fitView, latLonOf, placePanel, worldPoint } from '../../../src/lib/map/fit-view';
import type { LatLonBounds } from '../../../src/lib/map/static-map';

const options = { zoomSnap: 0.25, minZoom: 2, maxZoom: 12 };
const bounds: LatLonBounds = [[38.3, 43.4], [41.95, 50.4]];
/** The size of `bounds` in CSS px at `zoom`. */
const sizeAt = (zoom: number): [number, number] => {
  const [x0, y0] = worldPoint(41.95, 43.4);
  const [x1, y1] = worldPoint(38.3, 50.4);
  return [(x1 - x0) * 2 ** zoom, (y1 - y0) * 2 ** zoom];
};

describe('worldPoint(lat, lon)', () => {
  it('puts the equator and the prime meridian at the middle of the 256 px world, north up', () => {
    expect(worldPoint(0, 0)).toEqual([128, 128]);
    expect(worldPoint(60, 0)[1]).toBeLessThan(128);
    expect(worldPoint(0, 90)[0]).toBe(192);
  });

  it('is undone by latLonOf', () => {
    const [lat, lon] = latLonOf(worldPoint(39.8, 46.75));
    expect(lat).toBeCloseTo(39.8, 9);
    expect(lon).toBeCloseTo(46.75, 9);
  });
});

describe('boundsZoom(bounds, size)', () => {
  it('gives the zoom at which the bounds fill the frame, snapped down to a quarter', () => {
    expect(boundsZoom(bounds, sizeAt(7), options)).toBe(7);
    // A frame 10 % larger than the bounds at zoom 7 still opens at 7: the next quarter would not fit.
    expect(boundsZoom(bounds, sizeAt(7).map((v) => v * 1.1) as [number, number], options)).toBe(7);
    expect(boundsZoom(bounds, sizeAt(7.3), options)).toBe(7.25);
  });

  it('takes the tighter side and keeps within the zoom limits', () => {
    const [w, h] = sizeAt(7);
    expect(boundsZoom(bounds, [w, h / 2], options)).toBe(6);
    expect(boundsZoom(bounds, [1, 1], options)).toBe(2);
    expect(boundsZoom(bounds, sizeAt(14), options)).toBe(12);
  });
});

describe('fitView(bounds, size, options)', () => {
  it('centres the bounds\' projected middle', () => {
    const view = fitView(bounds, sizeAt(7), options);
    const sw = worldPoint(38.3, 43.4);
    const ne = worldPoint(41.95, 50.4);
    expect(view.zoom).toBe(7);
    expect(view.centre).toEqual([(sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2]);
  });

  it('moves the centre by half the difference of the paddings, at the fitted zoom', () => {
    const [w, h] = sizeAt(7);
    const plain = fitView(bounds, [w + 100, h], options);
    const padded = fitView(bounds, [w + 100, h], { ...options, paddingTopLeft: [100, 0] });
    expect(padded.zoom).toBe(7);
    expect((padded.centre[0] - plain.centre[0]) * 2 ** 7).toBeCloseTo(-50, 9);
  });
});

describe('placePanel(panelBounds, view, size)', () => {
  it('fills the frame with a panel fitted to the bounds when the view is those bounds at their own zoom', () => {
    const size = sizeAt(7);
    const placed = placePanel(bounds, fitView(bounds, size, options), size);
    expect(placed.x).toBeCloseTo(0, 9);
    expect(placed.y).toBeCloseTo(0, 9);
    expect(placed.width).toBeCloseTo(size[0], 9);
  });

  it('doubles the panel and keeps the centre in place one zoom step in', () => {
    const size = sizeAt(7);
    const view = fitView(bounds, size, options);
    const placed = placePanel(bounds, { ...view, zoom: 8 }, size);
    expect(placed.width).toBeCloseTo(size[0] * 2, 9);
    expect(placed.x).toBeCloseTo(-size[0] / 2, 9);
    expect(placed.y).toBeCloseTo(-size[1] / 2, 9);
  });
});
