/**
 * Merging one view's part of the view state into the address that several views share.
 * Pure: it works on query strings, so a view that does not know another view's ids (the graph
 * knows no places) still keeps that view's parameters intact.
 */
import { defaultViewState, serializeViewState, viewStateKeys, type ViewState } from './view-state';

/** A partial view state: the keys one view owns and changes; `undefined` removes a key. */
export type ViewStatePatch = Partial<ViewState>;

/**
 * Returns the query string (`?…` or `''`) that results from applying `patch` to `search`.
 * Keys of the patch are rewritten as `serializeViewState` writes them (defaults are left out);
 * every other key of the view state stays as it was, in the view state's order, so equal states
 * give equal URLs. Parameters that are not part of the view state are dropped, as a single view
 * writing its whole state always did.
 *
 * Selecting another event moves the views to that event's own date: unless the patch sets
 * `date` too, a new `event` drops the address's `date`.
 */
export function mergeViewQuery(search: string, patch: ViewStatePatch): string {
  const current = new URLSearchParams(search);
  if (patch.event !== undefined && patch.event !== current.get('event') && !('date' in patch)) current.delete('date');
  const written = new URLSearchParams(serializeViewState({ ...defaultViewState, ...patch } as ViewState));
  const out = new URLSearchParams();
  for (const key of viewStateKeys) {
    const value = key in patch ? written.get(key) : current.get(key);
    if (value !== null) out.set(key, value);
  }
  const text = out.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
