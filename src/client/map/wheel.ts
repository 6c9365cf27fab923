/**
 * The wheel over the live map belongs to the page: a plain turn of the wheel scrolls the page
 * past the map, as on the timeline (`client/pan-zoom.ts`), and the map says once how to zoom
 * instead. The map zooms with Ctrl or ⌘ held (a trackpad's pinch arrives as a wheel with
 * `ctrlKey`), with its buttons and keys, by touch, and with the plain wheel once the reader has
 * pressed on it, until the mouse leaves it or presses elsewhere. The wheel events the map may not
 * have are stopped on their way down, before Leaflet's own wheel zoom sees them; nothing cancels
 * them, so the page scrolls.
 */

/** How long the hint on how to zoom stays when the reader does nothing. */
const HINT_MS = 4000;

/** Gates the wheel over `mapEl` (the Leaflet container) and shows `hintText` over it once; returns the undo. */
export function gateWheel(mapEl: HTMLElement, hintText: string): () => void {
  const stop = new AbortController();
  const { signal } = stop;
  const on = <K extends keyof DocumentEventMap>(target: EventTarget, type: K, listener: (event: DocumentEventMap[K]) => void, options: AddEventListenerOptions = {}) =>
    target.addEventListener(type, listener as EventListener, { ...options, signal });
  let engaged = false;
  let hint: HTMLElement | null = null;
  let timer = 0;
  const hide = () => {
    clearTimeout(timer);
    if (hint) hint.hidden = true;
  };
  const showHint = () => {
    if (hint) return;
    hint = document.createElement('p');
    hint.className = 'map-wheel-hint';
    hint.setAttribute('role', 'status');
    hint.textContent = hintText;
    mapEl.append(hint);
    timer = window.setTimeout(hide, HINT_MS);
  };
  on(mapEl.parentElement ?? document, 'wheel', (event) => {
    if (event.ctrlKey || event.metaKey || engaged || !mapEl.contains(event.target as Node)) return;
    event.stopPropagation();
    showHint();
  }, { capture: true, passive: true });
  on(mapEl, 'pointerdown', () => {
    engaged = true;
    hide();
  });
  on(mapEl, 'pointerleave', (event) => {
    if (event.pointerType === 'mouse') engaged = false;
  });
  on(document, 'pointerdown', (event) => {
    if (!mapEl.contains(event.target as Node)) {
      engaged = false;
      hide();
    }
  });
  return () => {
    stop.abort();
    hide();
    hint?.remove();
  };
}
