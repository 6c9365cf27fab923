/**
 * Which of the live map's labels to show at the current view: a label that would cover a marker,
 * a control or a label that matters more, or that the map's edge would cut, gives way. The
 * markers themselves always show; a hidden label's name stays in its marker's accessible name.
 */

/** A box on screen, in CSS pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label on screen: its key, its box and its rank (lower ranks are placed first). */
export interface ScreenLabel {
  key: string;
  box: ScreenBox;
  rank: number;
}

/** Whether two boxes overlap by more than `slack` pixels in both directions. */
export function boxesOverlap(a: ScreenBox, b: ScreenBox, slack = 1): boolean {
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
}

/** Whether `inner` lies within `outer`, allowing `slack` pixels. */
export function boxInside(inner: ScreenBox, outer: ScreenBox, slack = 1): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

/**
 * The keys of the labels to show: in rank order (ties keep their given order), each label that
 * lies within `frame` and overlaps neither an obstacle nor a label already kept.
 */
export function labelsToShow(labels: readonly ScreenLabel[], obstacles: readonly ScreenBox[], frame: ScreenBox): Set<string> {
  const kept: ScreenLabel[] = [];
  const ordered = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.rank - b.label.rank || a.index - b.index);
  for (const { label } of ordered) {
    if (!boxInside(label.box, frame)) continue;
    if (obstacles.some((o) => boxesOverlap(label.box, o))) continue;
    if (kept.some((k) => boxesOverlap(label.box, k.box))) continue;
    kept.push(label);
  }
  return new Set(kept.map((k) => k.key));
}

/** A point on screen, in CSS pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** A target on screen: its key, the centre of its box and its rank (lower ranks are kept first). */
export interface ScreenTarget {
  key: string;
  centre: ScreenPoint;
  rank: number;
}

/**
 * The keys of the targets to keep, in the sense of WCAG 2.5.8's spacing: in rank order (ties keep
 * their given order), each target whose centre lies at least `spacing` pixels from every fixed
 * target's centre and every target already kept, so that circles of that diameter around them
 * never meet.
 */
export function targetsToKeep(targets: readonly ScreenTarget[], fixed: readonly ScreenPoint[], spacing = 24): Set<string> {
  const apart = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y) >= spacing;
  const kept: ScreenTarget[] = [];
  const ordered = targets.map((target, index) => ({ target, index })).sort((a, b) => a.target.rank - b.target.rank || a.index - b.index);
  for (const { target } of ordered) {
    if (!fixed.every((point) => apart(target.centre, point))) continue;
    if (!kept.every((k) => apart(target.centre, k.centre))) continue;
    kept.push(target);
  }
  return new Set(kept.map((k) => k.key));
}
