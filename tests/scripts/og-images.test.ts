import { describe, expect, it } from 'vitest';
import { rasterise } from '../../scripts/og-images';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="30" font-family="DejaVu Sans" font-size="20">Bergkarabach</text></svg>';

describe('rasterise(svg)', () => {
  it('draws the text in the shipped font, at the size of the SVG, and the same SVG gives the same bytes', () => {
    const first = rasterise(svg);
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([120, 63]);
    expect(rasterise(svg).equals(first)).toBe(true);
    // Without a font the text draws nothing: the PNG of the blank image is smaller.
    expect(first.length).toBeGreaterThan(rasterise(svg.replace(/<text[\s\S]*<\/text>/, '')).length + 200);
  });
});
