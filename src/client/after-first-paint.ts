/**
 * Runs work once the page has shown its first frame. Views are drawn in the HTML; their scripts
 * only enhance them, so they wait until that drawing is on screen instead of delaying it.
 */

/** Calls `run` once, just after the next frame has been painted (or after `fallbackMs` where frames do not come, as in a background tab). */
export function afterFirstPaint(run: () => void, fallbackMs = 250): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
