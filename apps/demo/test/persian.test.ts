// The Persian article as a reader of a Persian news site reads it (issue 21): on a phone, with
// every event open, the widgets speak Persian, and every translated quote says it is a translation.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dataset } from '@iranwire/rapprochement-data';
import {
  axeViolations,
  launchChromium,
  recordProblems,
  serveDemo,
  widgetsRendered,
  NO_PROBLEMS,
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

const NOTICE = 'این نقل‌قول ترجمهٔ فارسی متن انگلیسی ایران‌وایر است، نه عین گفته یا نوشتهٔ اصلی.';

/** Opens every event of the page's timeline and waits for it to render them. */
async function openEveryEvent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const timeline = document.querySelector('iw-timeline') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    for (const toggle of timeline.shadowRoot!.querySelectorAll<HTMLElement>(
      '.toggle[aria-expanded="false"]',
    ))
      toggle.click();
    await timeline.updateComplete;
  });
}

/** The letters the widgets show (what `innerText` renders: closed disclosures hold none). */
function widgetLetters(page: Page) {
  return page.evaluate(() => {
    const widgets = [...document.querySelectorAll('iw-timeline, iw-quote-card, iw-actor-badge')];
    const text = widgets
      .flatMap((widget) => [...(widget.shadowRoot?.children ?? [])])
      .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
      .join(' ');
    return {
      latin: (text.match(/[A-Za-z]/g) ?? []).length,
      all: (text.match(/\p{L}/gu) ?? []).length,
    };
  });
}

test('on a 375 px phone with every event open, at most 3% of the letters the widgets show are Latin', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  const problems = await recordProblems(page, server.url);
  await page.goto(`${server.url}/article-fa.html`);
  await widgetsRendered(page);
  await openEveryEvent(page);
  const { latin, all } = await widgetLetters(page);
  expect(all).toBeGreaterThan(8_000);
  expect(latin / all, `${latin} Latin letters of ${all}`).toBeLessThanOrEqual(0.03);
  expect(problems).toEqual(NO_PROBLEMS);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('every quote the Persian article shows carries the notice, in the timeline and the card', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  await page.goto(`${server.url}/article-fa.html`);
  await widgetsRendered(page);
  await openEveryEvent(page);
  const counts = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('iw-timeline, iw-quote-card')].map(
      (widget) => widget.shadowRoot!,
    );
    const quotes = roots.flatMap((root) => [
      ...root.querySelectorAll('blockquote[part~="quote"], p[part~="context"]'),
    ]);
    return {
      quotes: quotes.length,
      notices: roots
        .flatMap((root) => [...root.querySelectorAll('[part~="translation-notice"]')])
        .map((notice) => notice.textContent!.trim()),
      originals: roots.flatMap((root) => [
        ...root.querySelectorAll('[part~="original"] p[lang="en"]'),
      ]).length,
    };
  });
  expect(counts.quotes).toBeGreaterThan(20);
  expect(counts.notices).toHaveLength(counts.quotes);
  expect(new Set(counts.notices)).toEqual(new Set([NOTICE]));
  expect(counts.originals).toBe(counts.quotes);
  await page.close();
});

test('the iframe frames show the Persian story', async () => {
  const page = await browser.newPage({ viewport: { width: 720, height: 800 } });
  await page.goto(`${server.url}/frame/timeline.html?lang=fa`);
  await widgetsRendered(page);
  const first = dataset.events.find((event) => event.id === '1998-01-16-friday-sermon')!;
  const headline = await page.evaluate(
    (id) =>
      document
        .querySelector('iw-timeline')!
        .shadowRoot!.querySelector(`#iw-event-${id} [part~="event-title"]`)!
        .textContent!.trim(),
    first.id,
  );
  expect(headline).toBe(first.translations!.fa!.fields.title);
  await page.goto(`${server.url}/frame/quote-card.html?lang=fa&quote=khatami-civilized`);
  await widgetsRendered(page);
  expect(
    await page.evaluate(() =>
      document
        .querySelector('iw-quote-card')!
        .shadowRoot!.querySelector('[part~="translation-notice"]')
        ?.textContent?.trim(),
    ),
  ).toBe(NOTICE);
  await page.close();
});
