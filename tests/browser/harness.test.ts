import { describe, expect, it } from 'vitest';
import { eachConcurrently, sharedBrowser, withPage } from './harness';

describe('withPage', () => {
  it('closes its browser context when an assertion inside it fails, so nothing leaks into the next test', async () => {
    await expect(withPage('/de/', {}, async () => expect(1).toBe(2))).rejects.toThrow();
    expect((await sharedBrowser()).contexts()).toHaveLength(0);
  });
});

describe('eachConcurrently', () => {
  it('runs at most its limit at once, checks every item, and fails naming each item that failed', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    const run = eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setImmediate(done));
      seen.push(n);
      running -= 1;
      if (n === 2 || n === 6) throw new Error(`item ${n} broke`);
    });
    await expect(run).rejects.toThrow(/^2: item 2 broke\n6: item 6 broke$/);
    expect(most).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('closes every page it opened when one check fails', async () => {
    await expect(eachConcurrently(['/de/', '/en/'], 2, (path) => withPage(path, {}, async () => expect(path).toBe('/de/')))).rejects.toThrow('/en/');
    expect((await sharedBrowser()).contexts()).toHaveLength(0);
  });
});

describe('the page log', () => {
  it('counts a Content-Security-Policy violation as a console error, which every page test checks for', async () => {
    await withPage('/en/sources/', {}, async ({ page, log }) => {
      expect(log.consoleErrors).toEqual([]);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
      });
      await expect.poll(() => log.consoleErrors.some((text) => /Content Security Policy/i.test(text))).toBe(true);
    });
  });
});
