// The articles as built: their widgets prerendered at build time (scripts/build.mjs, decision 0045),
// served under the strict CSP with Trusted Types. With JavaScript off they read fully, styled and
// printable; with it on, embed.js hydrates them with no layout shift, even without the reservation
// CSS, and they work.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NO_PROBLEMS, launchChromium, recordProblems, serveDemo, type DemoServer } from './support';

let browser: Browser;
let strict: DemoServer;

beforeAll(async () => {
  [browser, strict] = await Promise.all([launchChromium(), serveDemo({ csp: true })]);
});

afterAll(async () => {
  await browser?.close();
  await strict?.close();
});

const ARTICLES = [
  ['article-en.html', 'en', 'Mohammad Khatami'],
  ['article-fa.html', 'fa', 'محمد خاتمی'],
] as const;

/** What the reader has of each widget, read from the shadow roots the HTML brought. */
function readWidgets(page: Page) {
  return page.evaluate(() => {
    const timeline = document.querySelector('iw-timeline')!.shadowRoot!;
    const card = document.querySelector('iw-quote-card')!.shadowRoot!;
    const badges = [...document.querySelectorAll('p iw-actor-badge')].map(
      (badge) => badge.shadowRoot?.querySelector('[part="name"]')?.textContent ?? '',
    );
    const items = [...timeline.querySelectorAll('li.item')];
    return {
      events: items.length,
      readable: items.every(
        (item) =>
          (item as HTMLElement).innerText.trim().length > 20 &&
          item.getBoundingClientRect().height > 10,
      ),
      // Each event's quotes are shown too: the toggles need JavaScript, so every event is open.
      quotesShown: [...timeline.querySelectorAll('.details [part="quote"]')].filter(
        (quote) => (quote as HTMLElement).offsetHeight > 0,
      ).length,
      quotesInHtml: timeline.querySelectorAll('.details [part="quote"]').length,
      quote: (card.querySelector('blockquote') as HTMLElement).innerText,
      cardBorder: getComputedStyle(card.querySelector('figure')!).borderInlineStartWidth,
      filters: getComputedStyle(timeline.querySelector('.filters')!).display,
      badges,
    };
  });
}

describe.each(ARTICLES)('%s, prerendered', (path, lang, khatami) => {
  test('reads fully with JavaScript off: every event, quote and badge, styled and printable', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = await recordProblems(page, strict.url);
    await page.goto(`${strict.url}/${path}`);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const read = await readWidgets(page);
      expect(read.events).toBe(22);
      expect(read.readable).toBe(true);
      expect(read.quotesInHtml).toBeGreaterThan(10);
      expect(read.quotesShown).toBe(read.quotesInHtml);
      expect(read.quote.length).toBeGreaterThan(20);
      expect(read.cardBorder).not.toBe('0px');
      // Styled from the linked sheets: the chips in a row on screen, left off paper.
      expect(read.filters).toBe(media === 'print' ? 'none' : 'flex');
      expect(read.badges.length).toBeGreaterThanOrEqual(4);
      expect(read.badges).toContain(khatami);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The recorder's CSP listener is an init script, which does not run with JavaScript off.
    expect(problems.httpErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('hydrates without the reservation CSS: CLS 0.00, nothing logged, and it works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = await recordProblems(page, strict.url);
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${strict.url}/${path}`);
    // The prerendered pages link no reservation CSS (css/prerendered.css keeps only the badge's size).
    expect(await page.locator('link[href*="embed-reserve"]').count()).toBe(0);
    const before = await readWidgets(page);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('iw-timeline, iw-quote-card, iw-actor-badge')].every(
        (widget) => (widget as HTMLElement & { hasUpdated?: boolean }).hasUpdated,
      ),
    );
    await page.evaluate(
      () =>
        (document.querySelector('iw-timeline') as unknown as { rendered: Promise<void> }).rendered,
    );
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls.toFixed(2)).toBe('0.00');
    expect(await readWidgets(page)).toEqual(before);
    // It works: a filter chip narrows the list.
    const count = page.locator('iw-timeline [part="count"]');
    const all = await count.textContent();
    await page.locator('iw-timeline .chip').nth(1).click();
    await expect.poll(() => count.textContent()).not.toBe(all);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
