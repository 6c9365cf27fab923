/**
 * Keeps the embed's "open in full view" link in step with the embed's own state, so a reader
 * who leaves the iframe lands on the same event, date or map view. The views write their state
 * to the query string; the link reads it when it is about to be used.
 */
export function carryStateToFullView(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-full-view]');
  if (!link) return;
  const base = link.getAttribute('href')!.split('?')[0]!;
  const update = () => {
    link.href = `${base}${location.search}`;
  };
  update();
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) link.addEventListener(type, update);
  window.addEventListener('popstate', update);
}
