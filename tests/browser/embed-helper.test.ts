import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withPage } from './harness';

/**
 * The host page's resize helper (`public/embed-resize.js`), on made-up origins that the browser
 * never resolves: every request is answered by the test (`context.route`).
 */
const helper = readFileSync(join(__dirname, '..', '..', 'public', 'embed-resize.js'), 'utf8');
const embeds = 'http://embeds.test';
const other = 'http://other.test';

/** A frame that reports `height` to its parent as an embed does. */
const reporter = (height: number) => `<!doctype html><title>f</title><script>parent.postMessage({ type: 'nk-explainer:resize', height: ${height}, href: location.href }, '*');</script>`;

/** Opens a host page whose body is `body` (the helper is served at embeds.test/embed-resize.js) and runs `use` on it. */
function host<T>(body: string, use: (page: Page) => Promise<T>): Promise<T> {
  return withPage(null, {}, async ({ page, context }) => {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/embed-resize.js') return route.fulfill({ contentType: 'text/javascript', body: helper });
    if (url.pathname === '/frame-5000') return route.fulfill({ contentType: 'text/html', body: reporter(5000) });
    if (url.pathname === '/frame-700') return route.fulfill({ contentType: 'text/html', body: reporter(700) });
    if (url.origin === 'http://host.test') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>host</title>${body}` });
    return route.abort();
  });
  await page.goto('http://host.test/');
  return use(page);
  });
}

/** The log script: counts messages after the helper has seen them (listeners run in order). */
const log = `<script>window.seen = []; addEventListener('message', (e) => window.seen.push(e.origin));</script>`;
const frames = `<iframe id="ours" src="${embeds}/frame-700" height="300" style="border:0"></iframe><iframe id="theirs" src="${other}/frame-5000" height="300" style="border:0"></iframe>`;

async function heightsOnceBothReported(page: Page): Promise<{ ours: number; theirs: number }> {
  await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.length >= 2);
  return page.evaluate(() => ({ ours: document.getElementById('ours')!.getBoundingClientRect().height, theirs: document.getElementById('theirs')!.getBoundingClientRect().height }));
}

describe('embed-resize.js', () => {
  it('loaded by its address, resizes the embeds of its own site and no other frame', async () => {
    expect(await host(`<script src="${embeds}/embed-resize.js"></script>${log}${frames}`, heightsOnceBothReported)).toEqual({ ours: 700, theirs: 300 });
  });

  it('pasted inline with data-origin, works the same', async () => {
    expect(helper).not.toMatch(/<\/script|<script|<!--/i);
    expect(await host(`<script data-origin="${embeds}">${helper}</script>${log}${frames}`, heightsOnceBothReported)).toEqual({ ours: 700, theirs: 300 });
  });

  it('fails closed where it cannot know its site (a module or bundled copy): no frame is resized', async () => {
    expect(await host(`<script type="module" src="${embeds}/embed-resize.js"></script>${log.replace('<script>', '<script type="module">')}${frames}`, heightsOnceBothReported)).toEqual({ ours: 300, theirs: 300 });
  });
});
