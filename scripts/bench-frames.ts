/** What the interaction benchmarks record in the page while they drive it: frame intervals and long tasks. */
import type { Page } from 'playwright-core';

/**
 * Starts recording animation-frame intervals (and long tasks) in the page; the returned function
 * stops and returns them. The page code is a string so that the TypeScript runner adds nothing to it.
 */
export async function recordFrames(page: Page): Promise<() => Promise<{ frames: number[]; longTasks: number[] }>> {
  await page.evaluate(`(() => {
    const w = window;
    w.__frames = [];
    w.__longTasks = [];
    w.__recording = true;
    try {
      w.__observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) w.__longTasks.push(entry.duration); });
      w.__observer.observe({ type: 'longtask' });
    } catch (error) {
      // No long-task timing in this browser: frame intervals only.
    }
    let last = 0;
    const tick = (now) => {
      if (!w.__recording) return;
      w.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  })()`);
  return () =>
    page.evaluate(`(() => {
      window.__recording = false;
      window.__observer?.disconnect();
      return { frames: window.__frames, longTasks: window.__longTasks };
    })()`) as Promise<{ frames: number[]; longTasks: number[] }>;
}
