/**
 * The live map: turns the static map of a `<karabakh-map>` into a Leaflet map. The only module
 * that imports Leaflet (it touches `window` on import) and its styles; `client/map.ts` imports it
 * only when the reader reaches for the map or the browser is idle, so Vite puts Leaflet in a chunk
 * of its own. It reads the features the server computed (`.map-config`), the geodata files the
 * build emitted, and the shared view state from the URL; it writes the map's part of the view
 * state (event, place, layers, centre, zoom) back with `history.replaceState`, and follows the
 * other views on the page: their selected event is highlighted, the relations follow their date.
 * It opens on the view the static map showed (both follow Leaflet's `fitBounds`, see
 * `lib/map/fit-view.ts`). Markers are keyboard-reachable `divIcon`s; Enter opens a marker's card
 * (the server-rendered `[data-card][data-id]`), Escape closes it; where the page has no card for a
 * marker (a compact map), Enter and click select its record.
 */
import './map-live.css';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Leaflet's ES module build, so that the bundle leaves out the parts of Leaflet the map never uses.
import * as LeafletModule from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import regionUrl from '../generated/geo/region.topo.json?url';
import worldUrl from '../generated/geo/world.topo.json?url';
import type { MapClientConfig } from '../lib/map/model';
import { fetchJsonWithRetry } from '../lib/site/fetch-retry';
import { latLonOf, liveZoom, narrowPadding, openingView, shiftToShow } from '../lib/map/fit-view';
import { mapRelationsAt } from '../lib/map/features';
import { formatDay } from '../lib/format/dates';
import { asLocale } from '../lib/locale';
import { mapLayers, parseViewState, type MapLayer, type ViewState, type ViewStateContext } from '../lib/state/view-state';
import { readUrlContext } from './url-context';
import { onSharedState, updateSharedState } from './shared-state';
import { escapeMarkup } from '../lib/text/escape';
import { declutterLabels, declutterTargets, type MarkerCluster } from './map-declutter';
import { gateWheel } from './map-wheel';

const L = LeafletModule as unknown as typeof Leaflet;

type Selection = { kind: 'event' | 'place'; id: string } | null;

/** What the live map reports back to the element that started it. */
export interface LiveMapOptions {
  /** Shows one of the config's failure messages (the world outline did not load). */
  tell: (key: 'worldFailed') => void;
  /** How far (CSS px) the static map had moved from the opening view to show the card open on it, if one is. */
  shifted?: [number, number];
}

/** A mounted live map. */
export interface LiveMap {
  /** Removes the map and every listener it added. */
  remove(): void;
}

/**
 * Replaces `host`'s static map with the live one once the regional geodata has loaded. Resolves
 * with the map, or with null when `host` has no config or left the page meanwhile; rejects when
 * the geodata cannot be loaded (the static map then stays).
 */
export async function mountLiveMap(host: HTMLElement, options: LiveMapOptions): Promise<LiveMap | null> {
  const live = new LiveLeafletMap(host, options);
  await live.mount();
  return live.map ? live : null;
}

class LiveLeafletMap implements LiveMap {
  map: Leaflet.Map | null = null;
  private cleanup: (() => void)[] = [];
  private select: (selection: Selection) => void = () => undefined;

  constructor(private readonly host: HTMLElement, private readonly options: LiveMapOptions) {}

  remove(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    this.map?.remove();
    this.map = null;
  }

  async mount(): Promise<void> {
    const configEl = this.host.querySelector('.map-config');
    const liveEl = this.host.querySelector<HTMLElement>('.map-live');
    if (!configEl?.textContent || !liveEl) return;
    const config = JSON.parse(configEl.textContent) as MapClientConfig;
    const region = await fetchJsonWithRetry<Topology>(regionUrl, (url) => fetch(url));
    if (!this.host.isConnected) return;

    const ctx: ViewStateContext = readUrlContext();
    let state: ViewState = parseViewState(location.search, ctx).state;

    liveEl.hidden = false;
    this.host.classList.add('is-live');
    const controls = this.host.querySelector<HTMLElement>('.map-live-controls');
    if (controls) controls.hidden = false;

    const map = L.map(liveEl, { attributionControl: false, zoomControl: false, ...liveZoom, zoomDelta: 1, maxBounds: [[-60, -200], [85, 200]] });
    this.map = map;
    // The zoom buttons speak the page's language.
    L.control.zoom({ zoomInTitle: config.strings.zoomInTitle, zoomOutTitle: config.strings.zoomOutTitle }).addTo(map);
    // The wheel over the map scrolls the page unless the reader asks the map to zoom.
    this.cleanup.push(gateWheel(liveEl, config.strings.wheelHint));
    const attribution = L.control.attribution({ prefix: false }).addTo(map);
    attribution.addAttribution(escapeMarkup(config.strings.attribution));
    L.control.scale({ imperial: false, position: 'bottomleft', maxWidth: 80 }).addTo(map);
    // With a tile server, the map's own land lies in a pane below the tiles: it shows until a
    // tile has loaded over it and wherever a tile fails, and a failed tile lets the world outline load.
    let tilesFailed = false;
    const landPane = config.tiles ? 'land' : undefined;
    if (config.tiles) {
      map.createPane('land').style.zIndex = '150';
      L.tileLayer(config.tiles.url, { maxZoom: 12 })
        .on('tileerror', () => {
          tilesFailed = true;
          ensureWorld();
        })
        .addTo(map);
      attribution.addAttribution(escapeMarkup(config.tiles.attribution));
      this.host.classList.add('has-tiles');
    }

    const countries = feature(region, region.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
    const karabakh = feature(region, region.objects.karabakh as GeometryCollection) as GeoJSON.FeatureCollection;
    const borders = mesh(region, region.objects.countries as GeometryCollection, (a, b) => a !== b);
    const plain = { interactive: false } as const;

    // The coarse world outline is fetched only once the view leaves the regional geodata's box.
    const regionBounds = region.bbox ? L.latLngBounds([region.bbox[1], region.bbox[0]], [region.bbox[3], region.bbox[2]]) : null;
    let worldRequested = false;
    const ensureWorld = () => {
      if (worldRequested || (config.tiles && !tilesFailed) || (regionBounds && regionBounds.contains(map.getBounds()))) return;
      worldRequested = true;
      void fetchJsonWithRetry<Topology>(worldUrl, (url) => fetch(url))
        .then((world) => {
          const land = feature(world, world.objects.land as GeometryCollection) as GeoJSON.FeatureCollection;
          L.geoJSON(land, { ...plain, pane: landPane ?? 'overlayPane', style: () => ({ className: 'map-land-world', stroke: false, fillOpacity: 1, fillRule: 'nonzero' }) }).addTo(map).bringToBack();
        })
        .catch((error: unknown) => {
          console.warn('map: the world outline could not be loaded', error);
          this.options.tell('worldFailed');
        });
    };
    L.geoJSON(countries, { ...plain, pane: landPane ?? 'overlayPane', style: (f) => ({ className: `map-country${f?.id === '051' || f?.id === '031' ? ' map-country--focus' : ''}`, stroke: false, fillOpacity: 1, fillRule: 'nonzero' }) }).addTo(map);

    const latLng = ([lon, lat]: [number, number]) => L.latLng(lat, lon);
    const card = (kind: string, id: string): HTMLElement | null => {
      const source = this.host.querySelector<HTMLElement>(`.map-cards [data-card="${kind}"][data-id="${CSS.escape(id)}"]`);
      return source ? (source.cloneNode(true) as HTMLElement) : null;
    };
    const markers = new Map<string, Leaflet.Marker>();
    // True while the map closes a card because another view changed the selection.
    let following = false;
    // An event marker's name: its number, title and date, from the config (a compact map) or read from its server-rendered card.
    const eventName = (id: string, n: number) => {
      const given = config.eventNames?.[id];
      if (given) return given;
      const source = this.host.querySelector(`.map-cards [data-card="event"][data-id="${CSS.escape(id)}"]`);
      return `${config.strings.event} ${n}: ${source?.querySelector('h3')?.textContent ?? id}, ${source?.querySelector('time')?.textContent ?? ''}`;
    };
    const named = (marker: Leaflet.Marker, name: string, id?: string) => {
      marker.on('add', () => {
        marker.getElement()?.setAttribute('aria-label', name);
        if (id) marker.getElement()?.setAttribute('data-id', id);
      });
      return marker;
    };
    const bindCard = (marker: Leaflet.Marker, kind: string, id: string, select: Selection) => {
      const content = card(kind, id);
      // Without a card (a compact map) the marker selects its record; the page shows the selection.
      if (!content) {
        if (!select) return;
        marker.on('click', () => this.select(select));
        marker.on('keypress', (ev: Leaflet.LeafletKeyboardEvent) => {
          if (ev.originalEvent.key !== 'Enter' && ev.originalEvent.key !== ' ') return;
          ev.originalEvent.preventDefault();
          this.select(select);
        });
        return;
      }
      const size = map.getSize();
      // The card opens clear of the zoom buttons in the top-left corner (they end 74 px down).
      marker.bindPopup(content, { maxWidth: Math.min(320, size.x - 70), minWidth: Math.min(220, size.x - 70), maxHeight: Math.max(200, size.y - 130), autoPanPaddingTopLeft: [16, 86], autoPanPaddingBottomRight: [16, 16] });
      marker.on('popupopen', () => {
        content.focus({ preventScroll: true });
        if (select) this.select(select);
      });
      marker.on('popupclose', () => {
        if (!following && select && ((select.kind === 'event' && state.event === select.id) || (select.kind === 'place' && state.place === select.id))) this.select(null);
      });
    };

    const layers: Record<MapLayer, Leaflet.LayerGroup> = {
      borders: L.layerGroup(),
      karabakh: L.layerGroup(),
      places: L.layerGroup(),
      exodus: L.layerGroup(),
      events: L.layerGroup(),
      relations: L.layerGroup(),
    };
    L.geoJSON(borders, { ...plain, style: () => ({ className: 'map-border', fill: false }) }).addTo(layers.borders);
    for (const c of config.countryLabels) {
      L.marker(latLng(c.position), { ...plain, keyboard: false, icon: L.divIcon({ className: 'map-label map-country-label-live', html: escapeMarkup(c.name), iconSize: undefined }) }).addTo(layers.borders);
    }

    L.geoJSON(karabakh, { ...plain, style: () => ({ className: 'map-karabakh', fillRule: 'nonzero' }) }).addTo(layers.karabakh);
    const karabakhMarker = named(L.marker(latLng(config.karabakhLabelAt), { keyboard: true, autoPanOnFocus: false, icon: L.divIcon({ className: 'map-label map-karabakh-label-live', html: `<span>${escapeMarkup(config.strings.karabakhName)}</span>`, iconSize: undefined }) }), config.strings.karabakhName, 'karabakh');
    bindCard(karabakhMarker, 'note', 'karabakh', null);
    karabakhMarker.addTo(layers.karabakh);

    L.polyline(config.route.map(latLng), { ...plain, className: 'map-route' }).addTo(layers.exodus);
    const exodusMarker = named(L.marker(latLng(config.exodusLabelAt), { keyboard: true, autoPanOnFocus: false, icon: L.divIcon({ className: 'map-label map-route-label-live', html: `<span>${escapeMarkup(config.strings.exodusName)}</span>`, iconSize: undefined }) }), config.strings.exodusName, 'exodus-route');
    bindCard(exodusMarker, 'note', 'exodus-route', null);
    exodusMarker.addTo(layers.exodus);

    for (const p of config.places) {
      const side = p.labelPlacement.side;
      // Both names of a contested place, each in its own span: a narrow map sets them on two lines.
      const names = p.label.split(' / ').map((name, i, all) => `<span class="mk-name">${escapeMarkup(name)}${i < all.length - 1 ? ' /' : ''}</span>`).join(' ');
      const html = `<span class="mk-dot"></span><span class="mk-label mk-label--${side}${p.labelPlacement.minor ? ' mk-label--minor' : ''}${['washington', 'moscow', 'baku', 'yerevan'].includes(p.id) ? '' : ' mk-label--regional'}" style="margin-top:${p.labelPlacement.dy}px">${names}</span>`;
      const marker = named(L.marker(latLng(p.position), { keyboard: true, autoPanOnFocus: false, riseOnHover: true, icon: L.divIcon({ className: 'map-marker map-marker--place', html, iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -6] }) }), `${config.strings.place}: ${p.label}`, p.id);
      bindCard(marker, 'place', p.id, { kind: 'place', id: p.id });
      marker.addTo(layers.places);
      markers.set(`place:${p.id}`, marker);
    }
    for (const e of config.events) {
      const marker = named(L.marker(latLng(e.position), {
        keyboard: true,
        autoPanOnFocus: false,
        riseOnHover: true,
        zIndexOffset: 500,
        icon: L.divIcon({ className: `map-marker map-marker--event${config.places.find((p) => p.id === e.place)?.farAway ? ' map-marker--far' : ''}`, html: `<span aria-hidden="true">${e.number}</span>`, iconSize: [24, 24], iconAnchor: [12 - e.offset[0], 12 - e.offset[1]], popupAnchor: [e.offset[0], e.offset[1] - 10] }),
      }), eventName(e.id, e.number), e.id);
      bindCard(marker, 'event', e.id, { kind: 'event', id: e.id });
      marker.addTo(layers.events);
      markers.set(`event:${e.id}`, marker);
    }
    // The relations at the view state's date (or the selected event's), as the graph shows them.
    const locale = asLocale(document.documentElement.lang);
    let relationsDate = '';
    // The HTML already names the default date; the first date formatter costs a long task.
    let headingDate = config.date;
    const drawRelations = () => {
      const date = state.date ?? (state.event ? config.eventDates[state.event] : undefined) ?? config.date;
      if (date === relationsDate) return;
      relationsDate = date;
      layers.relations.clearLayers();
      const shown = mapRelationsAt(config.relationSpans, date);
      for (const r of shown) {
        const line = L.polyline(r.line.map(latLng), { ...plain, className: r.beyondEvidence ? 'map-relation is-beyond' : 'map-relation', dashArray: r.dash || undefined });
        line.on('add', () => {
          const path = line.getElement() as SVGElement | undefined;
          path?.style.setProperty('stroke', `var(${r.toneVariable})`);
          path?.setAttribute('data-id', r.id);
        });
        line.addTo(layers.relations);
        const mid = r.line[Math.floor(r.line.length / 2)]!;
        L.marker(latLng(mid), { ...plain, keyboard: false, icon: L.divIcon({ className: 'map-label map-relation-label-live', html: `<span>${escapeMarkup(r.label)}</span>`, iconSize: undefined }) }).addTo(layers.relations);
      }
      const ids = new Set(shown.map((r) => r.id));
      for (const li of this.host.querySelectorAll<HTMLElement>('[data-relation]')) li.hidden = !ids.has(li.dataset.relation ?? '');
      const none = this.host.querySelector<HTMLElement>('[data-map-no-relations]');
      if (none) none.hidden = ids.size > 0;
      if (date === headingDate) return;
      headingDate = date;
      const heading = config.strings.relationsOn.replace('{date}', formatDay(date, locale));
      for (const el of this.host.querySelectorAll<HTMLElement>('[data-map-relations-on]')) el.textContent = `${heading}${el.dataset.suffix ?? ''}`;
    };
    drawRelations();

    // A map too narrow to show the region at the zoom its labels were placed for (a phone) opens
    // on the exodus route and Baku, and sets a contested place's two names on two lines.
    const isNarrow = () => map.getBoundsZoom(config.defaultBounds) < config.clearZoom;

    // Markers too close together for a pointer are reached through a cluster control over them,
    // which opens a short list of what it stands for. It is for the pointer only: each marker
    // keeps its own Tab stop.
    const size = map.getSize();
    const clusterLayer = L.layerGroup().addTo(map);
    const keyOf = (el: HTMLElement) => `${el.classList.contains('map-marker--event') ? 'event' : 'place'}:${el.dataset.id ?? ''}`;
    const nameOf = (el: HTMLElement) => (el.classList.contains('map-marker--place') ? config.places.find((p) => p.id === el.dataset.id)?.label : undefined) ?? el.getAttribute('aria-label') ?? '';
    const openClusterList = (at: Leaflet.LatLng, members: HTMLElement[]) => {
      const list = document.createElement('div');
      list.className = 'map-cluster-list';
      const heading = document.createElement('p');
      heading.className = 'map-card-kicker';
      heading.textContent = config.strings.clusterHeading;
      const items = document.createElement('ul');
      for (const el of members) {
        const marker = markers.get(keyOf(el));
        if (!marker) continue;
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.id = el.dataset.id;
        button.textContent = nameOf(el);
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
      list.querySelector('button')?.focus({ preventScroll: true });
    };
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
          el?.setAttribute('title', members.map(nameOf).join(' · '));
          if (el) el.dataset.members = members.map((m) => m.dataset.id).join(' ');
        });
        control.on('click', () => openClusterList(at, members));
        control.addTo(clusterLayer);
      }
    };
    // Labels that would cover markers, controls or each other give way, and markers too close to
    // another target for a pointer form clusters, once the map has a view.
    let hasView = false;
    const declutter = () => {
      if (!hasView) return;
      liveEl.classList.toggle('is-narrow', isNarrow());
      declutterLabels(liveEl);
      drawClusters(declutterTargets(liveEl));
    };
    // Relations are the zoomed-out view's layer: zoom 4 and below (a phone of 320 px opens on the region at zoom 5).
    const relationsZoom = 4;
    const applyLayers = () => {
      const zoom = map.getZoom();
      liveEl.classList.toggle('world-view', zoom <= relationsZoom);
      for (const layer of mapLayers) {
        const on = state.layers.includes(layer) && (layer !== 'relations' || zoom <= relationsZoom);
        if (on && !map.hasLayer(layers[layer])) layers[layer].addTo(map);
        if (!on && map.hasLayer(layers[layer])) map.removeLayer(layers[layer]);
        const box = this.host.querySelector<HTMLInputElement>(`.map-legend input[value="${layer}"]`);
        if (box) box.checked = state.layers.includes(layer);
      }
      // Washington and Moscow belong to the zoomed-out view: elsewhere Tab passes them by.
      for (const p of config.places) if (p.farAway) markers.get(`place:${p.id}`)?.getElement()?.setAttribute('tabindex', zoom <= relationsZoom ? '0' : '-1');
      declutter();
    };
    applyLayers();

    const legend = this.host.querySelector('.map-legend');
    const onLegend = () => {
      const checked = [...this.host.querySelectorAll<HTMLInputElement>('.map-legend input[name="layers"]:checked')].map((i) => i.value as MapLayer);
      state = { ...state, layers: mapLayers.filter((l) => checked.includes(l)) };
      applyLayers();
      this.write(state);
    };
    legend?.addEventListener('change', onLegend);
    this.cleanup.push(() => legend?.removeEventListener('change', onLegend));

    // True while the map moves itself (to follow a selection, or to show a card or a focused
    // marker): the move that ends then leaves the address as it was.
    let quietMove = false;
    /** The marker of the selected event or place, when it is on the map. */
    const selectedMarker = () => {
      const key = state.event ? `event:${state.event}` : state.place ? `place:${state.place}` : null;
      const marker = key ? markers.get(key) : undefined;
      return marker && map.hasLayer(marker) ? marker : undefined;
    };
    /** The marker to bring into view: the selection's, or, for an event without a marker of its own (the call), the selected place's. */
    const markerToShow = () => {
      const place = state.place ? markers.get(`place:${state.place}`) : undefined;
      return selectedMarker() ?? (place && map.hasLayer(place) ? place : undefined);
    };
    // The selection's marker, when it is on the map, is brought into view with room above it for its card.
    const bringSelectionIntoView = (animate: boolean, quiet = animate) => {
      const marker = markerToShow();
      if (!marker || map.getBounds().contains(marker.getLatLng())) return;
      quietMove = quiet;
      const size = map.getSize();
      map.panInside(marker.getLatLng(), { paddingTopLeft: [48, Math.min(240, size.y / 2)], paddingBottomRight: [48, 32], animate });
    };
    // Default view: the region fitted to the map, or on a narrow map the exodus route and Baku with
    // room for their labels. Centre and zoom go to the URL only when they differ.
    const narrowBounds = L.latLngBounds(config.narrowFit.map(latLng));
    const fitDefault = (animate: boolean) => {
      if (isNarrow()) map.fitBounds(narrowBounds, { ...narrowPadding, animate });
      else map.fitBounds(config.defaultBounds, { animate });
    };
    // The zoomed-out view: the four capitals, with room for their labels (on the right) and for
    // Washington's events below it, clear of the zoom buttons and of the scale and attribution.
    const capitalBounds = L.latLngBounds(config.places.filter((p) => ['washington', 'moscow', 'baku', 'yerevan'].includes(p.id)).map((p) => latLng(p.position)));
    const fitWorld = () => map.fitBounds(capitalBounds, { paddingTopLeft: [24, 24], paddingBottomRight: [96, 64] });
    // The opening view is the one the static map showed in the same frame.
    const opening = openingView({ defaultBounds: config.defaultBounds, narrowFit: config.narrowFit, clearZoom: config.clearZoom }, [size.x, size.y]);
    map.setView(latLonOf(opening.centre), opening.zoom, { animate: false });
    hasView = true;
    // A selected marker outside the default view (Baku's, on a phone) is brought into it.
    if (!state.center) bringSelectionIntoView(false);
    const defaultCenter = map.getCenter();
    const defaultZoom = map.getZoom();
    if (state.center || state.zoom !== undefined) map.setView(state.center ?? defaultCenter, state.zoom ?? defaultZoom, { animate: false });
    // Where the static map had moved to show its open card, the live map starts moved as far.
    else if (this.options.shifted && (this.options.shifted[0] || this.options.shifted[1])) map.panBy(this.options.shifted, { animate: false });
    applyLayers();

    map.on('zoomend', applyLayers);
    // Tells tests that the map is moving (a pan, a zoom, the pan that shows a card) until it settles.
    map.on('movestart', () => (this.host.dataset.moving = ''));
    map.on('moveend', () => delete this.host.dataset.moving);
    map.on('moveend resize', declutter);
    map.on('moveend', ensureWorld);
    ensureWorld();
    map.on('moveend', () => {
      if (quietMove) {
        quietMove = false;
        return;
      }
      const c = map.getCenter();
      const z = map.getZoom();
      const same = z === defaultZoom && Math.abs(c.lat - defaultCenter.lat) < 1e-4 && Math.abs(c.lng - defaultCenter.lng) < 1e-4;
      const center: [number, number] = [Number(c.lat.toFixed(4)), Number(L.Util.wrapNum(c.lng, [-180, 180], true).toFixed(4))];
      state = { ...state, center: same ? undefined : center, zoom: same ? undefined : z };
      this.write(state);
    });

    this.select = (selection: Selection) => {
      const previous = state.event;
      state = { ...state, event: selection?.kind === 'event' ? selection.id : undefined, place: selection?.kind === 'place' ? selection.id : undefined };
      // A newly selected event brings the views to its date (the shared state drops `date`).
      if (state.event && state.event !== previous) state = { ...state, date: undefined };
      highlight();
      this.write(state);
      drawRelations();
    };
    const openFromState = () => {
      const marker = selectedMarker();
      if (!marker) return;
      // A popup restored from the address keeps the address's centre: no automatic panning. Without
      // a centre in the address, the map moves just enough to show the whole card (on a phone).
      const popup = marker.getPopup();
      if (popup) popup.options.autoPan = false;
      marker.openPopup();
      const card = popup?.getElement();
      // A card the static map showed was already in view: the live map moved as the static one did.
      if (card && !state.center && !this.options.shifted) keepInView(card.getBoundingClientRect());
      if (popup) requestAnimationFrame(() => (popup.options.autoPan = true));
    };
    /** Pans the map at once, leaving the address as it is, so that `box` lies inside it and below the zoom buttons. */
    const keepInView = (box: DOMRect) => {
      const zoomButtons = map.getContainer().querySelector('.leaflet-control-zoom')?.getBoundingClientRect() ?? null;
      const [dx, dy] = shiftToShow(box, map.getContainer().getBoundingClientRect(), zoomButtons);
      if (!dx && !dy) return;
      quietMove = true;
      map.panBy([dx, dy], { animate: false });
    };
    // The selected event's or place's marker is highlighted, whichever view selected it.
    const highlight = () => {
      for (const [key, marker] of markers) {
        const on = key === `event:${state.event}` || key === `place:${state.place}`;
        marker.getElement()?.classList.toggle('is-selected', on);
      }
    };
    map.on('layeradd', highlight);
    highlight();
    openFromState();

    // Tab onto a marker or label outside the view pans the map to show it whole, label included
    // (Leaflet's own pan on focus is off for every marker: it shows the point, not the label).
    // The browser's own scrolling of the map's box to the focused marker, which Leaflet would not
    // follow, is undone first.
    const onFocusIn = (ev: FocusEvent) => {
      if (liveEl.scrollLeft || liveEl.scrollTop) liveEl.scrollTo(0, 0);
      const el = ev.target as HTMLElement;
      if (!el.classList.contains('leaflet-marker-icon')) return;
      const boxes = [el, ...el.querySelectorAll(':scope > span')].map((part) => part.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      keepInView(new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top));
    };
    liveEl.addEventListener('focusin', onFocusIn);
    this.cleanup.push(() => liveEl.removeEventListener('focusin', onFocusIn));

    // Escape closes the open card and gives focus back to its marker.
    let opener: Leaflet.Layer | null = null;
    map.on('popupopen', (ev) => {
      opener = (ev.popup as unknown as { _source?: Leaflet.Layer })._source ?? null;
    });
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape' || !opener) return;
      const back = opener as Leaflet.Marker;
      opener = null;
      map.closePopup();
      (back.getElement?.() as HTMLElement | undefined)?.focus();
    };
    liveEl.addEventListener('keydown', onKey);
    this.cleanup.push(() => liveEl.removeEventListener('keydown', onKey));

    const onClick = (ev: Event) => {
      const action = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'world') fitWorld();
      if (action === 'region') fitDefault(true);
    };
    controls?.addEventListener('click', onClick);
    this.cleanup.push(() => controls?.removeEventListener('click', onClick));

    // Another view on the page (or back/forward) changes the shared state: highlight its event
    // without opening a card (the reader's focus stays where it is), and follow its date.
    const stop = new AbortController();
    this.cleanup.push(() => stop.abort());
    onSharedState('map', ctx, (next, change) => {
      const before = state;
      state = { ...state, event: next.event, place: next.place, date: next.date, layers: next.layers };
      if (before.event !== state.event || before.place !== state.place) {
        following = true;
        map.closePopup();
        following = false;
        if (!change) openFromState();
        // A reader who asks for less motion gets a jump.
        bringSelectionIntoView(!matchMedia('(prefers-reduced-motion: reduce)').matches, true);
      }
      highlight();
      // Laying the layers out again measures every label; only a change of layers needs it now.
      if (before.layers.join() !== state.layers.join()) applyLayers();
      const date = relationsDate;
      drawRelations();
      // New relation labels give way to the others once the frame that shows the change is drawn.
      if (relationsDate !== date && map.hasLayer(layers.relations)) requestAnimationFrame(() => setTimeout(declutter, 0));
    }, stop.signal);
  }

  /** Writes the map's own keys of the view state to the URL and tells the other views on the page. */
  private write(state: ViewState): void {
    const { event, place, layers, center, zoom } = state;
    updateSharedState({ event, place, layers, center, zoom }, { source: 'map' });
  }
}

