/**
 * Loads a view's script at once, or — for a view marked `data-load="visible"`, as on a page that
 * holds several views — only when it comes near the screen, so such a page starts with very
 * little JavaScript. Without IntersectionObserver the script loads at once.
 */

/**
 * Imports `load()` once: straight away, unless every `tagName` element is marked
 * `data-load="visible"`; then when the first of them is within `margin` of the viewport.
 */
export function loadWhenVisible(tagName: string, load: () => Promise<unknown>, margin = '300px'): void {
  const elements = [...document.querySelectorAll(tagName)];
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().catch((error: unknown) => console.warn(`${tagName}: the script could not load`, error));
  };
  if (elements.some((el) => (el as HTMLElement).dataset.load !== 'visible') || !('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    start();
  }, { rootMargin: margin });
  for (const el of elements) observer.observe(el);
  // Printing and the address (another view's selection) may need the view before it scrolls in.
  window.addEventListener('beforeprint', start, { once: true });
}
