import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataStory } from '../../src/lib/data/types';
import { pairKey } from '../../src/lib/story/steps';
import { embeddableViews } from '../../src/lib/site/embeds';
import { iframeSnippet } from '../../src/lib/site/embed-code';
import { embedTitles } from '../../src/i18n/site';
import { axeViolations, eachConcurrently, origin, withPage } from './harness';

const story = JSON.parse(readFileSync('src/generated/data/story.json', 'utf8')) as DataStory;
const total = story.steps.length;

/** Waits until the story and the views next to it answer to input; the map loads once scrolled to. */
async function storyReady(page: Page, withMap = false): Promise<void> {
  await page.waitForSelector('story-steps[data-ready]', { state: 'attached' });
  await page.waitForSelector('timeline-view[data-ready]', { state: 'attached' });
  await page.waitForSelector('relation-graph[data-ready]', { state: 'attached' });
  if (!withMap) return;
  await page.locator('karabakh-map').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForSelector('karabakh-map[data-ready]', { state: 'attached' });
}

/** What the three views show now, read from their marks. */
async function viewsNow(page: Page): Promise<{ timeline: string; timelineShown: boolean; graphDate: string; graphPairs: string[]; mapSelected: string[]; mapInView: boolean }> {
  return page.evaluate(() => {
    const mark = document.querySelector<SVGGElement>('timeline-view .tl-event[aria-current="true"]');
    const frame = document.querySelector('timeline-view .tl-frame')!.getBoundingClientRect();
    const box = mark?.getBoundingClientRect();
    const selected = [...document.querySelectorAll<HTMLElement>('karabakh-map .leaflet-marker-icon.is-selected')];
    const live = document.querySelector('karabakh-map .map-live')?.getBoundingClientRect();
    return {
      timeline: mark?.dataset.id ?? '',
      timelineShown: Boolean(mark && !mark.hasAttribute('display') && box && box.width > 0 && box.left >= frame.left - 1 && box.right <= frame.right + 1),
      graphDate: document.querySelector('relation-graph [data-rg="slider"]')!.getAttribute('aria-valuetext') ?? '',
      graphPairs: [...document.querySelectorAll<SVGGElement>('relation-graph .rg-edge.is-event')].map((e) => e.dataset.id ?? ''),
      mapSelected: selected.map((el) => el.dataset.id ?? ''),
      mapInView: Boolean(live) && selected.every((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= live!.left && r.right <= live!.right && r.top >= live!.top && r.bottom <= live!.bottom;
      }),
    };
  });
}

/** What the views should show at step `n` (from 1), from the story's data and the page's own view data. */
async function expectedAt(page: Page, n: number): Promise<{ event: string; graphDate: string; pair?: string; mapSelected: string[] }> {
  const step = story.steps[n - 1]!;
  return page.evaluate(({ view, pair }) => {
    const graph = JSON.parse(document.querySelector('script[data-rg="data"]')!.textContent!) as { s: string[]; dates: { iso: string; asOf: number }[]; eventIndex: Record<string, number> };
    const index = view.date ? graph.dates.findIndex((d) => d.iso >= view.date!) : graph.eventIndex[view.event]!;
    const map = JSON.parse(document.querySelector('karabakh-map .map-config')!.textContent!) as { events: { id: string }[]; places: { id: string }[] };
    const mapSelected = [
      ...(map.events.some((e) => e.id === view.event) ? [view.event] : []),
      ...(view.place && map.places.some((p) => p.id === view.place) ? [view.place] : []),
    ];
    return { event: view.event, graphDate: graph.s[graph.dates[index]!.asOf]!, pair, mapSelected: mapSelected.sort() };
  }, { view: step.view, pair: step.view.pair ? pairKey(step.view.pair) : undefined });
}

/** Checks that the three views are in step `n`'s state. */
async function expectViewsAt(page: Page, n: number, withMap: boolean): Promise<void> {
  const want = await expectedAt(page, n);
  await expect.poll(async () => (await viewsNow(page)).timeline, { message: `step ${n}: the timeline's selected event` }).toBe(want.event);
  const now = await viewsNow(page);
  expect(now.timelineShown, `step ${n}: the selected event is in the timeline's view`).toBe(true);
  expect(now.graphDate, `step ${n}: the graph's date`).toBe(want.graphDate);
  if (want.pair) expect(now.graphPairs.some((id) => id.split('--').sort().join('--') === want.pair), `step ${n}: the graph highlights ${want.pair} (it highlights ${now.graphPairs.join(', ')})`).toBe(true);
  if (!withMap) return;
  await expect.poll(async () => (await viewsNow(page)).mapSelected.sort(), { message: `step ${n}: the map's selection` }).toEqual(want.mapSelected);
  await expect.poll(async () => (await viewsNow(page)).mapInView, { message: `step ${n}: the map shows its selection` }).toBe(true);
}

describe('the story, step by step', () => {
  it('keyboard alone walks the whole story and back; focus stays on the button, each step is announced', async () => {
    await withPage('/en/story/', {}, async ({ page, log }) => {
      await storyReady(page);
      // Tab from the top of the page to the story's "Next" button.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.getAttribute('data-story') === 'next')) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-story'))).toBe('next');
      for (let n = 2; n <= total; n++) {
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getAttribute('story-steps', 'data-step')).toBe(String(n));
        expect(await page.textContent('[data-story="progress"]')).toBe(`${n} of ${total}`);
        expect(await page.textContent('[data-story="announce"]')).toBe(`Step ${n} of ${total}: ${story.steps[n - 1]!.title.en}`);
        expect(await page.locator('.story-step:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step))).toEqual([String(n)]);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-story')), 'focus stays on the button').toBe('next');
        expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
      }
      expect(await page.getAttribute('[data-story="next"]', 'aria-disabled')).toBe('true');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('story-steps', 'data-step')).toBe(String(total));
      // The arrow keys walk back from the panel.
      for (let n = total - 1; n >= 1; n--) {
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => page.getAttribute('story-steps', 'data-step')).toBe(String(n));
      }
      expect(await page.getAttribute('[data-story="previous"]', 'aria-disabled')).toBe('true');
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
    });
  });

  it('?step=N opens step N with the timeline, the graph and the map in its state', async () => {
    const steps = Array.from({ length: total }, (_, i) => i + 1);
    await eachConcurrently(steps, 3, (n) =>
      withPage(`/de/story/?step=${n}`, {}, async ({ page }) => {
        await storyReady(page, true);
        expect(await page.getAttribute('story-steps', 'data-step')).toBe(String(n));
        expect(await page.textContent('[data-story="progress"]')).toBe(`Schritt ${n} von ${total}`);
        await expectViewsAt(page, n, true);
      }),
    );
  });

  it('a step change from the buttons moves the three views, and the back button walks back through the steps', async () => {
    await withPage('/en/story/?step=3', {}, async ({ page }) => {
      await storyReady(page, true);
      await page.click('[data-story="next"]');
      await expectViewsAt(page, 4, true);
      await page.click('[data-story="next"]');
      await expectViewsAt(page, 5, true);
      await page.goBack();
      await expect.poll(() => page.getAttribute('story-steps', 'data-step')).toBe('4');
      await expectViewsAt(page, 4, true);
      await page.goBack();
      await expect.poll(() => page.getAttribute('story-steps', 'data-step')).toBe('3');
      await expectViewsAt(page, 3, true);
    });
  });

  it('with reduced motion the map jumps: the next frame already shows a far step\'s place', async () => {
    const far = story.steps.findIndex((step) => step.view.place === 'moscow') + 1;
    expect(far).toBeGreaterThan(1);
    await withPage(`/en/story/?step=${far - 1}`, {}, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await storyReady(page, true);
      await page.evaluate(() => window.scrollTo(0, 0));
      const inViewAtNextFrame = await page.evaluate(() => new Promise<boolean>((resolve) => {
        document.querySelector<HTMLButtonElement>('[data-story="next"]')!.click();
        requestAnimationFrame(() => {
          const live = document.querySelector('karabakh-map .map-live')!.getBoundingClientRect();
          const marker = document.querySelector('karabakh-map .leaflet-marker-icon.is-selected[data-id="moscow"]')?.getBoundingClientRect();
          resolve(Boolean(marker) && marker!.left >= live.left && marker!.right <= live.right && marker!.top >= live.top && marker!.bottom <= live.bottom);
        });
      }));
      expect(inViewAtNextFrame).toBe(true);
    });
  });

  it('a broken ?step= falls back to the first step', async () => {
    await eachConcurrently(['0', '-1', 'abc', '1.5', '03', String(total + 1), '%3Cscript%3E', ''], 3, (raw) =>
      withPage(`/en/story/?step=${raw}`, {}, async ({ page, log }) => {
        await storyReady(page);
        expect(await page.getAttribute('story-steps', 'data-step'), `?step=${raw}`).toBe('1');
        expect(await page.textContent('[data-story="progress"]')).toBe(`1 of ${total}`);
        await expectViewsAt(page, 1, false);
        expect(log.pageErrors).toEqual([]);
      }),
    );
  });

  it('axe finds nothing at any step', async () => {
    await withPage('/de/story/', {}, async ({ page }) => {
      await storyReady(page, true);
      await page.evaluate(() => window.scrollTo(0, 0));
      for (let n = 1; n <= total; n++) {
        if (n > 1) await page.click('[data-story="next"]');
        await expect.poll(() => page.getAttribute('story-steps', 'data-step')).toBe(String(n));
        expect(await axeViolations(page), `step ${n}`).toEqual([]);
      }
    });
    // One full axe run per step, on one page: on a busy 2-core machine that alone can pass a minute.
  }, 180_000);

  it('without scripts the list shows every step, each with its drawing, and no controls', async () => {
    for (const lang of ['de', 'en']) {
      await withPage(`/${lang}/story/`, { javaScriptEnabled: false }, async ({ page }) => {
        const steps = page.locator('.story-step');
        expect(await steps.count()).toBe(total);
        for (let i = 0; i < total; i++) {
          const step = steps.nth(i);
          expect(await step.isVisible(), `${lang} step ${i + 1}`).toBe(true);
          expect(await step.locator('.story-title').textContent()).toBe(story.steps[i]!.title[lang as 'de' | 'en']);
          expect(await step.locator('.story-drawing svg').isVisible(), `${lang} step ${i + 1}: drawing`).toBe(true);
        }
        expect(await page.locator('.story-nav').isVisible()).toBe(false);
      });
    }
  });

  it('prints as a handout: every step in its own block, with its drawing', async () => {
    await withPage('/en/story/?step=4', {}, async ({ page }) => {
      await storyReady(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.story-step:visible').count()).toBe(total);
      expect(await page.locator('.story-drawing svg:visible').count()).toBe(total);
      expect(await page.locator('.story-nav').isVisible()).toBe(false);
      expect(await page.locator('.story-step').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    });
  });

  it('the home page links the story first', async () => {
    await withPage('/de/', { javaScriptEnabled: false }, async ({ page }) => {
      const first = await page.locator('main a').first().getAttribute('href');
      expect(first).toBe('/de/story/');
    });
  });
});

describe('the story embed', () => {
  let host: Server;
  let hostOrigin: string;
  const pages = new Map<string, string>();
  beforeAll(async () => {
    host = createServer((req, res) => {
      const body = pages.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => host?.close(r));
  });

  it('posts its height at every step, opens at ?step=3, and its panel on the page embeds the current step', async () => {
    const view = embeddableViews.find((v) => v.key === 'story')!;
    const src = `${origin}/embed/en/story/?step=3`;
    pages.set('/story', `<!doctype html><html lang="en"><head><title>Host</title></head><body>${iframeSnippet(src, view, embedTitles.en.story)}<script>window.messages=[];addEventListener('message',e=>window.messages.push(e.data));</script></body></html>`);
    await withPage('/404.html', { width: 900 }, async ({ page }) => {
      await page.goto(`${hostOrigin}/story`);
      await expect.poll(() => page.frames().some((f) => f.url().startsWith(src)), { timeout: 15_000 }).toBe(true);
      const frame = page.frames().find((f) => f.url().startsWith(src)) as Frame;
      await frame.waitForSelector('story-steps[data-ready]', { state: 'attached' });
      expect(await frame.getAttribute('story-steps', 'data-step')).toBe('3');
      const lastHeight = () => page.evaluate(() => (window as unknown as { messages: { type: string; height: number }[] }).messages.filter((m) => m.type === 'nk-explainer:resize').at(-1)?.height ?? -1);
      const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      for (let n = 3; n <= total; n++) {
        if (n > 3) await frame.click('[data-story="next"]');
        await expect.poll(() => frame.getAttribute('story-steps', 'data-step')).toBe(String(n));
        await expect.poll(async () => Math.abs((await lastHeight()) - (await contentHeight())), { message: `step ${n}`, timeout: 10_000 }).toBeLessThanOrEqual(2);
      }
    });

    await withPage('/en/story/?step=6', {}, async ({ page: story }) => {
      await storyReady(story);
      expect(await story.inputValue('[data-story="snippet"]')).toContain('/embed/en/story/?step=6');
      await story.click('[data-story="next"]');
      expect(await story.inputValue('[data-story="snippet"]')).toContain('/embed/en/story/?step=7');
      expect(await story.getAttribute('[data-story="embed-link"]', 'href')).toBe('/embed/en/story/?step=7');
    });
  });
});
