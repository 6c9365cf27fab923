import { describe, expect, it } from 'vitest';
import { ogImageFor, ogImagePath } from '../../../src/lib/site/og-image';

describe('ogImageFor(pathOrView)', () => {
  it('names a view\'s picture for its page, embed and worksheets, and the home picture for every other page', () => {
    expect(['timeline/', 'worksheet/timeline/', 'worksheet/timeline/answers/', 'timeline'].map(ogImageFor)).toEqual(['timeline', 'timeline', 'timeline', 'timeline']);
    expect(['map/', 'relations'].map(ogImageFor)).toEqual(['map', 'relations']);
    expect(['', 'story/', 'story', 'sources/', 'about/', 'teach/', 'licences/', 'mapping/'].map(ogImageFor)).toEqual(Array(8).fill('home'));
    expect(ogImagePath('de', 'map')).toBe('/og/de/map.png');
  });
});
