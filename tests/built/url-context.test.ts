import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/lib/data/dataset';
import { mainActorIds } from '../../src/lib/encoding/actors';
import { urlContextOf } from '../../src/lib/state/url-context';
import { builtPages, page } from './built-site';

const expected = urlContextOf({ ...dataset, mainActors: mainActorIds });

describe('the address context of the built pages', () => {
  it('is on every page once, the same everywhere, so a link that works in one view works in all', () => {
    const paths = [...builtPages().keys()].filter((p) => /^\/(de|en|embed)\//.test(p));
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const scripts = page(path)('script[data-url-context]');
      expect(scripts.length, path).toBe(1);
      expect(JSON.parse(scripts.text()), path).toEqual(expected);
    }
  });

  it('is not copied into the map\'s config, so the map reads the page\'s context like every view', () => {
    const config = page('/de/map/')('script.map-config');
    expect(config.length).toBe(1);
    expect(JSON.parse(config.text())).not.toHaveProperty('ids');
  });
});
