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

/** A group of targets too close together for a pointer, and the box its cluster control covers. */
export interface TargetCluster {
  /** The members' keys, in rank order (ties keep their given order). */
  keys: string[];
  /** The control's box: the members' centres with half a target's spacing to spare on every side. */
  box: ScreenBox;
}

/**
 * Groups the targets whose centres lie closer than `spacing` pixels (WCAG 2.5.8's 24 px) to one
 * another, directly or through others, into clusters of two or more, each with the box a cluster
 * control covers: the box around its members' centres, widened by half the spacing. A target
 * whose centre falls inside a cluster's box joins it (the control would cover it), and so do the
 * targets too close to it, until no box grows. Each member's centre then lies under its cluster's
 * control and no other target's does, so a pointer reaches every target: a lone one directly, a
 * clustered one through the control's list.
 */
export function clusterTargets(targets: readonly ScreenTarget[], spacing = 24): TargetCluster[] {
  const order = targets.map((target, index) => ({ target, index })).sort((a, b) => a.target.rank - b.target.rank || a.index - b.index).map((t) => t.target);
  const group = order.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) group[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const close = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y) < spacing;
  order.forEach((a, i) => order.forEach((b, j) => j > i && close(a.centre, b.centre) && join(i, j)));
  const half = spacing / 2;
  const boxes = () => {
    const byRoot = new Map<number, number[]>();
    order.forEach((_, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), i]));
    return [...byRoot.values()].filter((members) => members.length > 1).map((members) => {
      const xs = members.map((i) => order[i]!.centre.x);
      const ys = members.map((i) => order[i]!.centre.y);
      return { members, box: { left: Math.min(...xs) - half, top: Math.min(...ys) - half, right: Math.max(...xs) + half, bottom: Math.max(...ys) + half } };
    });
  };
  let clusters = boxes();
  for (let grown = true; grown; ) {
    grown = false;
    for (const { members, box } of clusters) {
      order.forEach((t, i) => {
        const { x, y } = t.centre;
        if (root(i) === root(members[0]!) || x < box.left || x > box.right || y < box.top || y > box.bottom) return;
        join(i, members[0]!);
        grown = true;
      });
    }
    if (grown) clusters = boxes();
  }
  return clusters.map(({ members, box }) => ({ keys: members.sort((a, b) => a - b).map((i) => order[i]!.key), box }));
}
