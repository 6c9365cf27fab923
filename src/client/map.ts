/**
 * `<karabakh-map>`: makes the static map answer at once and loads the live map only when it is
 * wanted. At start it draws the static region in the live map's frame where the live map will
 * draw it (`lib/map/fit-view.ts`), and its places and events open their cards (a compact map's
 * events select their event), its legend switches the layers and writes them to the address.
 * Leaflet, its styles and the regional geodata (`client/map-live.ts`) load on the first sign
 * that the reader wants the live map (a pointer or touch on the map, the wheel over it, focus on
 * one of its controls or marks, a zoom button, a selection made in another view) or once the
 * browser is idle after the first paint, whichever comes first. A drag that began before then
 * goes on as a pan of the live map; a zoom button pressed before then acts once it is there.
 */
import type { MapClientConfig } from '../lib/map/model';
import { openingView, placePanel, shiftToShow } from '../lib/map/fit-view';
import { clusterTargets } from '../lib/map/declutter';
import { mapLayers, parseViewState, type ViewState, type ViewStateContext } from '../lib/state/view-state';
import { readUrlContext } from './url-context';
import { afterFirstPaint } from './after-first-paint';
import { onSharedState, updateSharedState } from './shared-state';

type Selection = { kind: 'event' | 'place'; id: string } | null;

/** A pointer that is down on the static map: where it is now, so the live map can take its drag over. */
interface HeldPointer {
  id: number;
  type: string;
  x: number;
  y: number;
}

class KarabakhMap extends HTMLElement {
  private config: MapClientConfig | null = null;
  private ctx: ViewStateContext | null = null;
  private started = false;
  private live: { remove(): void } | null = null;
  private held: HeldPointer | null = null;
  private pendingAction: string | null = null;
  /** How far the static map moved to show its open card (null while none is open). */
  private shifted: [number, number] | null = null;
  private readonly stop = new AbortController();

  connectedCallback(): void {
    const text = this.querySelector('.map-config')?.textContent;
    if (!text) return;
    const config = JSON.parse(text) as MapClientConfig;
    this.config = config;
    this.ctx = readUrlContext();
    const state = parseViewState(location.search, this.ctx).state;
    this.placeStatic(state);
    this.showSelection(state);
    const controls = this.querySelector<HTMLElement>('.map-live-controls');
    if (controls) controls.hidden = false;
    this.listen(controls);
    // Idle after the first paint: the live map loads then even if the reader never touches it.
    afterFirstPaint(() => {
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
      // At most a second later where the browser is never idle (a busy phone).
      idle(() => this.start(), { timeout: 1000 });
    });
  }

  disconnectedCallback(): void {
    this.stop.abort();
    this.live?.remove();
    this.live = null;
  }

  /** Draws the static region where the live map will open in the same frame (screens with scripts only; print keeps the whole static map). */
  private placeStatic(state: ViewState, shift: [number, number] = [0, 0]): void {
    const frame = this.querySelector<HTMLElement>('.static-map');
    const config = this.config;
    if (!frame || !config || !matchMedia('screen and (scripting: enabled)').matches) return;
    const size: [number, number] = [frame.clientWidth, frame.clientHeight];
    if (!size[0] || !size[1]) return;
    const view = openingView({ defaultBounds: config.defaultBounds, narrowFit: config.narrowFit, clearZoom: config.clearZoom, center: state.center, zoom: state.zoom }, size);
    const placed = placePanel(config.defaultBounds, view, size);
    placed.x -= shift[0];
    placed.y -= shift[1];
    const svg = frame.querySelector<SVGSVGElement>('.static-map__region');
    const unitWidth = svg?.viewBox.baseVal.width || 800;
    this.style.setProperty('--map-panel-x', `${placed.x}px`);
    this.style.setProperty('--map-panel-y', `${placed.y}px`);
    this.style.setProperty('--map-panel-width', `${placed.width}px`);
    const scale = placed.width / unitWidth;
    this.style.setProperty('--map-panel-scale', String(scale));
    // An event marker set off its place keeps the live map's offset in pixels, whatever the panel's scale.
    for (const e of config.events) {
      const mark = frame.querySelector<SVGElement>(`a.map-event[data-id="${CSS.escape(e.id)}"]`);
      mark?.style.setProperty('--mark-dx', `${e.offset[0] * (1 / scale - 1)}px`);
      mark?.style.setProperty('--mark-dy', `${e.offset[1] * (1 / scale - 1)}px`);
    }
    this.classList.add('is-placed');
    this.clusterStatic(frame);
  }

  /** Puts a cluster control over the static marks too close together for a pointer, as the live map does; it opens their list. */
  private clusterStatic(frame: HTMLElement): void {
    for (const old of frame.querySelectorAll('.map-cluster')) old.remove();
    const area = frame.getBoundingClientRect();
    const marks = [...frame.querySelectorAll<SVGAElement>('.static-map__region a[data-id]')].filter((m) => m.getClientRects().length);
    const centre = (m: SVGAElement) => {
      const b = m.querySelector('circle, rect')!.getBoundingClientRect();
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
    };
    for (const { keys, box } of clusterTargets(marks.map((m, i) => ({ key: String(i), centre: centre(m), rank: m.classList.contains('map-event') ? 1 : 0 })))) {
      const members = keys.map((k) => marks[Number(k)]!);
      const control = document.createElement('div');
      control.className = 'map-cluster';
      control.setAttribute('aria-hidden', 'true');
      control.dataset.members = members.map((m) => m.dataset.id).join(' ');
      control.style.cssText = `position:absolute;left:${box.left - area.left}px;top:${box.top - area.top}px;width:${box.right - box.left}px;height:${box.bottom - box.top}px`;
      control.addEventListener('click', () => {
        const list = document.createElement('div');
        list.className = 'map-cluster-list';
        list.tabIndex = -1;
        list.innerHTML = `<p class="map-card-kicker"></p><ul></ul>`;
        list.firstElementChild!.textContent = this.config?.strings.clusterHeading ?? '';
        for (const mark of members) {
          const button = document.createElement('button');
          button.type = 'button';
          button.dataset.id = mark.dataset.id;
          button.textContent = mark.getAttribute('aria-label') ?? mark.textContent;
          button.addEventListener('click', () => this.openCard(mark, { kind: mark.classList.contains('map-event') ? 'event' : 'place', id: mark.dataset.id ?? '' }));
          list.lastElementChild!.append(document.createElement('li'));
          list.lastElementChild!.lastElementChild!.append(button);
        }
        this.openCard(control, { kind: 'place', id: members[0]!.dataset.id ?? '' }, list);
      });
      frame.append(control);
    }
  }

  /** Listens for what the static map can answer itself, and for the reader's first reach for the live map. */
  private listen(controls: HTMLElement | null): void {
    const signal = this.stop.signal;
    const stage = this.querySelector<HTMLElement>('.map-stage');
    const frame = this.querySelector<HTMLElement>('.static-map');
    if (!stage || !frame) return;
    const intent = () => this.start();
    frame.addEventListener('pointerdown', (ev) => {
      this.held = { id: ev.pointerId, type: ev.pointerType, x: ev.clientX, y: ev.clientY };
      intent();
    }, { signal });
    document.addEventListener('pointermove', (ev) => {
      if (this.held && ev.pointerId === this.held.id) Object.assign(this.held, { x: ev.clientX, y: ev.clientY });
    }, { signal, passive: true });
    for (const type of ['pointerup', 'pointercancel']) {
      document.addEventListener(type, (ev) => {
        if (this.held && (ev as PointerEvent).pointerId === this.held.id) this.held = null;
      }, { signal });
    }
    frame.addEventListener('wheel', intent, { signal, passive: true });
    window.addEventListener('resize', () => {
      if (!this.live && this.ctx) this.placeStatic(parseViewState(location.search, this.ctx).state);
    }, { signal });
    frame.addEventListener('focusin', intent, { signal });
    controls?.addEventListener('click', (ev) => {
      const action = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (!action || this.live) return;
      this.pendingAction = action;
      intent();
    }, { signal });
    controls?.addEventListener('focusin', intent, { signal });

    // A place or event on the static map opens its card (or, without one, selects its record).
    frame.addEventListener('click', (ev) => {
      const mark = (ev.target as Element).closest<SVGAElement>('a.map-place, a.map-event');
      if (!mark || this.live) return;
      ev.preventDefault();
      const kind = mark.classList.contains('map-event') ? 'event' : 'place';
      this.openCard(mark, { kind, id: mark.dataset.id ?? '' });
    }, { signal });
    this.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !this.live && this.querySelector('.map-static-card')) this.closeCard(true);
    }, { signal });

    // The legend's boxes hide the static layers by CSS; the address keeps them for the live map and the link.
    this.querySelector('.map-legend')?.addEventListener('change', () => {
      if (this.live) return;
      this.clusterStatic(frame);
      const checked = new Set([...this.querySelectorAll<HTMLInputElement>('.map-legend input[name="layers"]:checked')].map((i) => i.value));
      updateSharedState({ layers: mapLayers.filter((layer) => checked.has(layer)) }, { source: 'map' });
    }, { signal });

    // Another view's selection may need the map to pan to it: the live map follows it from then on.
    if (this.ctx) {
      onSharedState('map', this.ctx, (state) => {
        if (this.live) return;
        this.showSelection(state);
        this.start();
      }, signal);
    }
  }

  /** Marks the selected event or place on the static map. */
  private showSelection(state: ViewState): void {
    for (const mark of this.querySelectorAll<SVGAElement>('.static-map__region a[data-id]')) {
      const kind = mark.classList.contains('map-event') ? 'event' : 'place';
      mark.classList.toggle('is-selected', mark.dataset.id === (kind === 'event' ? state.event : state.place));
    }
  }

  /** Selects a record in the shared state, as the live map does: a new event brings the views to its date. */
  private select(selection: Selection): void {
    if (!this.ctx) return;
    const before = parseViewState(location.search, this.ctx).state;
    const event = selection?.kind === 'event' ? selection.id : undefined;
    const place = selection?.kind === 'place' ? selection.id : undefined;
    updateSharedState({ event, place, ...(event && event !== before.event ? { date: undefined } : {}) }, { source: 'map' });
    this.showSelection({ ...before, event, place });
  }

  /**
   * Opens the server-rendered card of a static mark beside it, or selects its record where the map
   * has no card; with a `list`, shows that list (a cluster's) beside the mark instead.
   */
  private openCard(mark: Element, selection: NonNullable<Selection>, list?: HTMLElement): void {
    this.closeCard(false);
    const source = list ?? this.querySelector<HTMLElement>(`.map-cards [data-card="${selection.kind}"][data-id="${CSS.escape(selection.id)}"]`);
    if (!list) this.select(selection);
    const frame = this.querySelector<HTMLElement>('.static-map');
    if (!source || !frame) return;
    const box = document.createElement('div');
    box.className = 'map-static-card';
    const card = list ?? (source.cloneNode(true) as HTMLElement);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'map-static-card-close';
    close.setAttribute('aria-label', this.config?.strings.closeCard ?? '');
    close.textContent = '×';
    close.addEventListener('click', () => this.closeCard(true));
    box.append(card, close);
    box.dataset.opener = selection.id;
    frame.append(box);
    // Above the mark, centred on it, as the live map's popup; the map moves, as the live one would, to show it whole.
    const area = frame.getBoundingClientRect();
    const width = Math.min(354, area.width - 36);
    box.style.width = `${width}px`;
    box.style.maxHeight = `${Math.max(200, area.height - 90)}px`;
    const at = mark.getBoundingClientRect();
    const height = box.getBoundingClientRect().height;
    const left = (at.left + at.right) / 2 - area.left - width / 2;
    const top = at.top - area.top - height - 10;
    const zoomButtons = { left: area.left + 11, top: area.top + 11, right: area.left + 45, bottom: area.top + 74 };
    const shift = shiftToShow({ left: area.left + left, top: area.top + top, right: area.left + left + width, bottom: area.top + top + height }, area, zoomButtons);
    this.shifted = shift;
    if ((shift[0] || shift[1]) && this.ctx) this.placeStatic(parseViewState(location.search, this.ctx).state, shift);
    box.style.left = `${left - shift[0]}px`;
    box.style.top = `${top - shift[1]}px`;
    card.focus({ preventScroll: true });
  }

  /** Closes the static card; `refocus` gives focus back to its mark and clears the selection. */
  private closeCard(refocus: boolean): void {
    const box = this.querySelector<HTMLElement>('.map-static-card');
    if (!box) return;
    const id = box.dataset.opener ?? '';
    box.remove();
    if (this.shifted && (this.shifted[0] || this.shifted[1]) && this.ctx) this.placeStatic(parseViewState(location.search, this.ctx).state);
    this.shifted = null;
    if (!refocus) return;
    this.select(null);
    this.querySelector<SVGAElement>(`.static-map__region a[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  /** Loads the live map once, and hands it what the reader began on the static one. */
  private start(): void {
    if (this.started || !this.isConnected) return;
    this.started = true;
    // The benchmark reads this mark: what the page loaded before it is what a reader who only looks gets.
    performance.mark('map-live-requested');
    const focused = this.contains(document.activeElement) ? (document.activeElement as HTMLElement | SVGElement).dataset.id : undefined;
    import('./map-live')
      .then(({ mountLiveMap }) => mountLiveMap(this, { tell: (key) => this.tell(key), shifted: this.querySelector('.map-static-card') ? (this.shifted ?? [0, 0]) : undefined }))
      .then((live) => {
        if (!live) return;
        this.live = live;
        this.querySelector('.map-static-card')?.remove();
        this.continueDrag();
        if (focused && (document.activeElement === document.body || !document.activeElement)) this.querySelector<HTMLElement>(`.map-live [data-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
        if (this.pendingAction) this.querySelector<HTMLButtonElement>(`.map-live-controls [data-action="${this.pendingAction}"]`)?.click();
        this.pendingAction = null;
        // Tells tests and the benchmark that the live map now answers to input.
        this.dataset.ready = '';
      })
      .catch((error: unknown) => {
        // The static map stays in place; say why the live one is missing.
        console.warn('map: the live map could not start', error);
        this.tell('geodataFailed');
      });
  }

  /** A pointer still held down since before the live map came goes on as a drag of the live map. */
  private continueDrag(): void {
    const held = this.held;
    if (!held) return;
    const target = document.elementFromPoint(held.x, held.y);
    if (!target || !this.querySelector('.map-live')?.contains(target)) return;
    const init = { bubbles: true, cancelable: true, clientX: held.x, clientY: held.y, button: 0, buttons: 1, view: window };
    if (held.type === 'mouse') target.dispatchEvent(new MouseEvent('mousedown', init));
    else target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerId: held.id, pointerType: held.type, isPrimary: true }));
  }

  /** Shows one of the config's failure messages above the map, once. */
  private tell(key: 'geodataFailed' | 'worldFailed'): void {
    const text = this.config?.strings[key];
    if (!text || this.querySelector(`[data-map-status="${key}"]`)) return;
    const note = document.createElement('p');
    note.className = 'map-status muted';
    note.setAttribute('role', 'status');
    note.dataset.mapStatus = key;
    note.textContent = text;
    this.prepend(note);
  }
}

if (!customElements.get('karabakh-map')) customElements.define('karabakh-map', KarabakhMap);
