/**
 * The view state that every view on a page shares through the address. A view writes only
 * the keys it owns (`updateSharedState`), so the parameters of the other views survive, and
 * learns about the others' changes (`onSharedState`) from a `viewstatechange` event on
 * `window` and from back/forward (`popstate`).
 */
import { mergeViewQuery, type ViewStatePatch } from '../lib/state/merge-view-state';
import { parseViewState, type ViewState, type ViewStateContext } from '../lib/state/view-state';

/** The `detail` of a `viewstatechange` event: the keys that changed and the view that changed them. */
export interface SharedStateChange {
  state: ViewStatePatch;
  source: string;
}

/** The current view state from the address, valid for one view's ids (others' values are ignored). */
export function readSharedState(ctx: ViewStateContext): ViewState {
  return parseViewState(location.search, ctx).state;
}

/**
 * Merges `patch` into the address's current state, writes it (`push` adds a history entry,
 * otherwise the entry is replaced) and tells the other views. Nothing is written or sent when
 * the address does not change.
 */
export function updateSharedState(patch: ViewStatePatch, options: { push?: boolean; source: string }): void {
  const search = mergeViewQuery(location.search, patch);
  if (search === location.search) return;
  const url = `${location.pathname}${search}${location.hash}`;
  if (options.push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  window.dispatchEvent(new CustomEvent<SharedStateChange>('viewstatechange', { detail: { state: patch, source: options.source } }));
}

/**
 * Calls `callback` with the state read for `ctx` whenever another view changes it (with that
 * change) or the reader goes back or forward (with `null`), until `signal` aborts.
 */
export function onSharedState(source: string, ctx: ViewStateContext, callback: (state: ViewState, change: SharedStateChange | null) => void, signal: AbortSignal): void {
  window.addEventListener('viewstatechange', (event) => {
    const detail = (event as CustomEvent<SharedStateChange>).detail;
    if (detail?.source !== source) callback(readSharedState(ctx), detail);
  }, { signal });
  window.addEventListener('popstate', () => callback(readSharedState(ctx), null), { signal });
}
