// Readers without a mouse, without JavaScript, and on paper.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { article, timeline } from '@iranwire/rapprochement-data';
import { sourceHref } from '../scripts/render.mjs';
import { DESKTOP, launchChromium, serveDemo, widgetsRendered, type DemoServer } from './support';

let browser: Browser;
let server: DemoServer;
const eventCount = timeline().length;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDemo()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The articles are prerendered (test/prerendered.test.ts reads them with JavaScript off). Pages that
// are not keep the <noscript> fallback: the iframe page and a page of pasted snippets.
test.each([
  ['frame/timeline.html', /\d{4}/, 'IranWire, paragraph'],
  ['double-bundle.html', /\d{4}/, 'IranWire, paragraph'],
])(
  'with JavaScript off, %s shows the timeline as a dated, cited list and a link to the source',
  async (path, year, citation) => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/${path}`);
    const items = page.locator('ol > li').filter({ has: page.locator('time') });
    expect(await items.count()).toBe(eventCount);
    for (const item of await items.all()) {
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator('time').textContent()).toMatch(year);
      expect(await item.textContent()).toContain(citation);
    }
    const source = page.locator('ol:has(time) + p a');
    expect(await source.isVisible()).toBe(true);
    expect(await source.getAttribute('href')).toBe(sourceHref(article));
    await context.close();
  },
);

test('with JavaScript off, the pasted quote card shows its quote and the badge its name', async () => {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/double-bundle.html`);
  const quote = page.locator('iw-quote-card blockquote');
  expect(await quote.isVisible()).toBe(true);
  expect((await quote.textContent())?.trim().length).toBeGreaterThan(20);
  expect(await page.locator('iw-quote-card figcaption a').getAttribute('href')).toBe(
    sourceHref(article),
  );
  const badge = page.locator('iw-actor-badge[person="ali-khamenei"]');
  expect(await badge.isVisible()).toBe(true);
  expect(await badge.textContent()).toBe('Ali Khamenei');
  await context.close();
});

test('with JavaScript on, the fallbacks are gone and each badge shows only its rendered name', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-en.html`);
  await widgetsRendered(page);
  // Light-DOM fallback text is not slotted: the reader sees the badge's name once, not twice.
  const badge = page.locator('article > p > iw-actor-badge[person="mohammad-khatami"]');
  expect(await badge.evaluate((element) => (element as HTMLElement).innerText)).toBe('');
  expect(await badge.locator('[part~="name"]').innerText()).toBe('Mohammad Khatami');
  await page.goto(`${server.url}/double-bundle.html`);
  await widgetsRendered(page);
  expect(await page.locator('iw-timeline noscript').count()).toBe(1);
  expect(await page.locator('iw-timeline noscript').isVisible()).toBe(false);
  await page.close();
});

/** The element that has focus, looking through shadow roots. */
function deepFocus(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    const hosts: string[] = [];
    while (active?.shadowRoot?.activeElement) {
      hosts.push(active.localName);
      active = active.shadowRoot.activeElement;
    }
    const element = active as HTMLElement | null;
    // An event's tab stop is its headline's toggle; the event's id and state are on its item.
    const item = element?.closest<HTMLElement>('[part~="item"]');
    return {
      hosts,
      part: element?.getAttribute('part') ?? '',
      eventId: item?.dataset.eventId,
      pressed: element?.getAttribute('aria-pressed'),
      current: item?.getAttribute('aria-current'),
      expanded: element?.getAttribute('aria-expanded'),
    };
  });
}

test('a keyboard-only walk through the timeline: Tab in, filter, arrows, End, Home, Enter', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-en.html`);
  await widgetsRendered(page);
  const ids = timeline().map((event) => event.id);

  // Tab from the top of the page until a filter chip of the timeline has focus.
  let focus = await deepFocus(page);
  for (
    let presses = 0;
    presses < 40 && !(focus.hosts[0] === 'iw-timeline' && focus.part === 'chip');
    presses++
  ) {
    await page.keyboard.press('Tab');
    focus = await deepFocus(page);
  }
  expect(focus).toMatchObject({ hosts: ['iw-timeline'], pressed: 'true' });

  // Tab on past the chips to the list: one tab stop, the first event.
  for (let presses = 0; presses < 20 && !(await deepFocus(page)).eventId; presses++)
    await page.keyboard.press('Tab');
  await expect.poll(async () => (await deepFocus(page)).eventId).toBe(ids[0]);

  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await deepFocus(page)).eventId).toBe(ids[1]);
  await page.keyboard.press('End');
  await expect.poll(async () => (await deepFocus(page)).eventId).toBe(ids.at(-1));
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await deepFocus(page)).eventId).toBe(ids.at(-2));
  await page.keyboard.press('Home');
  await expect.poll(async () => (await deepFocus(page)).eventId).toBe(ids[0]);

  // Listen before pressing, so the event cannot slip past.
  await page.evaluate(() => {
    document.addEventListener('iw-select', (event) => {
      document.documentElement.dataset.selected = (
        event as CustomEvent<{ eventId: string }>
      ).detail.eventId;
    });
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getAttribute('html', 'data-selected')).toBe(ids[0]);
  await expect
    .poll(() => deepFocus(page))
    .toMatchObject({ eventId: ids[0], current: 'true', expanded: 'true' });

  // Back to the filters: Shift+Tab passes the "more" button and reaches the last person's chip;
  // Space narrows the list and undoes it.
  for (let presses = 0; presses < 5 && (await deepFocus(page)).pressed !== 'false'; presses++)
    await page.keyboard.press('Shift+Tab');
  await expect
    .poll(() => deepFocus(page))
    .toMatchObject({ hosts: ['iw-timeline'], pressed: 'false' });
  await page.keyboard.press('Space');
  await expect
    .poll(() => deepFocus(page))
    .toMatchObject({ hosts: ['iw-timeline'], pressed: 'true' });
  const items = page.locator('iw-timeline').locator('[part~="item"]');
  await expect.poll(() => items.count()).toBeLessThan(eventCount);
  await page.keyboard.press('Space');
  await expect.poll(() => items.count()).toBe(eventCount);
  await page.close();
});

test('print emulation shows the linear list with every event open, its sources and no filters', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-en.html`);
  await widgetsRendered(page);
  await page.emulateMedia({ media: 'print' });
  const timelineElement = page.locator('iw-timeline');
  expect(await timelineElement.locator('[part~="filters"]').isVisible()).toBe(false);
  const items = timelineElement.locator('[part~="item"]');
  expect(await items.count()).toBe(eventCount);
  const boxes = [];
  for (const item of await items.all()) {
    // Closed on screen, open on paper: the event's sources show with it.
    expect(await item.locator('[part~="source"] a').first().isVisible()).toBe(true);
    boxes.push(await item.boundingBox());
  }
  // Linear: one column, each event below the one before.
  for (let index = 1; index < boxes.length; index++) {
    expect(boxes[index]!.y).toBeGreaterThanOrEqual(
      boxes[index - 1]!.y + boxes[index - 1]!.height - 1,
    );
    expect(boxes[index]!.x).toBe(boxes[0]!.x);
  }
  await page.close();
});

/** Non-ignored headings in the page's accessibility tree (what a screen reader can reach), by name. */
async function accessibleHeadings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'heading')
    .map((node) => (node.name?.value ?? '').trim());
}

test.each(['article-en.html', 'article-fa.html'])(
  'every event on %s reaches the accessibility tree as a heading, on screen or not',
  async (path) => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/${path}`);
    await widgetsRendered(page);
    // Long timelines render in chunks: wait until every event of the dataset has its item.
    await page.waitForFunction(
      (count) =>
        document.querySelector('iw-timeline')?.shadowRoot?.querySelectorAll('[part~="item"]')
          .length === count,
      eventCount,
    );
    const titles = await page.evaluate(() =>
      [
        ...document
          .querySelector('iw-timeline')!
          .shadowRoot!.querySelectorAll('[part~="event-title"]'),
      ].map((title) => title.textContent!.trim()),
    );
    expect(titles).toHaveLength(eventCount);
    const headings = new Set(await accessibleHeadings(page));
    const missing = titles.filter((title) => !headings.has(title));
    expect(
      missing,
      `${missing.length} of ${eventCount} event headings are not in the accessibility tree`,
    ).toEqual([]);
    await page.close();
  },
);

test.each([
  ['article-en.html', 1280, 800],
  ['article-fa.html', 375, 800],
  ['frame/timeline.html?lang=en', 720, 600],
])(
  'a deep link on %s opens the event with focus on its heading, in view, with no attribute set',
  async (path, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${server.url}/${path}#iw-event-1998-01-16-friday-sermon`);
    await widgetsRendered(page);
    await expect
      .poll(() => deepFocus(page))
      .toMatchObject({ eventId: '1998-01-16-friday-sermon', expanded: 'true' });
    const top = await page.evaluate(
      () =>
        document
          .querySelector('iw-timeline')!
          .shadowRoot!.querySelector('#iw-event-1998-01-16-friday-sermon [part~="event-title"]')!
          .getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(height / 2);
    await page.close();
  },
);

test('from the timeline to the quote card after it takes a handful of Tab presses, or one through the skip link', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/article-en.html`);
  await widgetsRendered(page);
  const inCard = () => page.evaluate(() => document.activeElement?.localName === 'iw-quote-card');
  // Tab until the timeline's skip link has focus.
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if ((await deepFocus(page)).hosts[0] === 'iw-timeline') break;
  }
  let stops = 0;
  while (!(await inCard()) && stops < 40) {
    await page.keyboard.press('Tab');
    stops++;
  }
  // The skip link, the chips and "more", one stop for all the events: not one per link in them.
  expect(stops).toBeLessThanOrEqual(12);

  // Again from the top: the timeline's first stop is its skip link, and Enter leaves the timeline.
  await page.reload();
  await widgetsRendered(page);
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if ((await deepFocus(page)).hosts[0] === 'iw-timeline') break;
  }
  expect(
    await page.evaluate(
      () => document.querySelector('iw-timeline')!.shadowRoot!.activeElement?.className,
    ),
  ).toBe('skip');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await inCard()).toBe(true);
  await page.close();
});
