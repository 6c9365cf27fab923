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
import type { LiveMap } from './map-live';
import type { MapSelection } from '../lib/map/live-view';
import { mapLayers, parseViewState, type ViewState, type ViewStateContext } from '../lib/state/view-state';
import { readUrlContext } from './url-context';
import { afterFirstPaint } from './after-first-paint';
import { onSharedState, updateSharedState } from './shared-state';
import { clusterStaticMarks, placeStaticPanel } from './map/static-panel';
import { markKind, StaticCards } from './map/static-card';

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
  private live: LiveMap | null = null;
  private held: HeldPointer | null = null;
  private pendingAction: string | null = null;
  private cards: StaticCards | null = null;
  private readonly stop = new AbortController();

  connectedCallback(): void {
    const text = this.querySelector('.map-config')?.textContent;
    if (!text) return;
    const config = JSON.parse(text) as MapClientConfig;
    this.config = config;
    this.ctx = readUrlContext();
    const state = parseViewState(location.search, this.ctx).state;
    this.cards = new StaticCards(this, config, { select: (selection) => this.select(selection), place: (shift) => this.placeStatic(shift) });
    this.placeStatic();
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

  /** Draws the static region where the live map will open, moved by `shift`, and its cluster controls. */
  private placeStatic(shift?: [number, number]): void {
    const frame = this.querySelector<HTMLElement>('.static-map');
    if (!this.config || !this.ctx || !frame) return;
    if (placeStaticPanel(this, this.config, parseViewState(location.search, this.ctx).state, shift)) clusterStaticMarks(frame, (control, members) => this.cards?.showList(control, members));
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
      if (!this.live) this.placeStatic();
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
      this.cards?.show(mark, { kind: markKind(mark), id: mark.dataset.id ?? '' });
    }, { signal });
    this.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !this.live && this.cards?.open) this.cards.close(true);
    }, { signal });

    // The legend's boxes hide the static layers by CSS; the address keeps them for the live map and the link.
    this.querySelector('.map-legend')?.addEventListener('change', () => {
      if (this.live) return;
      clusterStaticMarks(frame, (control, members) => this.cards?.showList(control, members));
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
  private select(selection: MapSelection): void {
    if (!this.ctx) return;
    const before = parseViewState(location.search, this.ctx).state;
    const event = selection?.kind === 'event' ? selection.id : undefined;
    const place = selection?.kind === 'place' ? selection.id : undefined;
    updateSharedState({ event, place, ...(event && event !== before.event ? { date: undefined } : {}) }, { source: 'map' });
    this.showSelection({ ...before, event, place });
  }

  /** Loads the live map once, and hands it what the reader began on the static one. */
  private start(): void {
    if (this.started || !this.isConnected) return;
    this.started = true;
    // The benchmark reads this mark: what the page loaded before it is what a reader who only looks gets.
    performance.mark('map-live-requested');
    const focused = this.contains(document.activeElement) ? (document.activeElement as HTMLElement | SVGElement).dataset.id : undefined;
    import('./map-live')
      .then(({ mountLiveMap }) => mountLiveMap(this, { tell: (key) => this.tell(key), shifted: this.cards?.open ? (this.cards.shifted ?? [0, 0]) : undefined }))
      .then((live) => {
        if (!live) return;
        this.live = live;
        // A cluster's list open on the static map opens again on the live one, its focus kept.
        const list = this.cards?.openList();
        this.querySelector('.map-static-card')?.remove();
        if (list) live.openList(list.keys, list.at, list.focusId);
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
