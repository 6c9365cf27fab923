/**
 * Disclosures marked `data-open-wide` (`<details data-open-wide open>`) stay open on wide
 * screens and fold on phones, where their content would push the view below the first screen.
 * The reader's own toggle is kept until the screen crosses the breakpoint again.
 */
const wide = matchMedia('(min-width: 40.01rem)');

/** Opens or folds every marked disclosure inside `root` for the current width, and again whenever the width crosses the breakpoint. */
export function openWhenWide(root: ParentNode, signal?: AbortSignal): void {
  const apply = () => {
    for (const details of root.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')) details.open = wide.matches;
  };
  apply();
  wide.addEventListener('change', apply, { signal });
}
