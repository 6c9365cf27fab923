/**
 * Pure helpers of the page benchmark: medians, page classification, ratios to the reference
 * pages and to the empty page, and the markdown tables. No I/O, so they can be unit-tested.
 */

/** The views of the site that have reference pages built with other tools. */
export type View = 'timeline' | 'relations' | 'map';

/**
 * What a measured page is: one of ours, a reference page of another tool, the empty page (the
 * floor), or a bound: one of our drawings alone, which shows what the drawing itself costs.
 */
export type PageKind = 'ours' | 'peer' | 'floor' | 'bound';

/** The numbers measured in one load of one page. Times in ms from navigation start, sizes in bytes. */
export interface Sample {
  requests: number;
  transferBytes: number;
  jsBytes: number;
  cssBytes: number;
  visualMs: number;
  interactiveMs: number;
  blockingMs: number;
  lcpMs: number;
  /** When Leaflet had drawn the live map (0 on a page without one). */
  leafletMs: number;
  /** Bytes on the wire before the map asked for Leaflet (all of them on a page without a map). */
  beforeLeafletBytes: number;
  /** Blocking time of the long tasks that started before the map asked for Leaflet (all of it without a map). */
  beforeLeafletBlockingMs: number;
}

/** The metrics of `Sample`, in table order. */
export const metrics: (keyof Sample)[] = ['requests', 'transferBytes', 'jsBytes', 'cssBytes', 'visualMs', 'interactiveMs', 'blockingMs', 'lcpMs', 'leafletMs', 'beforeLeafletBytes', 'beforeLeafletBlockingMs'];

/** One measured page with its median sample per CPU throttling rate (`'1'`, `'4'`). */
export interface PageResult {
  label: string;
  url: string;
  kind: PageKind;
  view?: View;
  /** How the visual was detected, e.g. "element timing", "svg painted", "first contentful paint". */
  visualBy: string;
  medians: Record<string, Sample>;
  samples: Record<string, Sample[]>;
  foreignRequests: string[];
}

/** The median of a list of numbers (the mean of the two middle values for an even count); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The metric-by-metric median of several samples. */
export function medianSample(samples: Sample[]): Sample {
  const result = {} as Sample;
  for (const metric of metrics) result[metric] = median(samples.map((sample) => sample[metric]));
  return result;
}

/** Which view a page of ours shows, from its path (`/de/timeline/`, `/de/embed/map/` …); undefined for other pages. */
export function viewOfPath(path: string): View | undefined {
  const lower = path.toLowerCase();
  if (/timeline|zeitleiste|chronolog/.test(lower)) return 'timeline';
  if (/relation|graph|network|netz|beziehung/.test(lower)) return 'relations';
  if (/map|karte/.test(lower)) return 'map';
  return undefined;
}

/** Sorts site paths: language homes, then top-level pages, then embeds, each alphabetically. */
export function sortPaths(paths: string[]): string[] {
  const rank = (path: string) => (/^\/[a-z]{2}\/$/.test(path) ? 0 : path.includes('/embed/') ? 2 : 1);
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** `part / whole`, or undefined when either is missing or the divisor is zero. */
export function ratio(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return part / whole;
}

/** One row of the comparison: one of our view pages against one peer and the empty page. */
export interface Comparison {
  ours: string;
  peer: string;
  view: View;
  /** Peer bytes transferred ÷ ours: how many times lighter our page is. */
  lighter?: number;
  /** Peer JS bytes ÷ ours. */
  lessJs?: number;
  /** Peer time to visual ÷ ours, per throttling rate: how many times faster our visual is. */
  fasterVisual: Record<string, number | undefined>;
  /** Our time to visual minus the empty page's, per throttling rate, in ms. */
  aboveFloorMs: Record<string, number | undefined>;
  /** Our time to visual ÷ the empty page's, per throttling rate. */
  floorRatio: Record<string, number | undefined>;
}

/** Compares every page of ours that shows a view with every peer of that view and with the floor. */
export function compare(pages: PageResult[], rates: string[]): Comparison[] {
  const floor = pages.find((page) => page.kind === 'floor');
  const rows: Comparison[] = [];
  for (const ours of pages.filter((page) => page.kind === 'ours' && page.view)) {
    for (const peer of pages.filter((page) => page.kind === 'peer' && page.view === ours.view)) {
      const base = ours.medians[rates[0]!];
      const peerBase = peer.medians[rates[0]!];
      const row: Comparison = {
        ours: ours.label,
        peer: peer.label,
        view: ours.view!,
        lighter: ratio(peerBase?.transferBytes, base?.transferBytes),
        lessJs: ratio(peerBase?.jsBytes, base?.jsBytes),
        fasterVisual: {},
        aboveFloorMs: {},
        floorRatio: {},
      };
      for (const rate of rates) {
        const mine = ours.medians[rate]?.visualMs;
        const empty = floor?.medians[rate]?.visualMs;
        row.fasterVisual[rate] = ratio(peer.medians[rate]?.visualMs, mine);
        row.aboveFloorMs[rate] = mine !== undefined && empty !== undefined ? mine - empty : undefined;
        row.floorRatio[rate] = ratio(mine, empty);
      }
      rows.push(row);
    }
  }
  return rows;
}

/** Bytes as kB (1,000 bytes) with one decimal. */
export function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** A ratio as `3.2×`, or `–` when unknown. */
export function times(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
}

/** A markdown table from a header row and body rows; columns after the first are right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** A page's name in the tables: our pages by path, the others with their kind in italics. */
function pageName(page: PageResult): string {
  return page.kind === 'ours' ? page.label : `${page.label} *(${page.kind})*`;
}

/** The table of medians per page: sizes once (they do not depend on the CPU), times per throttling rate. */
export function pagesTable(pages: PageResult[], rates: string[]): string {
  const header = ['page', 'requests', 'transfer kB', 'JS kB', 'CSS kB'];
  for (const rate of rates) {
    const tag = rate === '1' ? '' : ` (${rate}× CPU)`;
    header.push(`visual ms${tag}`, `interactive ms${tag}`, `TBT ms${tag}`, `LCP ms${tag}`);
  }
  const rows = pages.map((page) => {
    const base = page.medians[rates[0]!]!;
    const cells = [pageName(page), String(Math.round(base.requests)), kilobytes(base.transferBytes), kilobytes(base.jsBytes), kilobytes(base.cssBytes)];
    for (const rate of rates) {
      const sample = page.medians[rate]!;
      cells.push(...[sample.visualMs, sample.interactiveMs, sample.blockingMs, sample.lcpMs].map((value) => String(Math.round(value))));
    }
    return cells;
  });
  return markdownTable(header, rows);
}

/** The table of ratios: how many times lighter and faster to a visual than each peer, and the distance to the floor. */
export function comparisonTable(rows: Comparison[], rates: string[]): string {
  const header = ['our page', 'peer', 'lighter (bytes)', 'less JS'];
  for (const rate of rates) header.push(`faster to visual${rate === '1' ? '' : ` (${rate}×)`}`);
  for (const rate of rates) header.push(`visual − floor ms${rate === '1' ? '' : ` (${rate}×)`}`);
  return markdownTable(
    header,
    rows.map((row) => [
      row.ours,
      row.peer,
      times(row.lighter),
      times(row.lessJs),
      ...rates.map((rate) => times(row.fasterVisual[rate])),
      ...rates.map((rate) => {
        const value = row.aboveFloorMs[rate];
        return value === undefined ? '–' : `${value >= 0 ? '+' : ''}${Math.round(value)}`;
      }),
    ]),
  );
}

/** Every page of ours, and every bound, against the empty page: time to visual above the floor and as a multiple of it, per throttling rate. */
export function floorTable(pages: PageResult[], rates: string[]): string {
  const floor = pages.find((page) => page.kind === 'floor');
  const header = ['our page'];
  for (const rate of rates) header.push(`visual − floor ms${rate === '1' ? '' : ` (${rate}×)`}`, `÷ floor${rate === '1' ? '' : ` (${rate}×)`}`);
  const rows = pages
    .filter((page) => page.kind === 'ours' || page.kind === 'bound')
    .map((page) => [
      pageName(page),
      ...rates.flatMap((rate) => {
        const mine = page.medians[rate]?.visualMs;
        const empty = floor?.medians[rate]?.visualMs;
        if (mine === undefined || empty === undefined) return ['–', '–'];
        const above = Math.round(mine - empty);
        return [`${above >= 0 ? '+' : ''}${above}`, times(ratio(mine, empty))];
      }),
    ]);
  return markdownTable(header, rows);
}

/** A signed whole number of ms (`+12`, `-3`), or `–` when unknown. */
function signedMs(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Math.round(value);
  return `${rounded >= 0 ? '+' : ''}${rounded}`;
}

/**
 * Every page of ours that shows a view against that view's drawing alone (its bound): the time
 * to visual above the bound, per throttling rate, and the bound's own time above the floor.
 */
export function boundTable(pages: PageResult[], rates: string[]): string {
  const floor = pages.find((page) => page.kind === 'floor');
  const header = ['our page', 'bound'];
  for (const rate of rates) header.push(`visual − bound ms${rate === '1' ? '' : ` (${rate}×)`}`);
  for (const rate of rates) header.push(`bound − floor ms${rate === '1' ? '' : ` (${rate}×)`}`);
  const rows: string[][] = [];
  for (const ours of pages.filter((page) => page.kind === 'ours' && page.view)) {
    for (const bound of pages.filter((page) => page.kind === 'bound' && page.view === ours.view)) {
      rows.push([
        ours.label,
        bound.label,
        ...rates.map((rate) => signedMs(ours.medians[rate] && bound.medians[rate] ? ours.medians[rate]!.visualMs - bound.medians[rate]!.visualMs : undefined)),
        ...rates.map((rate) => signedMs(bound.medians[rate] && floor?.medians[rate] ? bound.medians[rate]!.visualMs - floor.medians[rate]!.visualMs : undefined)),
      ]);
    }
  }
  return markdownTable(header, rows);
}

/** The pages with a live map: the static visual, Leaflet drawn, and bytes and blocking time before Leaflet was asked for and in all. */
export function leafletTable(pages: PageResult[], rates: string[]): string {
  const header = ['page', 'kB before Leaflet', 'kB in all'];
  for (const rate of rates) {
    const tag = rate === '1' ? '' : ` (${rate}×)`;
    header.push(`visual ms${tag}`, `Leaflet ms${tag}`, `TBT before Leaflet ms${tag}`, `TBT ms${tag}`);
  }
  const rows = pages
    .filter((page) => page.kind === 'ours' && Object.values(page.medians).some((sample) => sample.leafletMs > 0))
    .map((page) => {
      const base = page.medians[rates[0]!]!;
      return [
        page.label,
        kilobytes(base.beforeLeafletBytes),
        kilobytes(base.transferBytes),
        ...rates.flatMap((rate) => {
          const sample = page.medians[rate]!;
          return [sample.visualMs, sample.leafletMs, sample.beforeLeafletBlockingMs, sample.blockingMs].map((value) => String(Math.round(value)));
        }),
      ];
    });
  return markdownTable(header, rows);
}
