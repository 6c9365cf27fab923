import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, startSite, type Site } from './harness';

const pages = ['/de/', '/en/', '/de/sources/', '/en/sources/'];
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('every page in both languages', () => {
  for (const path of pages) {
    const lang = path.slice(1, 3);
    it(`${path} loads with no console error and no request to another host`, async () => {
      const { page, context, log } = await openPage(site, path);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      await context.close();
    });

    it(`${path} has no axe-core violation, in light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openPage(site, path, { colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
        await context.close();
      }
    });

    it(`${path} shows its content with JavaScript disabled`, async () => {
      const { page, context } = await openPage(site, path, { javaScriptEnabled: false });
      await expect(page.locator('h1').innerText()).resolves.not.toBe('');
      expect(await page.locator('main').innerText()).toMatch(lang === 'de' ? /Aliyev/ : /Aliyev/);
      await context.close();
    });
  }

  it('the language switch keeps the page', async () => {
    const { page, context } = await openPage(site, '/de/sources/');
    await page.click('a.lang-switch');
    await page.waitForURL(/\/en\/sources\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('the root address forwards to the German home page', async () => {
    const { page, context } = await openPage(site, '/');
    await page.waitForURL(/\/de\/$/);
    expect(await page.locator('h1').innerText()).toContain('Bergkarabach');
    await context.close();
  });

  it('an unknown address gets the bilingual 404 page with status 404', async () => {
    const response = await fetch(`${site.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Seite nicht gefunden');
    expect(html).toContain('Page not found');
  });
});
