/**
 * `<relation-graph>`: enhances the graph drawn at build time. It moves between the snap
 * dates precomputed in the page's JSON (classes, widths, labels, text), handles selection
 * by mouse and keyboard, play/pause, and keeps `date` and `focus` in the URL. It never
 * builds markup: details, charts and table cells already exist and are found by `data-id`.
 * Beside other views it writes only `date` and `focus`, and follows their selected event: the
 * slider moves to the event's date and the pairs the event concerns are highlighted.
 */
import type { ClientDate, ClientEdge, GraphClientData } from '../lib/graph/graph-model';
import { nearestSnapDate } from '../lib/graph/graph-state';
import { nearestPositionIndex } from '../lib/graph/slider-scale';
import { parseViewState, type ViewState, type ViewStateContext } from '../lib/state/view-state';
import { onSharedState, updateSharedState } from './shared-state';
import { afterFirstPaint } from './after-first-paint';
import { readUrlContext } from './url-context';

type Selection = { kind: 'node' | 'edge'; id: string } | undefined;

const PLAY_STEP_MS = 1400;
const directions: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** The custom element that drives one relationship graph. */
export class RelationGraphElement extends HTMLElement {
  private data!: GraphClientData;
  private index = 0;
  private selection: Selection;
  private timer: number | undefined;
  private view!: ViewState;
  private ctx!: ViewStateContext;
  private abort = new AbortController();

  connectedCallback(): void {
    const json = this.querySelector<HTMLScriptElement>('script[data-rg="data"]');
    if (!json?.textContent) return;
    this.data = JSON.parse(json.textContent) as GraphClientData;
    this.index = this.data.defaultIndex;
    const signal = this.abort.signal;
    const svg = this.svg();
    svg.setAttribute('role', 'group');
    for (const mark of this.marks()) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-pressed', 'false');
    }

    const slider = this.slider();
    // The track places the dates in time; a drag snaps to the nearest, the keys step from date to date.
    slider.addEventListener('input', () => this.showDate(nearestPositionIndex(this.data.positions, Number(slider.value))), { signal });
    slider.addEventListener('change', () => this.writeUrl(true), { signal });
    slider.addEventListener('keydown', (e) => {
      const last = this.data.dates.length - 1;
      const to = { ArrowRight: this.index + 1, ArrowUp: this.index + 1, PageUp: this.index + 1, ArrowLeft: this.index - 1, ArrowDown: this.index - 1, PageDown: this.index - 1, Home: 0, End: last }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      if (Math.max(0, Math.min(last, to)) === this.index) return;
      this.showDate(to);
      this.writeUrl(true);
    }, { signal });
    this.q('play').addEventListener('click', () => (this.timer === undefined ? this.play() : this.pause()), { signal });
    this.q('clear').addEventListener('click', () => this.select(undefined, true), { signal });
    svg.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest<SVGGElement>('.rg-node, .rg-edge');
      if (mark) this.toggle(mark);
    }, { signal });
    svg.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.selection) this.select(undefined, true);
    }, { signal });
    this.ctx = readUrlContext();
    onSharedState('graph', this.ctx, (state, change) => (change ? this.follow(state, change.state) : this.readUrl()), signal);
    this.readUrl();
    // Tells tests and the benchmark that the view now answers to input.
    this.dataset.ready = '';
  }

  disconnectedCallback(): void {
    this.pause();
    this.abort.abort();
    this.abort = new AbortController();
  }

  private q<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-rg="${name}"]`) as T;
  }
  /** Sets the text of a part that a compact graph may leave out. */
  private setText(name: string, text: string): void {
    const el = this.querySelector(`[data-rg="${name}"]`);
    if (el) el.textContent = text;
  }
  private svg(): SVGSVGElement {
    return this.querySelector('.rg-svg') as SVGSVGElement;
  }
  private slider(): HTMLInputElement {
    return this.q<HTMLInputElement>('slider');
  }
  private marks(): SVGGElement[] {
    return [...this.querySelectorAll<SVGGElement>('.rg-node, .rg-edge')];
  }
  private text(i: number): string {
    return this.data.s[i] ?? '';
  }
  private current(): ClientDate {
    return this.data.dates[this.index] as ClientDate;
  }

  /** Applies the URL: date (or the date of `event`), then focus; bad values fall back silently. */
  private readUrl(): void {
    const { state } = parseViewState(window.location.search, this.ctx);
    this.view = state;
    this.showDate(this.indexFor(state) ?? this.data.defaultIndex);
    this.select(state.focus ? { kind: 'node', id: state.focus } : undefined, false);
  }

  /** The snap index the state asks for: its date, else its event's date; `undefined` for neither. */
  private indexFor(state: ViewState): number | undefined {
    const dates = this.data.dates.map((d) => d.iso);
    if (state.date) return dates.indexOf(nearestSnapDate(state.date, dates));
    if (state.event) return this.data.eventIndex[state.event];
    return undefined;
  }

  /** Follows another view's change of the selected event or the date. */
  private follow(state: ViewState, changed: Partial<ViewState>): void {
    this.view = state;
    if (!('event' in changed) && !('date' in changed)) {
      if ('pair' in changed) this.showEvent();
      return;
    }
    const index = this.indexFor(state);
    if (index !== undefined && index !== this.index) this.showDate(index);
    else this.showEvent();
  }

  /** Writes the graph's own keys (date, focused actor) to the address. */
  private writeUrl(push: boolean): void {
    const focus = this.selection?.kind === 'node' ? this.selection.id : undefined;
    this.view = { ...this.view, date: this.current().iso, focus };
    updateSharedState({ date: this.view.date, focus }, { push, source: 'graph' });
  }

  /** Highlights the pairs the selected event concerns at the current date, and the pair the state names (the story's). */
  private showEvent(): void {
    const event = this.view?.event;
    const tag = `event:${event}`;
    const pairs = new Set(event ? this.current().edges.filter((e) => e.d?.includes(tag)).map((e) => e.id) : []);
    const pair = this.view?.pair;
    if (pair) pairs.add(pair).add(pair.split('--').reverse().join('--'));
    for (const el of this.querySelectorAll<SVGGElement>('.rg-edge')) el.classList.toggle('is-event', pairs.has(el.dataset.id ?? ''));
  }

  /** Shows snap date `index`: edge classes and widths, labels, summary, table, details. */
  private showDate(index: number): void {
    this.index = Math.max(0, Math.min(this.data.dates.length - 1, index));
    const date = this.current();
    // The lesson kit reads the date the drawing shows from here, never the address's raw value.
    const kitVisual = this.closest<HTMLElement>('[data-kit-visual]');
    if (kitVisual) kitVisual.dataset.kitDate = date.iso;
    const slider = this.slider();
    slider.value = String(this.data.positions[this.index] ?? 0);
    const asOf = this.text(date.asOf);
    slider.setAttribute('aria-valuetext', asOf);
    this.q('title').textContent = date.title === undefined && this.data.titleTemplate ? this.data.titleTemplate.replace('{asOf}', asOf) : this.text(date.title ?? -1);
    this.setText('intro', this.text(date.intro ?? -1));
    const byId = new Map(date.edges.map((e) => [e.id, e]));
    for (const el of this.querySelectorAll<SVGGElement>('.rg-edge')) this.drawEdge(el, byId.get(el.dataset.id ?? ''));
    for (const el of this.querySelectorAll<SVGGElement>('.rg-node')) {
      el.setAttribute('aria-label', this.text(date.nodes[el.dataset.id ?? ''] ?? -1));
      el.setAttribute('tabindex', '0');
    }
    for (const li of this.querySelectorAll<HTMLLIElement>('.rg-summary li')) {
      const edge = byId.get(li.dataset.id ?? '');
      li.hidden = !edge;
      li.textContent = edge ? (edge.s ?? []).map((i) => this.text(i)).join(' ') : '';
    }
    for (const td of this.querySelectorAll<HTMLTableCellElement>('td[data-row]')) {
      const edge = byId.get(td.dataset.pair ?? '');
      const row = td.dataset.row;
      td.textContent = edge?.c ? this.text(edge.id.startsWith(`${row}--`) ? edge.c[0] : edge.c[1]) : '';
      td.classList.toggle('is-on', Boolean(edge));
    }
    for (const line of this.querySelectorAll<SVGLineElement>('.rg-tone-cursor')) {
      const svg = line.ownerSVGElement as SVGSVGElement;
      const x = String(Math.round((Number(svg.dataset.x0) + this.index * Number(svg.dataset.step)) * 10) / 10);
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
    }
    if (this.q('caption')) this.q('caption').textContent = this.captionText(asOf);
    this.showDetails();
    this.showEvent();
  }

  private captionBase: string | undefined;
  private captionText(asOf: string): string {
    const caption = this.q('caption');
    if (this.captionBase === undefined) this.captionBase = (caption.textContent ?? '').replace(this.text((this.data.dates[this.data.defaultIndex] as ClientDate).asOf), '{asOf}');
    return this.captionBase.replace('{asOf}', asOf);
  }

  private drawEdge(el: SVGGElement, edge: ClientEdge | undefined): void {
    const keep = ['rg-edge', ...['is-selected', 'is-related', 'is-event'].filter((c) => el.classList.contains(c))];
    const look = edge ? ['is-on', edge.t, `kind-${edge.k}`, edge.ta ? 'to-a' : '', edge.tb ? 'to-b' : '', edge.x ? 'is-beyond' : ''] : ['is-off', 'tone-0', 'kind-none'];
    el.setAttribute('class', [...keep, ...look].filter(Boolean).join(' '));
    const line = el.querySelector<SVGLineElement>('.rg-line');
    if (line && edge) line.style.strokeWidth = `${edge.w}px`;
    if (edge) {
      el.setAttribute('tabindex', '0');
      el.setAttribute('aria-label', this.text(edge.l));
    } else {
      el.setAttribute('tabindex', '-1');
    }
  }

  private toggle(mark: SVGGElement): void {
    const kind = mark.classList.contains('rg-node') ? 'node' : 'edge';
    const id = mark.dataset.id ?? '';
    const same = this.selection?.kind === kind && this.selection.id === id;
    this.select(same ? undefined : { kind, id }, true);
  }

  private select(selection: Selection, updateUrl: boolean): void {
    this.selection = selection;
    const svg = this.svg();
    svg.classList.toggle('has-selection', Boolean(selection));
    for (const mark of this.marks()) {
      const on = Boolean(selection) && mark.dataset.id === selection?.id && mark.classList.contains(selection?.kind === 'node' ? 'rg-node' : 'rg-edge');
      mark.classList.toggle('is-selected', on);
      mark.setAttribute('aria-pressed', String(on));
    }
    this.showDetails();
    if (updateUrl) this.writeUrl(false);
  }

  /** Shows the pre-rendered details of the selection at the current date. */
  private showDetails(): void {
    const date = this.current();
    const sel = this.selection;
    const edges = !sel ? [] : date.edges.filter((e) => (sel.kind === 'edge' ? e.id === sel.id : e.id.split('--').includes(sel.id)));
    const shown = new Set(edges.flatMap((e) => e.d ?? []));
    if (sel?.kind === 'edge') shown.add(`chart:${sel.id}`);
    for (const el of this.querySelectorAll<HTMLElement>('.rg-details [data-id]')) el.hidden = !shown.has(el.dataset.id ?? '');
    for (const group of ['relations', 'events']) {
      const box = this.q(group);
      if (box) box.hidden = !box.querySelector('.rg-detail:not([hidden])');
    }
    const related = new Set(edges.map((e) => e.id));
    for (const el of this.querySelectorAll<SVGGElement>('.rg-edge')) el.classList.toggle('is-related', related.has(el.dataset.id ?? ''));
    this.q('details-empty').hidden = Boolean(sel);
    this.q('details-body').hidden = !sel;
    if (!sel) return;
    const asOf = this.text(date.asOf);
    const [a, b] = sel.id.split('--');
    const pair = `${this.data.names[a ?? ''] ?? a} – ${this.data.names[b ?? ''] ?? b}`;
    this.q('details-title').textContent = (sel.kind === 'node' ? this.data.nodeHeading.replace('{name}', this.data.names[sel.id] ?? sel.id) : this.data.edgeHeading.replace('{pair}', pair)).replace('{asOf}', asOf);
    // A compact graph names the selection's relations in one line instead of its details.
    this.setText('details-line', edges.map((e) => this.text(e.l)).join('; '));
  }

  private onKey(e: KeyboardEvent): void {
    const mark = (e.target as Element).closest<SVGGElement>('.rg-node, .rg-edge');
    if (!mark) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.toggle(mark);
      return;
    }
    const dir = directions[e.key];
    if (!dir) return;
    e.preventDefault();
    const next = mark.classList.contains('rg-node') ? this.nodeToward(mark, dir) : this.edgeAfter(mark, dir[0] + dir[1]);
    next?.focus();
  }

  /** The nearest node in a direction, preferring neighbours linked at the date. */
  private nodeToward(from: SVGGElement, [dx, dy]: [number, number]): SVGGElement | undefined {
    const id = from.dataset.id ?? '';
    const x = Number(from.dataset.x);
    const y = Number(from.dataset.y);
    const linked = new Set(this.current().edges.map((e) => e.id.split('--')).filter((pair) => pair.includes(id)).flat());
    let best: SVGGElement | undefined;
    let bestScore = Infinity;
    for (const node of this.querySelectorAll<SVGGElement>('.rg-node')) {
      if (node === from) continue;
      const along = (Number(node.dataset.x) - x) * dx + (Number(node.dataset.y) - y) * dy;
      if (along <= 0) continue;
      const across = Math.abs((Number(node.dataset.x) - x) * dy) + Math.abs((Number(node.dataset.y) - y) * dx);
      const score = along + 2 * across + (linked.has(node.dataset.id ?? '') ? 0 : 1000);
      if (score < bestScore) {
        best = node;
        bestScore = score;
      }
    }
    return best;
  }

  private edgeAfter(from: SVGGElement, step: number): SVGGElement | undefined {
    const visible = [...this.querySelectorAll<SVGGElement>('.rg-edge.is-on')];
    const at = visible.indexOf(from);
    return visible[(at + step + visible.length) % visible.length];
  }

  private play(): void {
    if (this.index >= this.data.dates.length - 1) this.showDate(0);
    const button = this.q('play');
    button.textContent = this.data.pause;
    button.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      if (this.index >= this.data.dates.length - 1) return this.pause();
      this.showDate(this.index + 1);
      this.writeUrl(false);
    }, PLAY_STEP_MS);
  }

  private pause(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    const button = this.q('play');
    if (!button) return;
    button.textContent = this.data.play;
    button.setAttribute('aria-pressed', 'false');
  }
}

afterFirstPaint(() => {
  if (!customElements.get('relation-graph')) customElements.define('relation-graph', RelationGraphElement);
});
