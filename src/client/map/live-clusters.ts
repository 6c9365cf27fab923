/**
 * Decluttering the live map: labels that would cover markers, controls or each other give way,
 * and markers too close together for a pointer are reached through a cluster control over them,
 * which opens a short list of what it stands for. The control is for the pointer only: each
 * marker keeps its own Tab stop.
 */
import type * as Leaflet from 'leaflet';
import { declutterLabels, declutterTargets, type MarkerCluster } from './declutter';
import type { LiveMapContext } from './live-context';

/** One entry of a cluster's list: a record's marker and the name the list gives it. */
export interface ClusterEntry {
  id: string;
  name: string;
  marker: Leaflet.Marker;
}

/** The key of a marker element in `ctx.markers`. */
const keyOf = (el: HTMLElement) => `${el.classList.contains('map-marker--event') ? 'event' : 'place'}:${el.dataset.id ?? ''}`;

/** The name a cluster gives a marker element: a place's label, else the marker's accessible name. */
const nameOf = (ctx: LiveMapContext, el: HTMLElement) => (el.classList.contains('map-marker--place') ? ctx.config.places.find((p) => p.id === el.dataset.id)?.label : undefined) ?? el.getAttribute('aria-label') ?? '';

/** The list entries of the markers `keys` (`place:<id>`, `event:<id>`) that are on the map. */
export function clusterEntries(ctx: LiveMapContext, keys: readonly string[]): ClusterEntry[] {
  return keys.flatMap((key) => {
    const marker = ctx.markers.get(key);
    const el = marker?.getElement();
    return marker && el ? [{ id: el.dataset.id ?? '', name: nameOf(ctx, el), marker }] : [];
  });
}

/**
 * Opens the list of `entries` in a popup at `at`; each entry opens its marker's card (or selects
 * its record). Focus goes to the entry `focusId`, else to the first.
 */
export function openClusterList(ctx: LiveMapContext, at: Leaflet.LatLng, entries: readonly ClusterEntry[], focusId?: string): HTMLElement {
  const { L, map } = ctx;
  const size = map.getSize();
  const list = document.createElement('div');
  list.className = 'map-cluster-list';
  const heading = document.createElement('p');
  heading.className = 'map-card-kicker';
  heading.textContent = ctx.config.strings.clusterHeading;
  const items = document.createElement('ul');
  for (const { id, name, marker } of entries) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.id = id;
    button.textContent = name;
    button.addEventListener('click', () => {
      map.closePopup();
      if (marker.getPopup()) marker.openPopup();
      else marker.fire('click');
    });
    const item = document.createElement('li');
    item.append(button);
    items.append(item);
  }
  list.append(heading, items);
  L.popup({ maxWidth: Math.min(320, size.x - 70), autoPanPaddingTopLeft: [16, 86], autoPanPaddingBottomRight: [16, 16] }).setLatLng(at).setContent(list).openOn(map);
  const focus = (focusId && list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(focusId)}"]`)) || list.querySelector('button');
  focus?.focus({ preventScroll: true });
  return list;
}

/** Returns the function that declutters the map's labels and draws its cluster controls afresh (nothing before the map has its view). */
export function declutterer(ctx: LiveMapContext, isNarrow: () => boolean): () => void {
  const { L, map, liveEl } = ctx;
  const clusterLayer = L.layerGroup().addTo(map);
  const drawClusters = (clusters: MarkerCluster[]) => {
    clusterLayer.clearLayers();
    const origin = liveEl.getBoundingClientRect();
    for (const { box, markers: members } of clusters) {
      const [width, height] = [box.right - box.left, box.bottom - box.top];
      const at = map.containerPointToLatLng([(box.left + box.right) / 2 - origin.left, (box.top + box.bottom) / 2 - origin.top]);
      const control = L.marker(at, { keyboard: false, zIndexOffset: 2000, icon: L.divIcon({ className: 'map-cluster', html: '', iconSize: [width, height], iconAnchor: [width / 2, height / 2] }) });
      control.on('add', () => {
        const el = control.getElement();
        el?.setAttribute('aria-hidden', 'true');
        el?.setAttribute('title', members.map((m) => nameOf(ctx, m)).join(' · '));
        if (el) el.dataset.members = members.map((m) => m.dataset.id).join(' ');
      });
      control.on('click', () => openClusterList(ctx, at, clusterEntries(ctx, members.map(keyOf))));
      control.addTo(clusterLayer);
    }
  };
  return () => {
    if (!ctx.hasView) return;
    liveEl.classList.toggle('is-narrow', isNarrow());
    declutterLabels(liveEl);
    drawClusters(declutterTargets(liveEl));
  };
}
