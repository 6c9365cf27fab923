/**
 * A small horizontal pan and zoom for one element, on Pointer Events and wheel events:
 *
 * - the wheel zooms about the pointer only when the reader asks for it: with Ctrl or ⌘ held, as a
 *   trackpad pinch (which browsers send as a wheel with `ctrlKey`), or after pressing on the element
 *   (until the pointer leaves it or presses elsewhere). Otherwise, and at a scale limit, the wheel
 *   scrolls the page as usual, and `onWheelDeclined` lets the owner say how to zoom;
 * - dragging with the primary button, a pen or one finger pans; a drag does not end in a click;
 * - two fingers pinch to zoom (and pan with their midpoint).
 *
 * The gestures follow d3-zoom's (https://github.com/d3/d3-zoom, ISC licence, © Mike Bostock),
 * ported without d3-selection and d3-transition and cut down to the x axis; the transform maths,
 * with d3-zoom's `scaleExtent`, `translateExtent` and `constrain`, are in
 * `lib/timeline/zoom-transform`. It holds the transform and reports changes through
 * `onChange`, flagged as `moving` while a gesture goes on: at most once per animation frame
 * while the reader drags, pinches or turns the wheel, and at once for each step the owner asks
 * for with `zoomBy` or `panBy` (buttons, keys, which repeat). Once no input has come for
 * `SETTLE_MS`, the transform is reported once more as settled (`moving: false`), in an animation
 * frame, so the owner can do its costly work (a full layout) once per gesture rather than per
 * frame. `set` (ranges, resizes) reports a settled transform at once.
 * Nothing is animated, so there is nothing to turn off for `prefers-reduced-motion`.
 * Vertical page scrolling by touch stays with the browser (the CSS `touch-action` of the
 * element or its ancestors decides); a scroll that the browser takes over cancels the gesture.
 */
import { identityTransform, panBy, pinchTransform, wheelFactor, zoomBy, type ScreenPoint, type ZoomLimits, type ZoomTransform } from '../lib/timeline/zoom-transform';

/** What `createPanZoom` needs: the limits (changeable later) and what to do with a new transform. */
export interface PanZoomOptions {
  limits: ZoomLimits;
  /** A new transform; `moving` while the gesture goes on, false once it has settled (or for `set`). */
  onChange(transform: ZoomTransform, moving: boolean): void;
  /** Input has come that will settle later (true), or it has settled (false, after the settled `onChange`). */
  onSettling?(settling: boolean): void;
  /** A wheel turned over the element without asking to zoom: the page scrolled instead. */
  onWheelDeclined?(): void;
}

/** The handle of one element's pan and zoom. */
export interface PanZoom {
  /** The current transform. */
  readonly transform: ZoomTransform;
  /** New limits (after a resize); the transform is not changed until the next move. */
  setLimits(limits: ZoomLimits): void;
  /** Shows `transform` (as given: constrain it first) and reports it at once as settled. */
  set(transform: ZoomTransform): void;
  /** One step of a gesture: zooms by `factor` about screen x `point` (default: the viewport's centre), reported at once as moving. */
  zoomBy(factor: number, point?: number): void;
  /** One step of a gesture: pans by `dx` screen pixels, reported at once as moving. */
  panBy(dx: number): void;
  /** Removes every listener. */
  destroy(): void;
}

/** How far (CSS pixels) a pointer must move before a press counts as a drag rather than a click. */
const DRAG_THRESHOLD = 3;
/** How long after the last wheel event a wheel gesture still owns the wheel (and keeps the page from scrolling). */
const WHEEL_GESTURE_MS = 150;
/**
 * A wheel event with `ctrlKey` and a smaller delta than this is a trackpad pinch, which zooms in
 * small steps and is sped up; a mouse wheel turned with Ctrl held sends whole notches (about 100).
 */
const PINCH_DELTA = 50;
/** How long after the last input (wheel, pointer move, step) a gesture counts as settled. */
export const SETTLE_MS = 130;

/** Gives `element` wheel zoom, drag pan and pinch zoom. */
export function createPanZoom(element: Element, options: PanZoomOptions): PanZoom {
  let limits = options.limits;
  let transform = identityTransform;
  let frame = 0;
  let settleTimer = 0;
  let settleFrame = 0;
  let wheelUntil = 0;
  let settling = false;
  const pointers = new Map<number, ScreenPoint>();
  /** The transform and pointer positions when the current drag or pinch began (or last changed fingers). */
  let gestureStart = transform;
  let gestureFrom = new Map<number, ScreenPoint>();
  let dragged = false;
  /** Whether the reader has pressed on the element, so the wheel zooms without a modifier. */
  let engaged = false;
  const abort = new AbortController();
  const on = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K, handler: (event: GlobalEventHandlersEventMap[K]) => void, passive = true) =>
    target.addEventListener(type, handler as EventListener, { passive, signal: abort.signal });

  const cancelSettle = () => {
    clearTimeout(settleTimer);
    cancelAnimationFrame(settleFrame);
    settleTimer = settleFrame = 0;
  };
  const settle = () => {
    cancelSettle();
    cancelAnimationFrame(frame);
    frame = 0;
    options.onChange(transform, false);
    if (settling) {
      settling = false;
      options.onSettling?.(false);
    }
  };
  /** (Re)starts the wait for the gesture to settle. */
  const settleLater = () => {
    cancelSettle();
    if (!settling) {
      settling = true;
      options.onSettling?.(true);
    }
    settleTimer = window.setTimeout(() => {
      settleTimer = 0;
      settleFrame = requestAnimationFrame(settle);
    }, SETTLE_MS);
  };
  const report = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    options.onChange(transform, true);
  };
  const reportSoon = () => {
    if (!frame) frame = requestAnimationFrame(report);
    settleLater();
  };
  /** One step (a key or a button): reported at once, settled later, unless it changes nothing. */
  const step = (next: ZoomTransform) => {
    if (next.k === transform.k && next.x === transform.x) return;
    transform = next;
    report();
    settleLater();
  };

  /** A client point in the element's own pixels (the viewport's units). */
  const local = (event: { clientX: number; clientY: number }): ScreenPoint => {
    const rect = element.getBoundingClientRect();
    const scale = rect.width > 0 ? (limits.extent[1] - limits.extent[0]) / rect.width : 1;
    return { x: limits.extent[0] + (event.clientX - rect.left) * scale, y: (event.clientY - rect.top) * scale };
  };

  /** Restarts the gesture from the pointers now down, so adding or lifting a finger does not jump. */
  const restartGesture = () => {
    gestureStart = transform;
    gestureFrom = new Map(pointers);
  };

  on(element, 'wheel', (event) => {
    const now = performance.now();
    if (!event.ctrlKey && !event.metaKey && !engaged && now > wheelUntil) {
      options.onWheelDeclined?.();
      return;
    }
    const point = local(event);
    const pinch = event.ctrlKey && Math.abs(event.deltaY) < PINCH_DELTA;
    const next = zoomBy(transform, wheelFactor(event.deltaY, event.deltaMode, pinch), limits, point.x);
    // Held Ctrl or ⌘ asks to zoom this view, never the page (the browser's own zoom), also at a limit.
    if (event.ctrlKey || event.metaKey) event.preventDefault();
    // At a scale limit, a fresh wheel gesture belongs to the page, which scrolls.
    if (next.k === transform.k && next.x === transform.x && now > wheelUntil) return;
    event.preventDefault();
    wheelUntil = now + WHEEL_GESTURE_MS;
    transform = next;
    reportSoon();
  }, false);

  on(element, 'pointerdown', (event) => {
    engaged = true;
    if (event.button !== 0 || event.ctrlKey || pointers.size >= 2) return;
    pointers.set(event.pointerId, local(event));
    if (pointers.size === 1) dragged = false;
    restartGesture();
  });

  on(element, 'pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const point = local(event);
    pointers.set(event.pointerId, point);
    const from = gestureFrom.get(event.pointerId) ?? previous;
    if (!dragged && Math.hypot(point.x - from.x, point.y - from.y) > DRAG_THRESHOLD) {
      dragged = true;
      // Capture only once it is a drag: a plain click keeps its target (an event mark).
      for (const id of pointers.keys()) {
        try {
          element.setPointerCapture(id);
        } catch {
          // The pointer is gone already (lifted in between): nothing to capture.
        }
      }
    }
    const [a, b] = [...pointers.keys()];
    const a0 = gestureFrom.get(a!)!;
    const b0 = b === undefined ? undefined : gestureFrom.get(b);
    if (b0) transform = pinchTransform(gestureStart, [a0, b0], [pointers.get(a!)!, pointers.get(b!)!], limits);
    else transform = panBy(gestureStart, pointers.get(a!)!.x - a0.x, limits);
    reportSoon();
  });

  const end = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    if (element.hasPointerCapture?.(event.pointerId)) element.releasePointerCapture(event.pointerId);
    restartGesture();
    if (pointers.size === 0 && dragged && event.type === 'pointerup') {
      // The click that follows a drag is not a click on what lies under the pointer.
      const swallow = (click: Event) => {
        click.stopPropagation();
        click.preventDefault();
      };
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    }
  };
  // A mouse that leaves the element, or a press elsewhere, gives the wheel back to the page.
  on(element, 'pointerleave', (event) => {
    if (event.pointerType === 'mouse') engaged = false;
  });
  on(document, 'pointerdown', (event) => {
    if (!element.contains(event.target as Node)) engaged = false;
  });
  on(element, 'pointerup', end);
  on(element, 'pointercancel', end);
  // While a pointer is down on the element, the page's text is not selected by the drag.
  on(document, 'selectstart', (event) => {
    if (pointers.size > 0) event.preventDefault();
  }, false);

  return {
    get transform() {
      return transform;
    },
    setLimits(next) {
      limits = next;
    },
    set(next) {
      transform = next;
      settle();
    },
    zoomBy(factor, point) {
      step(zoomBy(transform, factor, limits, point));
    },
    panBy(dx) {
      step(panBy(transform, dx, limits));
    },
    destroy() {
      abort.abort();
      cancelAnimationFrame(frame);
      cancelSettle();
      pointers.clear();
    },
  };
}
