/**
 * The home page's selection bar: shows the server-rendered entry of the event and of the actor
 * that the views on the page select, read from the shared view state in the address (on load,
 * on every `viewstatechange` and on back/forward). Its button clears the selected event for
 * all views. It builds no text: entries are found by `data-kind` and `data-id`.
 */
import { readSharedState, updateSharedState } from './shared-state';
import { readUrlContext } from './url-context';

/** Connects the bar marked `data-selection-bar`, if the page has one. */
export function connectSelectionBar(): void {
  const bar = document.querySelector<HTMLElement>('[data-selection-bar]');
  if (!bar) return;
  const entries = [...bar.querySelectorAll<HTMLElement>('[data-kind][data-id]')];
  const ctx = readUrlContext();
  const clear = bar.querySelector<HTMLButtonElement>('.selection-bar-clear');
  const show = () => {
    const { event, focus } = readSharedState(ctx);
    let shown = false;
    for (const entry of entries) {
      const on = entry.dataset.id === (entry.dataset.kind === 'event' ? event : focus);
      if (entry.hidden === on) entry.hidden = !on;
      shown ||= on;
    }
    for (const row of bar.querySelectorAll<HTMLElement>('[data-row]')) row.hidden = !row.querySelector('[data-id]:not([hidden])');
    bar.classList.toggle('is-shown', shown);
    if (clear) clear.hidden = !event;
  };
  clear?.addEventListener('click', () => {
    const { event } = readSharedState(ctx);
    updateSharedState({ event: undefined }, { push: true, source: 'selection-bar' });
    show();
    // The button hides itself; focus goes back to the event's mark in a view, else to the page.
    if (event) focusFirst([...document.querySelectorAll<HTMLElement>(`main [data-id="${CSS.escape(event)}"][tabindex]`)].filter((el) => !bar.contains(el)));
  });
  window.addEventListener('viewstatechange', show);
  window.addEventListener('popstate', show);
  show();
}

/** Focuses the first element of `candidates` that can take focus, else the page's main region. */
function focusFirst(candidates: HTMLElement[]): void {
  for (const element of candidates) {
    element.focus();
    if (document.activeElement === element) return;
  }
  document.querySelector<HTMLElement>('main')?.focus();
}
