/**
 * The markup inside the live map's markers (Leaflet `divIcon`s), as strings: a place's dot and
 * label, an event's number. Every text is escaped here; the live map only hands the strings on.
 */
import type { MapPlace } from './features';
import { capitalIds } from './live-view';
import { escapeMarkup } from '../text/escape';

/**
 * A place marker's inner markup: its dot and its label on the side the layout chose. A contested
 * place's two names sit each in its own span, so a narrow map can set them on two lines; the
 * label's classes rank it for decluttering (regional, minor) below the capitals.
 */
export function placeMarkerHtml(place: Pick<MapPlace, 'id' | 'label' | 'labelPlacement'>): string {
  const { side, minor, dy } = place.labelPlacement;
  const names = place.label
    .split(' / ')
    .map((name, i, all) => `<span class="mk-name">${escapeMarkup(name)}${i < all.length - 1 ? ' /' : ''}</span>`)
    .join(' ');
  const classes = ['mk-label', `mk-label--${side}`, ...(minor ? ['mk-label--minor'] : []), ...(capitalIds.includes(place.id) ? [] : ['mk-label--regional'])];
  return `<span class="mk-dot"></span><span class="${classes.join(' ')}" style="margin-top:${dy}px">${names}</span>`;
}

/** A label marker's inner markup (the Karabakh outline's, the route's, a relation's): its text in one span. */
export function labelHtml(text: string): string {
  return `<span>${escapeMarkup(text)}</span>`;
}

/** An event marker's inner markup: its number, hidden from assistive technology (the marker's name says it). */
export function eventMarkerHtml(number: number): string {
  return `<span aria-hidden="true">${number}</span>`;
}
