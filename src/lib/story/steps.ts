/**
 * The guided story's state: which step an address asks for, and the view state a step sets.
 * Pure: the story page's script and the tests share it.
 */
import type { StoryView } from '../schema/story';
import type { ViewStatePatch } from '../state/merge-view-state';

/**
 * The 0-based index of the step that the address's `step` (counted from 1, already parsed)
 * asks for, in a story of `count` steps. A missing, broken or too large number gives the first
 * step, as every broken parameter falls back to the view's default.
 */
export function stepIndexOf(step: number | undefined, count: number): number {
  if (step === undefined || !Number.isInteger(step) || step < 1 || step > count) return 0;
  return step - 1;
}

/** The pair of actors as the address writes it: `a--b`, in alphabetical order. */
export function pairKey(pair: readonly [string, string]): string {
  return [...pair].sort().join('--');
}

/**
 * The whole view state a step sets, with its number: every key the story drives is in the
 * patch, so what one step set and the next does not (a place, a pair, a date) is removed, and a
 * step always looks the same, however the reader came to it. The focused actor, the map's layers
 * and its centre are the reader's own and stay as they are.
 */
export function stepViewPatch(view: StoryView, number: number): ViewStatePatch {
  return {
    step: number,
    event: view.event,
    date: view.date,
    place: view.place,
    pair: view.pair ? pairKey(view.pair) : undefined,
    range: view.range ?? 'article',
  };
}

/** The progress line's text: `template` with `{n}` and `{total}` replaced ("3 of 12"). */
export function progressText(template: string, index: number, count: number): string {
  return template.replace('{n}', String(index + 1)).replace('{total}', String(count));
}
