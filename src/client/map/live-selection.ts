/**
 * The selection on the live map: selecting a record highlights its marker, writes it to the
 * address and brings the views to a new event's date; a selection in the address opens its card;
 * Escape closes the open card and gives focus back to its marker; a selection made in another
 * view on the page (or back and forward) is highlighted and brought into view without opening a
 * card, so the reader's focus stays where it is, and the relations follow its date.
 */
import type * as Leaflet from 'leaflet';
import type { MapSelection } from '../../lib/map/live-view';
import type { ViewStateContext } from '../../lib/state/view-state';
import { onSharedState } from '../shared-state';
import { listenUntilRemoved, writeMapState, type LiveMapContext } from './live-context';
import type { LiveView } from './live-view';

/** What the selection needs from the other stages. */
export interface SelectionParts {
  view: LiveView;
  /** Draws the relations at the state's date; says whether it drew anew. */
  drawRelations: () => boolean;
  /** Lays the labels and cluster controls out again. */
  declutter: () => void;
  /** Whether the live map took over a card the static map had open (it is in view already). */
  tookOverCard: boolean;
}

/** Wires the selection into the map, and opens the card of the selection the address names. */
export function followSelection(ctx: LiveMapContext, urlContext: ViewStateContext, parts: SelectionParts): void {
  const { map } = ctx;
  const { view } = parts;
  // The selected event's or place's marker is highlighted, whichever view selected it.
  const highlight = () => {
    for (const [key, marker] of ctx.markers) {
      const on = key === `event:${ctx.state.event}` || key === `place:${ctx.state.place}`;
      marker.getElement()?.classList.toggle('is-selected', on);
    }
  };
  ctx.select = (selection: MapSelection) => {
    const previous = ctx.state.event;
    ctx.state = { ...ctx.state, event: selection?.kind === 'event' ? selection.id : undefined, place: selection?.kind === 'place' ? selection.id : undefined };
    // A newly selected event brings the views to its date (the shared state drops `date`).
    if (ctx.state.event && ctx.state.event !== previous) ctx.state = { ...ctx.state, date: undefined };
    highlight();
    writeMapState(ctx.state);
    parts.drawRelations();
  };
  const openFromState = () => {
    const marker = view.selectedMarker();
    if (!marker) return;
    // A popup restored from the address keeps the address's centre: no automatic panning. Without
    // a centre in the address, the map moves just enough to show the whole card (on a phone).
    const popup = marker.getPopup();
    if (popup) popup.options.autoPan = false;
    marker.openPopup();
    const card = popup?.getElement();
    // A card the static map showed was already in view: the live map moved as the static one did.
    if (card && !ctx.state.center && !parts.tookOverCard) view.keepInView(card.getBoundingClientRect());
    if (popup) requestAnimationFrame(() => (popup.options.autoPan = true));
  };
  map.on('layeradd', highlight);
  highlight();
  openFromState();

  // Escape closes the open card and gives focus back to its marker.
  let opener: Leaflet.Layer | null = null;
  map.on('popupopen', (ev) => {
    opener = (ev.popup as unknown as { _source?: Leaflet.Layer })._source ?? null;
  });
  listenUntilRemoved(ctx, ctx.liveEl, 'keydown', (ev) => {
    if (ev.key !== 'Escape' || !opener) return;
    const back = opener as Leaflet.Marker;
    opener = null;
    map.closePopup();
    (back.getElement?.() as HTMLElement | undefined)?.focus();
  });

  const stop = new AbortController();
  ctx.cleanup.push(() => stop.abort());
  onSharedState('map', urlContext, (next, change) => {
    const before = ctx.state;
    ctx.state = { ...ctx.state, event: next.event, place: next.place, date: next.date, layers: next.layers };
    if (before.event !== ctx.state.event || before.place !== ctx.state.place) {
      ctx.following = true;
      map.closePopup();
      ctx.following = false;
      if (!change) openFromState();
      // A reader who asks for less motion gets a jump.
      view.bringSelectionIntoView(!matchMedia('(prefers-reduced-motion: reduce)').matches, true);
    }
    highlight();
    // Laying the layers out again measures every label; only a change of layers needs it now.
    if (before.layers.join() !== ctx.state.layers.join()) view.applyLayers();
    // New relation labels give way to the others once the frame that shows the change is drawn.
    if (parts.drawRelations() && map.hasLayer(ctx.layers.relations)) requestAnimationFrame(() => setTimeout(parts.declutter, 0));
  }, stop.signal);
}
