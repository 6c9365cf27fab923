/**
 * Keeps the embed's "open in full view" link in step with the embed's own state, so a reader
 * who leaves the iframe lands on the same event, date or map view.
 */
export function carryStateToFullView(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-full-view]');
  if (!link) return;
  const base = link.getAttribute('href')!.split('?')[0]!;
  const update = () => {
    link.href = `${base}${location.search}`;
  };
  update();
  window.addEventListener('popstate', update);
  // Views change the query with history.replaceState/pushState; watch for it cheaply.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      update();
    };
  }
}
