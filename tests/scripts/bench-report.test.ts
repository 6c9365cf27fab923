import { describe, expect, it } from 'vitest';
import { boundTable, compare, comparisonTable, floorTable, leafletTable, median, medianSample, pagesTable, sortPaths, times, viewOfPath, type PageResult, type Sample } from '../../scripts/bench/report';

function sample(overrides: Partial<Sample>): Sample {
  return { requests: 1, transferBytes: 1000, jsBytes: 0, cssBytes: 0, visualMs: 100, interactiveMs: 100, blockingMs: 0, lcpMs: 100, leafletMs: 0, beforeLeafletBytes: 1000, beforeLeafletBlockingMs: 0, ...overrides };
}

function page(label: string, kind: PageResult['kind'], view: PageResult['view'], one: Partial<Sample>, four: Partial<Sample> = one): PageResult {
  return { label, url: label, kind, view, visualBy: 'test', medians: { '1': sample(one), '4': sample(four) }, samples: {}, foreignRequests: [] };
}

describe('median', () => {
  it('median of an odd count returns the middle value regardless of order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });
  it('median of an even count returns the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('median of no values returns 0', () => {
    expect(median([])).toBe(0);
  });
  it('medianSample takes the median of each metric on its own', () => {
    const result = medianSample([sample({ visualMs: 50, requests: 9 }), sample({ visualMs: 500, requests: 1 }), sample({ visualMs: 70, requests: 5 })]);
    expect(result.visualMs).toBe(70);
    expect(result.requests).toBe(5);
  });
});

describe('viewOfPath', () => {
  it('viewOfPath maps view and embed paths to their view and other pages to none', () => {
    expect(viewOfPath('/de/timeline/')).toBe('timeline');
    expect(viewOfPath('/de/embed/relations/')).toBe('relations');
    expect(viewOfPath('/de/map/')).toBe('map');
    expect(viewOfPath('/de/sources/')).toBeUndefined();
    expect(viewOfPath('/de/')).toBeUndefined();
  });
  it('sortPaths puts language homes first and embeds last', () => {
    expect(sortPaths(['/de/embed/map/', '/de/sources/', '/en/', '/de/', '/de/map/'])).toEqual(['/de/', '/en/', '/de/map/', '/de/sources/', '/de/embed/map/']);
  });
});

describe('compare', () => {
  const pages = [
    page('/de/timeline/', 'ours', 'timeline', { transferBytes: 20_000, jsBytes: 10_000, visualMs: 100 }, { visualMs: 200 }),
    page('/de/sources/', 'ours', undefined, { visualMs: 80 }),
    page('TimelineJS', 'peer', 'timeline', { transferBytes: 120_000, jsBytes: 60_000, visualMs: 450 }, { visualMs: 1600 }),
    page('Cytoscape.js', 'peer', 'relations', { visualMs: 300 }),
    page('empty page', 'floor', undefined, { visualMs: 40 }, { visualMs: 50 }),
  ];
  const rows = compare(pages, ['1', '4']);

  it('compare pairs a view page only with the peers of the same view', () => {
    expect(rows.map((row) => [row.ours, row.peer])).toEqual([['/de/timeline/', 'TimelineJS']]);
  });
  it('compare gives peer ÷ ours for bytes and time to visual, per throttling rate', () => {
    expect(rows[0]!.lighter).toBe(6);
    expect(rows[0]!.lessJs).toBe(6);
    expect(rows[0]!.fasterVisual).toEqual({ '1': 4.5, '4': 8 });
  });
  it('compare gives the distance of our visual to the empty page', () => {
    expect(rows[0]!.aboveFloorMs).toEqual({ '1': 60, '4': 150 });
    expect(rows[0]!.floorRatio['1']).toBe(2.5);
  });
  it('comparisonTable prints ratios and signed distances to the floor', () => {
    const table = comparisonTable(rows, ['1', '4']);
    expect(table).toContain('| /de/timeline/ | TimelineJS | 6.0× | 6.0× | 4.5× | 8.0× | +60 | +150 |');
  });
  it('pagesTable marks peers and the floor and prints sizes in kB', () => {
    const table = pagesTable(pages, ['1', '4']);
    expect(table).toContain('| TimelineJS *(peer)* | 1 | 120.0 | 60.0 |');
    expect(table).toContain('| empty page *(floor)* |');
  });
});

describe('times', () => {
  it('times shows unknown or infinite ratios as a dash', () => {
    expect(times(undefined)).toBe('–');
    expect(times(Infinity)).toBe('–');
    expect(times(12.4)).toBe('12×');
  });
});

describe('floorTable', () => {
  it('floorTable lists our pages and the bounds with their distance and ratio to the empty page, and no peer', () => {
    const table = floorTable(
      [
        page('/de/', 'ours', undefined, { visualMs: 150 }, { visualMs: 300 }),
        page('vis-network', 'peer', 'relations', { visualMs: 500 }),
        page('timeline drawing alone', 'bound', undefined, { visualMs: 120 }, { visualMs: 180 }),
        page('empty page', 'floor', undefined, { visualMs: 100 }, { visualMs: 100 }),
      ],
      ['1', '4'],
    );
    expect(table).toContain('| /de/ | +50 | 1.5× | +200 | 3.0× |');
    expect(table).toContain('| timeline drawing alone *(bound)* | +20 | 1.2× | +80 | 1.8× |');
    expect(table).not.toContain('vis-network');
  });
});

describe('boundTable', () => {
  it('boundTable gives each view page its distance to its own drawing alone, and the bound\'s to the floor', () => {
    const table = boundTable(
      [
        page('/de/map/', 'ours', 'map', { visualMs: 180 }, { visualMs: 400 }),
        page('/de/relations/', 'ours', 'relations', { visualMs: 130 }, { visualMs: 250 }),
        page('map drawing alone', 'bound', 'map', { visualMs: 150 }, { visualMs: 300 }),
        page('timeline drawing alone, unstyled', 'bound', undefined, { visualMs: 90 }),
        page('empty page', 'floor', undefined, { visualMs: 100 }, { visualMs: 120 }),
      ],
      ['1', '4'],
    );
    expect(table).toContain('| /de/map/ | map drawing alone | +30 | +100 | +50 | +180 |');
    // A view without a bound of its own, and a bound of no view, give no row.
    expect(table).not.toContain('/de/relations/');
    expect(table).not.toContain('unstyled');
  });
});

describe('leafletTable', () => {
  it('leafletTable lists only the pages with a live map: bytes before Leaflet and in all, static visual, Leaflet drawn, both blocking times', () => {
    const table = leafletTable(
      [
        page('/de/map/', 'ours', 'map', { transferBytes: 90_000, beforeLeafletBytes: 40_000, visualMs: 120, leafletMs: 300, blockingMs: 10, beforeLeafletBlockingMs: 0 }, { transferBytes: 90_000, beforeLeafletBytes: 40_000, visualMs: 250, leafletMs: 900, blockingMs: 140, beforeLeafletBlockingMs: 20 }),
        page('/de/timeline/', 'ours', 'timeline', { visualMs: 100 }),
      ],
      ['1', '4'],
    );
    expect(table).toContain('| /de/map/ | 40.0 | 90.0 | 120 | 300 | 0 | 10 | 250 | 900 | 20 | 140 |');
    expect(table).not.toContain('/de/timeline/');
  });
});
