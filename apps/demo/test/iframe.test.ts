// The iframe embeds: each frame tells its parent its height, the resizer applies it to that frame
// only, the height follows the content when it changes, and bad parameters get a readable answer.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  NO_PROBLEMS,
  DESKTOP,
  launchChromium,
  recordProblems,
  serveDemo,
  type DemoServer,
} from './support';

let browser: Browser;
let server: DemoServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDemo()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The iframe element's height next to the height of the document inside it. */
async function heights(page: Page, selector: string) {
  const element = page.locator(selector);
  const frame = (await (await element.elementHandle())?.contentFrame()) as Frame;
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const box = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
  return { frame, content, box };
}

async function settledHeights(page: Page, selector: string) {
  await page.waitForFunction(
    (selector) => {
      const iframe = document.querySelector<HTMLIFrameElement>(selector);
      const inner = iframe?.contentDocument?.documentElement;
      const widget = iframe?.contentDocument?.querySelector(
        'iw-timeline, iw-quote-card, iw-actor-badge',
      );
      if (!iframe || !inner || !widget?.shadowRoot?.childElementCount) return false;
      return (
        Math.abs(
          iframe.getBoundingClientRect().height - Math.ceil(inner.getBoundingClientRect().height),
        ) <= 1
      );
    },
    selector,
    { polling: 100 },
  );
  return heights(page, selector);
}

test('each frame takes the height of its content, and follows it when the content changes', async () => {
  const page = await browser.newPage(DESKTOP);
  const problems = await recordProblems(page, server.url);
  await page.goto(`${server.url}/article-iframe.html`);

  const timelineSelector = 'iframe[src^="frame/timeline.html?lang=en"]';
  const before = await settledHeights(page, timelineSelector);
  // The 600 px of the height attribute is a placeholder: the resizer replaced it.
  expect(before.box).not.toBe(600);
  expect(before.box).toBeGreaterThan(200);

  // Filter the timeline down to one person's events: the content shrinks, so must the frame.
  const chip = before.frame
    .locator('iw-timeline')
    .locator('[part~="chip"][aria-pressed="false"]')
    .first();
  await chip.click();
  await page.waitForFunction(
    ([selector, previous]) => {
      const iframe = document.querySelector<HTMLIFrameElement>(selector as string);
      return (
        iframe !== null &&
        Math.abs(iframe.getBoundingClientRect().height - (previous as number)) > 20
      );
    },
    [timelineSelector, before.box] as const,
  );
  const after = await settledHeights(page, timelineSelector);
  expect(after.box).toBeLessThan(before.box);

  // Back to everyone: the content grows again, and so does the frame.
  await after.frame.locator('iw-timeline').locator('[part~="chip"]').first().click();
  await expect
    .poll(async () => (await settledHeights(page, timelineSelector)).box)
    .toBeGreaterThan(after.box + 20);

  const quoteSelector = 'iframe[src^="frame/quote-card.html"]';
  const quote = await settledHeights(page, quoteSelector);
  expect(quote.box).toBeGreaterThan(50);
  expect(problems).toEqual(NO_PROBLEMS);
  await page.close();
});

test('the resizer applies a height only to the frame that sent it, and only a sane one', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-iframe.html`);
  const quoteSelector = 'iframe[src^="frame/quote-card.html"]';
  const badgeSelector = 'iframe[src^="frame/actor-badge.html"]';
  const quote = await settledHeights(page, quoteSelector);
  const badge = await settledHeights(page, badgeSelector);

  // From the host page itself (not a frame), and malformed heights: nothing moves.
  await page.evaluate(() => {
    window.postMessage({ type: 'iw-embed-height', height: 5 }, '*');
    window.postMessage({ type: 'iw-embed-height', height: 'tall' }, '*');
  });
  await badge.frame.evaluate(() => {
    window.parent.postMessage({ type: 'iw-embed-height', height: Number.POSITIVE_INFINITY }, '*');
    window.parent.postMessage({ type: 'iw-embed-height', height: -40 }, '*');
  });
  await page.waitForTimeout(200);
  expect(
    await page.locator(quoteSelector).evaluate((iframe) => iframe.getBoundingClientRect().height),
  ).toBe(quote.box);
  expect(
    await page.locator(badgeSelector).evaluate((iframe) => iframe.getBoundingClientRect().height),
  ).toBe(badge.box);

  // A valid message from the badge frame resizes the badge frame, and not the quote's.
  await badge.frame.evaluate(() =>
    window.parent.postMessage({ type: 'iw-embed-height', height: 333 }, '*'),
  );
  await expect
    .poll(() =>
      page.locator(badgeSelector).evaluate((iframe) => iframe.getBoundingClientRect().height),
    )
    .toBe(333);
  expect(
    await page.locator(quoteSelector).evaluate((iframe) => iframe.getBoundingClientRect().height),
  ).toBe(quote.box);
  await page.close();
});

test('a frame with bad parameters says what is wrong, visibly and to assistive technology', async () => {
  const page = await browser.newPage(DESKTOP);
  const problems = await recordProblems(page, server.url);
  await page.goto(
    `${server.url}/frame/timeline.html?lang=de&colour=red&actors=<img src=x onerror=alert(1)>`,
  );
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.textContent())
    .toContain('Parameter “lang” must be en or fa; got “de”.');
  const text = await alert.textContent();
  expect(text).toContain('Unknown parameter “colour”');
  expect(text).toContain('Parameter “actors” must be person ids separated by commas');
  // The hostile value is shown as text, never parsed as markup.
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('iw-timeline').count()).toBe(0);
  expect(problems.pageErrors).toEqual([]);

  await page.goto(`${server.url}/frame/quote-card.html`);
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain('Parameter “quote” is required');
  await page.close();
});

test('an unknown id reaches the widget, which shows its own accessible error', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/frame/actor-badge.html?person=nobody-at-all`);
  const error = page.locator('iw-actor-badge').getByText('nobody-at-all');
  await expect.poll(() => error.count()).toBeGreaterThan(0);
  expect(await error.first().isVisible()).toBe(true);
  await page.close();
});

test("a badge frame grows to show the badge's open panel, and shrinks when it closes", async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-iframe.html`);
  const selector = 'iframe[src^="frame/actor-badge.html"]';
  const closed = await settledHeights(page, selector);
  const frameHeight = () =>
    page.locator(selector).evaluate((iframe) => iframe.getBoundingClientRect().height);

  await closed.frame.locator('iw-actor-badge [part~="trigger"]').click();
  await expect.poll(frameHeight).toBeGreaterThan(closed.box + 100);
  const panel = closed.frame.locator('iw-actor-badge [part~="panel"]');
  const panelBottom = await panel.evaluate((element) => element.getBoundingClientRect().bottom);
  expect(await frameHeight()).toBeGreaterThanOrEqual(panelBottom);

  await page.keyboard.press('Escape');
  await expect.poll(frameHeight).toBe(closed.box);
  await page.close();
});
