/**
 * The page's address context, read once from its JSON (`UrlContext.astro`): the ids and date
 * bounds every view parses the address with. A page without one parses against an empty
 * context, in which every id is unknown, so nothing from the address reaches a view.
 */
import { viewStateContextOf, type UrlContext } from '../lib/state/url-context';
import type { ViewStateContext } from '../lib/state/view-state';

let context: ViewStateContext | undefined;

/** The context of this page's views. */
export function readUrlContext(): ViewStateContext {
  if (context) return context;
  let data: UrlContext = { events: [], actors: [], places: [], dateBounds: ['9999-12-31', '0000-01-01'] };
  try {
    data = JSON.parse(document.querySelector('script[data-url-context]')?.textContent ?? '') as UrlContext;
  } catch {
    // No context on the page: the empty one stands.
  }
  context = viewStateContextOf(data);
  return context;
}
