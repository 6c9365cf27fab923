/**
 * `<story-steps>`: turns the list of steps drawn at build time into a stepper. It shows one step
 * at a time; the buttons, the arrow keys (while the reader is in the story's panel) and a
 * sideways swipe move between steps. Each step writes its whole view state (`stepViewPatch`) with
 * its number to the address as a new history entry, so the three views follow it, a link opens
 * the same step, and the back button walks back through the steps. It changes the state and
 * nothing else: the views do their own drawing. Focus stays where the reader is (on the button
 * pressed); a polite live region announces the new step.
 */
import { progressText, stepIndexOf, stepViewPatch } from '../lib/story/steps';
import type { StoryView } from '../lib/schema/story';
import { parseViewState } from '../lib/state/view-state';
import { readUrlContext } from './url-context';
import { updateSharedState } from './shared-state';

interface StoryConfig {
  steps: { title: string; view: StoryView; number: number }[];
  progress: string;
  announce: string;
  embedSrc: string;
}

/** The shortest sideways swipe (CSS px) that changes the step, and how much steeper than flat it may be. */
const SWIPE_MIN = 48;

/** Parses only `step`: no ids are needed for it. */

class StorySteps extends HTMLElement {
  private config!: StoryConfig;
  private steps: HTMLElement[] = [];
  private index = 0;
  private abort = new AbortController();

  connectedCallback(): void {
    const json = this.querySelector('.story-config')?.textContent;
    if (!json) return;
    this.config = JSON.parse(json) as StoryConfig;
    this.steps = [...this.querySelectorAll<HTMLElement>('.story-step')];
    const signal = this.abort.signal;
    const stage = this.querySelector<HTMLElement>('.story-stage')!;
    this.el('previous').addEventListener('click', () => this.go(this.index - 1), { signal });
    this.el('next').addEventListener('click', () => this.go(this.index + 1), { signal });
    stage.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.listenForSwipe(stage, signal);
    window.addEventListener('popstate', () => this.show(this.indexFromAddress(), true), { signal });
    this.classList.add('is-live');
    // The address's step (or the first, for a missing or broken one) sets the views' state; no new history entry.
    const index = this.indexFromAddress();
    this.write(index, false);
    this.show(index, false);
    // Tells tests and the benchmark that the story now answers to input.
    this.dataset.ready = '';
  }

  disconnectedCallback(): void {
    this.abort.abort();
    this.abort = new AbortController();
  }

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-story="${name}"]`) as T;
  }

  private indexFromAddress(): number {
    return stepIndexOf(parseViewState(location.search, readUrlContext()).state.step, this.config.steps.length);
  }

  /** Moves to step `index` (0-based) as the reader asked: a new history entry, and the views follow. */
  private go(index: number): void {
    if (index < 0 || index >= this.config.steps.length || index === this.index) return;
    this.write(index, true);
    this.show(index, true);
  }

  /** Writes step `index`'s whole view state to the address (`push`: as a new history entry) and tells the views. */
  private write(index: number, push: boolean): void {
    const step = this.config.steps[index]!;
    updateSharedState(stepViewPatch(step.view, step.number), { push, source: 'story' });
  }

  /** Shows step `index`: the step, the progress line, the buttons, the embed code; announces it when asked. */
  private show(index: number, announce: boolean): void {
    this.index = index;
    const total = this.config.steps.length;
    this.steps.forEach((step, i) => step.classList.toggle('is-current', i === index));
    this.dataset.step = String(index + 1);
    this.el('progress').textContent = progressText(this.config.progress, index, total);
    this.el('previous').setAttribute('aria-disabled', String(index === 0));
    this.el('next').setAttribute('aria-disabled', String(index === total - 1));
    if (announce) {
      this.el('announce').textContent = progressText(this.config.announce, index, total).replace('{title}', this.config.steps[index]!.title);
    }
    const src = index === 0 ? this.config.embedSrc : `${this.config.embedSrc}?step=${index + 1}`;
    const snippet = this.querySelector<HTMLTextAreaElement>('[data-story="snippet"]');
    if (snippet) snippet.value = snippet.value.replace(/src="[^"]*"/, `src="${src}"`);
    this.querySelector<HTMLAnchorElement>('[data-story="embed-link"]')?.setAttribute('href', new URL(src).pathname + new URL(src).search);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    if (event.key === 'ArrowRight') this.go(this.index + 1);
    else if (event.key === 'ArrowLeft') this.go(this.index - 1);
    else return;
    event.preventDefault();
  }

  /** A sideways swipe on the panel: to the left for the next step, to the right for the previous one. */
  private listenForSwipe(stage: HTMLElement, signal: AbortSignal): void {
    let start: { x: number; y: number; id: number } | undefined;
    stage.addEventListener('pointerdown', (e) => {
      if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    }, { signal });
    stage.addEventListener('pointercancel', () => (start = undefined), { signal });
    stage.addEventListener('pointerup', (e) => {
      if (!start || e.pointerId !== start.id) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = undefined;
      if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 2 * Math.abs(dy)) return;
      this.go(this.index + (dx < 0 ? 1 : -1));
    }, { signal });
  }
}

if (!customElements.get('story-steps')) customElements.define('story-steps', StorySteps);
