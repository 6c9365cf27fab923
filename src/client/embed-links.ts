/**
 * The embed's links: the "open in full view" link keeps in step with the embed's own state, so a
 * reader who leaves the iframe lands on the same event, date or map view (without the embed's
 * options, which are for the frame). The views write their state to the query string; the link
 * reads it when it is about to be used.
 *
 * Every link opens a new window, as the page's `<base target="_blank">` says. A frame sandboxed
 * without `allow-popups` (or a popup blocker) refuses that without a word; there the click shows
 * the link's address instead, for the reader to copy into a new tab.
 */
import { defaultEmbedOptions, withEmbedOptions } from '../lib/state/embed-options';

/** Keeps the full-view link's query in step with the embed's state. */
export function carryStateToFullView(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-full-view]');
  if (!link) return;
  const base = link.getAttribute('href')!.split('?')[0]!;
  const update = () => {
    link.href = `${base}${withEmbedOptions(location.search, defaultEmbedOptions)}`;
  };
  update();
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) link.addEventListener(type, update);
  window.addEventListener('popstate', update);
}

/** Opens the embed's links in a new window where the frame may, and says where they lead where it may not. */
export function openLinksOrShowAddress(): void {
  const note = document.querySelector<HTMLElement>('[data-embed-blocked]');
  const address = note?.querySelector<HTMLElement>('[data-embed-blocked-url]');
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    // `click` comes for the main button only; a link a view handles itself has its default prevented.
    if (!link || !note || !address || event.defaultPrevented) return;
    event.preventDefault();
    const opened = window.open(link.href, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
    address.textContent = link.href;
    note.hidden = false;
  });
}
