/**
 * Loads a view's script only when the view comes near the screen, so a page that holds several
 * views starts with very little JavaScript. Without IntersectionObserver the script loads at once.
 */

/** Imports `load()` once, when the first `tagName` element is within `margin` of the viewport (or before printing). */
export function loadWhenVisible(tagName: string, load: () => Promise<unknown>, margin = '300px'): void {
  const elements = [...document.querySelectorAll(tagName)];
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().catch((error: unknown) => console.warn(`${tagName}: the script could not load`, error));
  };
  if (!('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    start();
  }, { rootMargin: margin });
  for (const el of elements) observer.observe(el);
  // A printout shows every view as enhanced as on screen.
  window.addEventListener('beforeprint', start, { once: true });
}
