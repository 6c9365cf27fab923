/**
 * The cards of the static map before Leaflet: a mark's server-rendered card (or a cluster's
 * list) opens above it, as the live map's popup would, and the static map moves as the live one
 * would to show it whole; Escape or its close button closes it and gives focus back to its mark.
 */
import type { MapClientConfig } from '../../lib/map/model';
import type { MapSelection } from '../../lib/map/live-view';
import { shiftToShow } from '../../lib/map/fit-view';
import { cardAbove, cardMaxHeight, cardWidth, zoomButtonsAt } from '../../lib/map/static-overlay';

/** What the cards need from the map element. */
export interface StaticCardHost {
  /** Selects a record in the shared state (null clears it). */
  select(selection: MapSelection): void;
  /** Draws the static panel again, moved by `shift` (CSS px), or back where it opens. */
  place(shift?: [number, number]): void;
}

/** The kind of a static mark: an event's or a place's. */
export const markKind = (mark: Element): 'event' | 'place' => (mark.classList.contains('map-event') ? 'event' : 'place');

/** The static map's open card, at most one at a time. */
export class StaticCards {
  /** How far the static map moved to show the open card (null while none is open). */
  shifted: [number, number] | null = null;

  constructor(private readonly host: HTMLElement, private readonly config: MapClientConfig, private readonly hooks: StaticCardHost) {}

  /** The open card's box, if one is open. */
  get open(): HTMLElement | null {
    return this.host.querySelector<HTMLElement>('.map-static-card');
  }

  /**
   * Opens the server-rendered card of a static mark beside it, or selects its record where the map
   * has no card; with a `list`, shows that list (a cluster's) beside the mark instead.
   */
  show(mark: Element, selection: NonNullable<MapSelection>, list?: HTMLElement): void {
    this.close(false);
    const source = list ?? this.host.querySelector<HTMLElement>(`.map-cards [data-card="${selection.kind}"][data-id="${CSS.escape(selection.id)}"]`);
    if (!list) this.hooks.select(selection);
    const frame = this.host.querySelector<HTMLElement>('.static-map');
    if (!source || !frame) return;
    const box = document.createElement('div');
    box.className = 'map-static-card';
    const card = list ?? (source.cloneNode(true) as HTMLElement);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'map-static-card-close';
    close.setAttribute('aria-label', this.config.strings.closeCard);
    close.textContent = '×';
    close.addEventListener('click', () => this.close(true));
    box.append(card, close);
    box.dataset.opener = selection.id;
    frame.append(box);
    // Above the mark, centred on it, as the live map's popup; the map moves, as the live one would, to show it whole.
    const area = frame.getBoundingClientRect();
    const width = cardWidth(area.width);
    box.style.width = `${width}px`;
    box.style.maxHeight = `${cardMaxHeight(area.height)}px`;
    const height = box.getBoundingClientRect().height;
    const { left, top } = cardAbove(mark.getBoundingClientRect(), area, width, height);
    const shift = shiftToShow({ left: area.left + left, top: area.top + top, right: area.left + left + width, bottom: area.top + top + height }, area, zoomButtonsAt(area.left, area.top));
    this.shifted = shift;
    if (shift[0] || shift[1]) this.hooks.place(shift);
    box.style.left = `${left - shift[0]}px`;
    box.style.top = `${top - shift[1]}px`;
    card.focus({ preventScroll: true });
  }

  /** Opens the list of a cluster control's marks above it; each entry opens its mark's card. */
  showList(control: HTMLElement, members: readonly SVGAElement[]): void {
    const list = document.createElement('div');
    list.className = 'map-cluster-list';
    list.tabIndex = -1;
    const heading = document.createElement('p');
    heading.className = 'map-card-kicker';
    heading.textContent = this.config.strings.clusterHeading;
    const items = document.createElement('ul');
    for (const mark of members) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = mark.dataset.id;
      button.textContent = mark.getAttribute('aria-label') ?? mark.textContent;
      button.addEventListener('click', () => this.show(mark, { kind: markKind(mark), id: mark.dataset.id ?? '' }));
      const item = document.createElement('li');
      item.append(button);
      items.append(item);
    }
    list.append(heading, items);
    // What the live map needs to open the same list if it takes over meanwhile.
    list.dataset.keys = members.map((m) => `${markKind(m)}:${m.dataset.id ?? ''}`).join(' ');
    list.dataset.members = control.dataset.members;
    this.show(control, { kind: 'place', id: members[0]?.dataset.id ?? '' }, list);
  }

  /**
   * The open cluster list, if the open card is one: its marks (`place:<id>`, `event:<id>`), the
   * centre of its control in the frame (CSS px from the frame's top-left corner), and the entry
   * that has focus.
   */
  openList(): { keys: string[]; at: [number, number]; focusId?: string } | null {
    const list = this.open?.querySelector<HTMLElement>('.map-cluster-list');
    const frame = this.host.querySelector<HTMLElement>('.static-map');
    const control = [...(frame?.querySelectorAll<HTMLElement>('.map-cluster') ?? [])].find((c) => c.dataset.members === list?.dataset.members);
    if (!list?.dataset.keys || !frame || !control) return null;
    const area = frame.getBoundingClientRect();
    const box = control.getBoundingClientRect();
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.id : undefined;
    return { keys: list.dataset.keys.split(' '), at: [(box.left + box.right) / 2 - area.left, (box.top + box.bottom) / 2 - area.top], focusId: focused };
  }

  /** Closes the open card; `refocus` gives focus back to its mark and clears the selection. */
  close(refocus: boolean): void {
    const box = this.open;
    if (!box) return;
    const id = box.dataset.opener ?? '';
    box.remove();
    if (this.shifted && (this.shifted[0] || this.shifted[1])) this.hooks.place();
    this.shifted = null;
    if (!refocus) return;
    this.hooks.select(null);
    this.host.querySelector<SVGAElement>(`.static-map__region a[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}
