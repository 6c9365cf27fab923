/**
 * Merging one view's part of the view state into the address that several views share.
 * Pure: it works on query strings, so a view that does not know another view's ids (the graph
 * knows no places) still keeps that view's parameters intact.
 */
import { defaultViewState, mapLayers, serializeViewState, viewStateKeys, type ViewState } from './view-state';

/** A partial view state: the keys one view owns and changes; `undefined` removes a key. */
export type ViewStatePatch = Partial<ViewState>;

/**
 * Returns the query string (`?…` or `''`) that results from applying `patch` to `search`.
 * Keys of the patch are rewritten as `serializeViewState` writes them (defaults are left out);
 * every other parameter, known or unknown, stays as it was. Known keys come first, in the
 * view state's order, so equal states give equal URLs.
 *
 * Selecting another event moves the views to that event's own date: unless the patch sets
 * `date` too, a new `event` drops the address's `date`.
 */
export function mergeViewQuery(search: string, patch: ViewStatePatch): string {
  const current = new URLSearchParams(search);
  if (patch.event !== undefined && patch.event !== current.get('event') && !('date' in patch)) current.delete('date');
  const written = new URLSearchParams(serializeViewState({ ...defaultViewState, hide: [], layers: [...mapLayers], ...withoutUndefined(patch) }));
  for (const key of Object.keys(patch) as (keyof ViewState)[]) {
    if (!viewStateKeys.includes(key)) continue;
    current.delete(key);
    const value = written.get(key);
    if (value !== null) current.set(key, value);
  }
  const out = new URLSearchParams();
  for (const key of viewStateKeys) {
    const value = current.get(key);
    if (value !== null) out.set(key, value);
  }
  for (const [key, value] of current) if (!viewStateKeys.includes(key as keyof ViewState)) out.append(key, value);
  const text = out.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The keys whose values differ between two partial states (lists compared as sets). */
export function changedKeys(before: ViewStatePatch, after: ViewStatePatch): (keyof ViewState)[] {
  const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v) => (b as unknown[]).some((w) => String(w) === String(v))) : a === b);
  return viewStateKeys.filter((key) => !same(before[key], after[key]));
}

function withoutUndefined(patch: ViewStatePatch): ViewStatePatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ViewStatePatch;
}
