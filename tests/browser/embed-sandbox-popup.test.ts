import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { origin, viewReady, withPage } from './harness';

/**
 * A learning platform's frame, on another origin, sandboxed with `allow-scripts allow-popups` and
 * without `allow-popups-to-escape-sandbox`: the window that "open in full view" opens keeps the
 * sandbox, and must still show the full view (not the browser's error page).
 */
let host: Server;
let hostOrigin: string;

beforeAll(async () => {
  host = createServer((_request, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Course</title></head><body><iframe src="${origin}/embed/en/relations/?date=2023-11-27" title="embed" width="800" height="1560" sandbox="allow-scripts allow-popups"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => host?.close(r));
});

describe('an embed in a frame sandboxed with allow-popups alone', () => {
  it('opens the full view in a window that shows the page and its graph', async () => {
    await withPage(null, { width: 1280 }, async ({ page, context }) => {
      await page.goto(`${hostOrigin}/`);
      await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${origin}/embed/`)), { timeout: 15_000 }).toBe(true);
      const frame = page.frames().find((f) => f.url().startsWith(`${origin}/embed/`))!;
      await viewReady(frame, 'relation-graph');
      const [opened] = await Promise.all([context.waitForEvent('page'), frame.locator('a[data-full-view]').click()]);
      await opened.waitForLoadState('load');
      expect(opened.url()).toBe(`${origin}/en/relations/?date=2023-11-27`);
      expect(await opened.locator('h1').first().innerText()).toBe('Relations');
      await viewReady(opened, 'relation-graph');
      await opened.close();
    });
  });
});
