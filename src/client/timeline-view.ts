/**
 * `<timeline-view>`: enhances the timeline drawn at build time. It moves the existing marks
 * (found by `data-id`) when the reader zooms, pans, switches range or lanes, or filters; opens
 * the card of an event by showing the card already rendered for it; and keeps the view state
 * in the URL through the shared view-state module, so links and back/forward work. Beside
 * other views it writes only its own keys, follows their selected event, and highlights the
 * events of the actor they focus.
 * While a zoom or pan goes on, the last layout is only moved, drawn on a canvas over the SVG
 * (`timeline-preview`); when the gesture settles, the view is laid out once and only the marks
 * whose position, label or visibility changed are written to the SVG.
 * `timeline.ts` loads this module after the first paint. It is longer than the project's other
 * files because it is one element's behaviour (gestures, controls, cards, address), each part
 * reading and writing the same state; the pure parts are in `src/lib/timeline`.
 */
import { layoutTimeline } from '../lib/timeline/layout';
import { domainToShow, eventExtent, fullDomain, minimumSpan, namedRanges, spanDomain, spanOfDomain } from '../lib/timeline/ranges';
import { eventTransform, labelContent, renderClusters, renderLanes, renderOverview, renderTicks, round, type TimelineMarkers, type TimelineSvgText } from '../lib/timeline/render-svg';
import type { PlacedEvent, TimeDomain, TimelineEvent, TimelineLayout } from '../lib/timeline/types';
import { domainOfTransform, maxScaleAt, transformForDomain, type ZoomLimits } from '../lib/timeline/zoom-transform';
import { mapX, previewMap, previewScene } from '../lib/timeline/preview';
import { createPanZoom, type PanZoom } from './pan-zoom';
import { openWhenWide } from './open-when-wide';
import { printWidth } from '../lib/site/frame-widths';
import { createTimelinePreview, type TimelinePreview } from './timeline-preview';
import { onSharedState, updateSharedState } from './shared-state';
import { defaultViewState, parseViewState, type LaneMode, type TimeRange, type ViewState, type ViewStateContext } from '../lib/state/view-state';
import type { Locale } from '../lib/locale';
import { readUrlContext } from './url-context';

interface TimelineConfig {
  locale: Locale;
  events: TimelineEvent[];
  laneNames: Record<LaneMode, Record<string, string>>;
  /** The marker paths the build made, which the view draws again. */
  markers: TimelineMarkers;
  cluster: string;
  svgTitles: Record<LaneMode, string>;
  overview: string;
  /** What the folded filters add to their summary while some are set. */
  filterState: { hidden: string; only: string; origins: Record<string, string> };
}

const HEIGHT = 360;
/** How long the hint on how to zoom stays when the reader does nothing. */
const WHEEL_HINT_MS = 4000;
/** How long a settled zoom or pan waits before the address records its span: one entry is replaced per pause, not per wheel tick. */
const SPAN_WRITE_MS = 400;

/** One event's mark and what was last written to it, so a new layout writes only what changed. */
interface MarkView {
  g: SVGGElement;
  bar: SVGRectElement | null;
  label: SVGTextElement;
  shown?: boolean;
  transform?: string;
  barWidth?: string;
  labelShown?: boolean;
  labelX?: string;
  labelY?: string;
  /** The label's markup: its title, or its lines. */
  labelText?: string;
}

/** A mark as the HTML drew it: what its attributes say now, so the first layout writes only what differs. */
function markViewOf(g: SVGGElement): MarkView {
  const bar = g.querySelector<SVGRectElement>('.tl-bar');
  const label = g.querySelector<SVGTextElement>('.tl-label')!;
  const labelShown = !label.hasAttribute('display');
  return {
    g,
    bar,
    label,
    shown: !g.hasAttribute('display'),
    transform: g.getAttribute('transform') ?? undefined,
    barWidth: bar?.getAttribute('width') ?? undefined,
    labelShown,
    labelX: labelShown ? (label.getAttribute('x') ?? undefined) : undefined,
    labelY: labelShown ? (label.getAttribute('y') ?? undefined) : undefined,
    labelText: labelShown ? label.innerHTML : undefined,
  };
}

class TimelineView extends HTMLElement {
  #config!: TimelineConfig;
  #svg!: SVGSVGElement;
  #frame!: HTMLElement;
  /** Each event's mark, by id, with what was last written to it. */
  #marks = new Map<string, MarkView>();
  /** The markup last written to each redrawn group, by selector, so an unchanged group is not rewritten. */
  #written = new Map<string, string>();
  #preview?: TimelinePreview;
  /** While the view jumps to a domain it was told to show (address, range, resize): such a move is not the reader's span. */
  #jumping = false;
  #spanTimer = 0;
  #order: string[] = [];
  #state: ViewState = { ...defaultViewState, hide: [], layers: [] };
  #ctx!: ViewStateContext;
  /** The width the SVG is laid out for: the built SVG's at first. */
  #width = 0;
  #domain: TimeDomain = namedRanges.article;
  #minRows: Record<string, number> = {};
  #panZoom!: PanZoom;
  #layout?: TimelineLayout;
  #cleanup: (() => void)[] = [];
  /** Between `beforeprint` and `afterprint`: the layout has the printed width, whatever the screen's. */
  #printing = false;
  /** The hint on how to zoom shows once per page view. */
  #wheelHintShown = false;

  connectedCallback(): void {
    const json = this.querySelector('.tl-config')?.textContent;
    const svg = this.querySelector<SVGSVGElement>('.tl-frame svg');
    const frame = this.querySelector<HTMLElement>('.tl-frame');
    if (!json || !svg || !frame) return;
    this.#config = JSON.parse(json) as TimelineConfig;
    this.#svg = svg;
    this.#frame = frame;
    // The frame is a tab stop only for scrolling the drawing without scripts; its marks take over.
    frame.removeAttribute('tabindex');
    this.#width = Math.round(frame.clientWidth) || svg.viewBox.baseVal.width;
    this.#ctx = readUrlContext();
    for (const g of svg.querySelectorAll<SVGGElement>('.tl-event')) {
      const id = g.dataset.id!;
      this.#order.push(id);
      const view = markViewOf(g);
      this.#marks.set(id, view);
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', g.querySelector('title')?.textContent ?? id);
      g.setAttribute('tabindex', view.shown ? '0' : '-1');
    }
    svg.setAttribute('role', 'group');
    this.#setUpZoom();
    this.#listen(svg, 'click', (e) => this.#onSvgClick(e as MouseEvent));
    this.#listen(svg, 'keydown', (e) => this.#onKey(e as KeyboardEvent));
    this.#listen(this, 'click', (e) => this.#onControlClick(e as MouseEvent));
    this.#listen(this, 'change', (e) => this.#onFilterChange(e));
    const panel = this.querySelector<HTMLElement>('.tl-card-panel');
    if (panel) {
      this.#listen(panel, 'keydown', (e) => {
        if ((e as KeyboardEvent).key !== 'Escape') return;
        e.preventDefault();
        this.#closeCard();
      });
    }
    const stop = new AbortController();
    this.#cleanup.push(() => stop.abort());
    openWhenWide(this, stop.signal);
    onSharedState('timeline', this.#ctx, (state, change) => (change ? this.#follow(state, change.state) : this.#applyUrl(false)), stop.signal);
    const observer = new ResizeObserver(() => {
      if (!this.#printing) this.#resize(Math.round(this.#frame.clientWidth));
    });
    // A printout gets the layout of its own width, so its labels print at their size.
    this.#listen(window, 'beforeprint', () => {
      this.#printing = true;
      this.#resize(Math.min(printWidth, Math.round(this.#frame.clientWidth)));
    });
    this.#listen(window, 'afterprint', () => {
      this.#printing = false;
      this.#resize(Math.round(this.#frame.clientWidth));
    });
    observer.observe(frame);
    this.#cleanup.push(() => observer.disconnect());
    this.#applyUrl(false);
    this.#cleanup.push(() => clearTimeout(this.#spanTimer));
    // Tells tests and the benchmark that the view now answers to input.
    this.dataset.ready = '';
  }

  disconnectedCallback(): void {
    for (const fn of this.#cleanup) fn();
    this.#cleanup = [];
    this.#panZoom.destroy();
  }

  /** Lays the view out again for a new frame width (at once, so it also serves a printout). */
  #resize(width: number): void {
    if (width <= 0 || width === this.#width) return;
    this.#width = width;
    this.#minRows = {};
    this.#panZoom.setLimits(this.#zoomLimits());
    this.#goTo(this.#domain, false);
  }

  #listen(target: EventTarget, type: string, handler: (e: Event) => void): void {
    target.addEventListener(type, handler);
    this.#cleanup.push(() => target.removeEventListener(type, handler));
  }

  #frameEdges(): { left: number; right: number } {
    return { left: 8, right: this.#width - 8 };
  }

  /** The plot's edges in pixels: the unzoomed scale draws the whole period between them. */
  #edges(): [number, number] {
    const { left, right } = this.#frameEdges();
    return [left, right];
  }

  /** Zoom from the whole period down to the shortest span (in the band as in the years around it); the view stays inside the period. */
  #zoomLimits(): ZoomLimits {
    const edges = this.#edges();
    const cap = maxScaleAt(fullDomain, edges, minimumSpan);
    return { scaleExtent: [1, cap(edges[0])], extent: [0, this.#width], translateExtent: [0, this.#width], maxScaleAt: cap };
  }

  #setUpZoom(): void {
    this.#panZoom = createPanZoom(this.#svg, {
      limits: this.#zoomLimits(),
      onChange: (t, moving) => {
        this.#domain = domainOfTransform(t, fullDomain, this.#edges());
        if (moving && this.#layout) this.#showPreview();
        else this.#render();
        if (!moving && !this.#jumping) this.#writeSpanSoon();
      },
      // Tells tests and the benchmark that a gesture has yet to settle into a new layout.
      onSettling: (settling) => {
        if (settling) this.dataset.settling = '';
        else delete this.dataset.settling;
      },
      onWheelDeclined: () => this.#showWheelHint(),
    });
  }

  /**
   * Says once per page view, over the chart, how to zoom when the wheel scrolled the page instead;
   * the hint goes at the reader's next press or after a few seconds.
   */
  #showWheelHint(): void {
    const hint = this.querySelector<HTMLElement>('.tl-wheel-hint');
    if (!hint || this.#wheelHintShown) return;
    this.#wheelHintShown = true;
    hint.hidden = false;
    const hide = () => {
      hint.hidden = true;
      clearTimeout(timer);
      window.removeEventListener('pointerdown', hide);
    };
    const timer = window.setTimeout(hide, WHEEL_HINT_MS);
    window.addEventListener('pointerdown', hide);
    this.#cleanup.push(hide);
  }

  /** The x of a mark in the SVG's pixels now (also mid-gesture), to zoom about the focused event (it stays in view); none: the centre. */
  #markX(mark: SVGGElement | null): number | undefined {
    const layout = this.#layout;
    const placed = mark && layout?.events.find((e) => e.id === mark.dataset.id && e.visible);
    if (!placed) return undefined;
    return mapX(previewMap(layout!.domain, this.#domain, layout!.plot.left, layout!.plot.right), placed.x0);
  }

  /**
   * Once a zoom or pan has settled, records its span in the address, replacing the entry; the
   * whole period unzoomed is the background range as named.
   */
  #writeSpanSoon(): void {
    clearTimeout(this.#spanTimer);
    this.#spanTimer = window.setTimeout(() => {
      const whole = this.#panZoom.transform.k <= 1;
      const change: Partial<ViewState> = whole ? { span: undefined, range: 'background' } : { span: spanOfDomain(this.#domain, this.#ctx.dateBounds) };
      this.#state = { ...this.#state, ...change };
      this.#syncControls();
      updateSharedState(change, { source: 'timeline' });
    }, SPAN_WRITE_MS);
  }

  /** Drops the reader's span from the address when the view moves to a named range or an event another view chose. */
  #clearSpan(): void {
    clearTimeout(this.#spanTimer);
    if (!this.#state.span) return;
    this.#state = { ...this.#state, span: undefined };
    updateSharedState({ span: undefined }, { source: 'timeline' });
  }

  /** Mid-gesture: draws the last layout moved to the domain now shown, without laying out again. */
  #showPreview(): void {
    this.#preview ??= createTimelinePreview(this.#svg, this.#frame, this.#config.markers);
    const focused = (document.activeElement as Element | null)?.closest?.('.tl-event') as SVGGElement | null;
    const highlight = (focused && this.#svg.contains(focused) ? focused.dataset.id : undefined) ?? this.#state.event;
    this.#preview.draw(previewScene(this.#layout!, this.#domain, this.#config.locale), this.#layout!, highlight);
    if (!('moving' in this.dataset)) this.dataset.moving = '';
  }

  /** Zooms and pans so `domain` fills the frame. */
  #goTo(domain: TimeDomain, resetRows = true): void {
    if (resetRows) this.#minRows = {};
    this.#jumping = true;
    this.#panZoom.set(transformForDomain(domain, fullDomain, this.#edges(), this.#zoomLimits()));
    this.#jumping = false;
  }

  #render(): void {
    const layout = layoutTimeline(this.#config.events, {
      width: this.#width,
      height: HEIGHT,
      range: this.#domain,
      lanes: this.#state.lanes,
      locale: this.#config.locale,
      hide: this.#state.hide,
      origin: this.#state.origin,
      minRows: this.#minRows,
    });
    for (const lane of layout.lanes) this.#minRows[lane.id] = lane.rows;
    this.#layout = layout;
    this.#apply(layout);
    this.#preview?.end();
    delete this.dataset.moving;
    // The domain laid out, for tests that compare the view with the layout.
    this.dataset.domain = `${layout.domain.start},${layout.domain.end}`;
  }

  /** Sets the markup of the group `selector` if it differs from what was last written there; true when written. */
  #writeGroup(selector: string, html: string): boolean {
    if (this.#written.get(selector) === html) return false;
    this.#svg.querySelector(selector)!.innerHTML = html;
    this.#written.set(selector, html);
    return true;
  }

  #text(): TimelineSvgText {
    return { title: '', description: '', lanes: this.#config.laneNames[this.#state.lanes], hover: {}, cluster: (n) => this.#config.cluster.replace('{n}', String(n)), overview: this.#config.overview };
  }

  /**
   * Moves the existing marks to a new layout and redraws the furniture (lanes, ticks, badges,
   * overview). Only writes: nothing is read from the layout engine in between, and a mark, group
   * or attribute that is already as the layout wants it is not touched.
   */
  #apply(layout: TimelineLayout): void {
    const svg = this.#svg;
    const viewBox = `0 0 ${layout.width} ${round(layout.height)}`;
    if (svg.getAttribute('viewBox') !== viewBox) {
      svg.setAttribute('viewBox', viewBox);
      svg.setAttribute('width', String(layout.width));
      svg.setAttribute('height', round(layout.height));
    }
    const text = this.#text();
    this.#writeGroup('.tl-lanes', renderLanes(layout, text, this.#config.markers));
    this.#writeGroup('.tl-ticks', renderTicks(layout));
    if (this.#writeGroup('.tl-clusters', renderClusters(layout, text))) {
      for (const c of svg.querySelectorAll('.tl-clusters .tl-cluster')) {
        c.setAttribute('role', 'button');
        c.setAttribute('tabindex', '0');
        c.setAttribute('aria-label', c.querySelector('title')?.textContent ?? '');
      }
    }
    this.#applyOverview(layout);
    svg.querySelector('.tl-axis-line')?.setAttribute('x2', String(layout.plot.right));
    for (const placed of layout.events) {
      const view = this.#marks.get(placed.id);
      if (view) this.#applyMark(view, placed);
    }
    const title = this.#config.svgTitles[this.#state.lanes];
    const titleElement = svg.querySelector('#tl-title')!;
    if (titleElement.textContent !== title) titleElement.textContent = title;
  }

  /** The overview strip: its thousands of ticks are redrawn only when they change (width, filters); otherwise only the window moves. */
  #applyOverview(layout: TimelineLayout): void {
    const key = `${layout.width}|${this.#state.hide.join()}|${this.#state.origin}`;
    if (this.#written.get('overview') !== key) {
      this.#svg.querySelector('.tl-overview-wrap')!.innerHTML = renderOverview(layout, this.#text());
      this.#written.set('overview', key);
    }
    const { x0, x1 } = layout.overview.window;
    const rect = this.#svg.querySelector('.tl-overview-window')!;
    rect.setAttribute('x', round(x0));
    rect.setAttribute('width', round(Math.max(2, x1 - x0)));
  }

  /** Brings one mark to its place in the layout, writing only the attributes that changed (a hidden mark: one attribute). */
  #applyMark(view: MarkView, placed: PlacedEvent): void {
    const { g } = view;
    if (view.shown !== placed.visible) {
      view.shown = placed.visible;
      if (placed.visible) g.removeAttribute('display');
      else g.setAttribute('display', 'none');
      g.setAttribute('tabindex', placed.visible ? '0' : '-1');
    }
    if (!placed.visible) return;
    const transform = eventTransform(placed);
    if (view.transform !== transform) g.setAttribute('transform', (view.transform = transform));
    if (view.bar) {
      const width = round(Math.max(0, placed.x1 - placed.x0));
      if (view.barWidth !== width) view.bar.setAttribute('width', (view.barWidth = width));
    }
    const { label } = view;
    const shown = Boolean(placed.label);
    if (view.labelShown !== shown) {
      view.labelShown = shown;
      if (shown) label.removeAttribute('display');
      else label.setAttribute('display', 'none');
    }
    if (!placed.label) return;
    const x = round(placed.label.x - placed.x0);
    const y = round(placed.label.y + 12 - placed.y);
    if (view.labelX !== x) label.setAttribute('x', (view.labelX = x));
    if (view.labelY !== y) label.setAttribute('y', (view.labelY = y));
    const content = labelContent(placed.label, x);
    if (view.labelText !== content) label.innerHTML = view.labelText = content;
  }

  #visibleIds(): string[] {
    const visible = new Set(this.#layout?.events.filter((e) => e.visible).map((e) => e.id));
    return this.#order.filter((id) => visible.has(id));
  }

  #onSvgClick(event: MouseEvent): void {
    const target = event.target as Element;
    const mark = target.closest<SVGGElement>('.tl-event');
    if (mark) {
      this.#openCard(mark.dataset.id!, true);
      return;
    }
    const cluster = target.closest<SVGGElement>('.tl-cluster');
    if (cluster) this.#zoomToCluster(cluster);
  }

  #zoomToCluster(cluster: SVGGElement): void {
    const start = Number(cluster.dataset.start);
    const end = Number(cluster.dataset.end);
    const pad = Math.max(minimumSpan, (end - start) * 0.2);
    this.#goTo({ start: start - pad, end: end + pad });
    this.#writeSpanSoon();
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target as Element;
    const mark = target.closest<SVGGElement>('.tl-event');
    const ids = this.#visibleIds();
    const index = mark ? ids.indexOf(mark.dataset.id!) : -1;
    const focusAt = (i: number) => {
      const id = ids[Math.max(0, Math.min(ids.length - 1, i))];
      if (id) this.#marks.get(id)?.g.focus();
    };
    const k = event.key;
    if (k === 'ArrowRight' || k === 'ArrowDown') focusAt(index + 1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp') focusAt(index < 0 ? 0 : index - 1);
    else if (k === 'Home') focusAt(0);
    else if (k === 'End') focusAt(ids.length - 1);
    else if ((k === 'Enter' || k === ' ') && mark) this.#openCard(mark.dataset.id!, true);
    else if ((k === 'Enter' || k === ' ') && target.closest('.tl-cluster')) this.#zoomToCluster(target.closest<SVGGElement>('.tl-cluster')!);
    else if (k === 'Escape') this.#closeCard();
    else if (k === '+' || k === '=') this.#panZoom.zoomBy(1.6, this.#markX(mark));
    else if (k === '-' || k === '_') this.#panZoom.zoomBy(1 / 1.6, this.#markX(mark));
    else if (k === 'PageUp' || k === 'PageDown') this.#panZoom.panBy((k === 'PageUp' ? 1 : -1) * this.#width * 0.3);
    else return;
    event.preventDefault();
  }

  #onControlClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const { range, lanes, origin, zoom: zoomDir } = button.dataset;
    if (button.classList.contains('tl-card-close')) this.#closeCard();
    else if (range) this.#update({ range: range as TimeRange, span: undefined }, true);
    else if (lanes) this.#update({ lanes: lanes as LaneMode });
    else if (origin) this.#update({ origin: origin as ViewState['origin'] });
    else if (zoomDir) this.#panZoom.zoomBy(zoomDir === 'in' ? 1.6 : 1 / 1.6);
  }

  #onFilterChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.dataset.actor) return;
    const hide = [...this.querySelectorAll<HTMLInputElement>('input[data-actor]')].filter((i) => !i.checked).map((i) => i.dataset.actor!);
    this.#update({ hide });
  }

  /** Changes the state from a control, records it in the history, and redraws. */
  #update(change: Partial<ViewState>, moveToRange = false): void {
    this.#state = { ...this.#state, ...change };
    this.#pushUrl();
    this.#syncControls();
    this.#minRows = {};
    if (moveToRange) this.#goTo(namedRanges[this.#state.range]);
    else this.#render();
  }

  /** Writes the timeline's own keys to the address as a new history entry. */
  #pushUrl(): void {
    const { event, range, span, lanes, origin, hide } = this.#state;
    updateSharedState({ event, range, span, lanes, origin, hide }, { push: true, source: 'timeline' });
  }

  /**
   * Follows another view on the page (or the story): its range, its selected event (the card
   * opens, focus stays, and the view moves to show the event when it is out of sight) and its
   * focused actor. Moves are jumps: nothing here animates.
   */
  #follow(state: ViewState, changed: Partial<ViewState>): void {
    if ('range' in changed && state.range !== this.#state.range) {
      this.#state = { ...this.#state, range: state.range };
      this.#syncControls();
      this.#goTo(namedRanges[state.range]);
      this.#clearSpan();
    }
    if ('event' in changed) {
      if (state.event) this.#openCard(state.event, false, false);
      else this.#closeCard(false);
      this.#state = { ...this.#state, event: state.event };
      if (state.event) this.#bringIntoView(state.event);
    }
    if ('focus' in changed) this.#showActorFocus(state.focus);
  }

  /** Moves the view to the range that holds the event, when the event is outside the stretch shown. */
  #bringIntoView(id: string): void {
    const event = this.#config.events.find((e) => e.id === id);
    if (!event) return;
    const target = domainToShow(this.#domain, eventExtent(event.start, event.end));
    if (target) {
      this.#goTo(target);
      this.#clearSpan();
    }
  }

  /** Highlights the events of one actor (without hiding the others), or none: the stylesheet matches `data-focus`. */
  #showActorFocus(actor: string | undefined): void {
    this.#svg.dataset.focus = actor ?? '';
  }

  /** Reads the state from the address (on load and on back/forward); a broken parameter is ignored. */
  #applyUrl(push: boolean): void {
    const { state } = parseViewState(location.search, this.#ctx);
    const moved = !this.#layout || state.range !== this.#state.range || String(state.span) !== String(this.#state.span);
    this.#state = state;
    this.#syncControls();
    if (moved) this.#goTo(state.span ? spanDomain(state.span) : namedRanges[state.range]);
    else this.#render();
    if (state.event) this.#openCard(state.event, false, push);
    else this.#closeCard(false);
    this.#showActorFocus(state.focus);
  }

  #syncControls(): void {
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-range]')) b.setAttribute('aria-pressed', String(b.dataset.range === this.#state.range));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-lanes]')) b.setAttribute('aria-pressed', String(b.dataset.lanes === this.#state.lanes));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-origin]')) b.setAttribute('aria-pressed', String(b.dataset.origin === this.#state.origin));
    for (const i of this.querySelectorAll<HTMLInputElement>('input[data-actor]')) i.checked = !this.#state.hide.includes(i.dataset.actor!);
    const state = this.querySelector('.tl-filters-state');
    if (state) {
      const { hidden, only, origins } = this.#config.filterState;
      const parts = [
        ...(this.#state.hide.length > 0 ? [hidden.replace('{n}', String(this.#state.hide.length))] : []),
        ...(this.#state.origin !== 'all' ? [only.replace('{origin}', origins[this.#state.origin] ?? this.#state.origin)] : []),
      ];
      state.textContent = parts.length > 0 ? ` (${parts.join(', ')})` : '';
    }
  }

  /** Marks the event as selected, and shows the card rendered on the server for it where the page has one. */
  #openCard(id: string, fromUser: boolean, push = fromUser): void {
    const source = [...this.querySelectorAll<HTMLElement>('.tl-list .event-card')].find((c) => c.dataset.id === id);
    const panel = this.querySelector<HTMLElement>('.tl-card-panel');
    const slot = this.querySelector<HTMLElement>('.tl-card-slot');
    if (!this.#marks.has(id)) return;
    if (source && panel && slot) {
      slot.replaceChildren(source.cloneNode(true));
      panel.hidden = false;
      panel.dataset.side = this.#sideAwayFrom(id);
      if (fromUser) this.#presentCard(panel, id);
    }
    for (const [markId, { g }] of this.#marks) {
      if (markId === id) g.setAttribute('aria-current', 'true');
      else g.removeAttribute('aria-current');
    }
    if (this.#state.event !== id) {
      this.#state = { ...this.#state, event: id };
      if (push) this.#pushUrl();
    }
  }

  /** The side of the chart a wide screen's card lies on: away from the event, so the card does not cover it. */
  #sideAwayFrom(id: string): 'left' | 'right' {
    const placed = this.#layout?.events.find((e) => e.id === id && e.visible);
    return placed && (placed.x0 + placed.x1) / 2 > this.#width / 2 ? 'left' : 'right';
  }

  /**
   * Moves focus to the card the reader opened and makes sure both are on screen: the card (over
   * the chart, or the sheet at the bottom of the screen) and, above a sheet, the event it is about.
   */
  #presentCard(panel: HTMLElement, id: string): void {
    panel.focus({ preventScroll: true });
    if (getComputedStyle(panel).position === 'fixed') {
      const mark = this.#marks.get(id)?.g.getBoundingClientRect();
      const sheetTop = panel.getBoundingClientRect().top;
      if (mark && mark.bottom > sheetTop - 8) window.scrollBy(0, mark.bottom - sheetTop + 16);
    } else {
      panel.scrollIntoView({ block: 'nearest' });
    }
  }

  #closeCard(fromUser = true): void {
    const panel = this.querySelector<HTMLElement>('.tl-card-panel');
    // Without a panel (a compact timeline) the selection is the marked event alone.
    if (panel ? panel.hidden : !this.#svg.querySelector('.tl-event[aria-current="true"]')) return;
    if (panel) panel.hidden = true;
    this.querySelector('.tl-card-slot')?.replaceChildren();
    const id = this.#state.event;
    for (const { g } of this.#marks.values()) g.removeAttribute('aria-current');
    if (fromUser) {
      this.#state = { ...this.#state, event: undefined };
      this.#pushUrl();
      if (id) this.#marks.get(id)?.g.focus();
    }
  }
}

if (!customElements.get('timeline-view')) customElements.define('timeline-view', TimelineView);
