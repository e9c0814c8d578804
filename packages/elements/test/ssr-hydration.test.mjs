// Server-rendered widgets woken up by embed.js in the system Chromium (docs/decisions/0045): the
// markup comes from dist/ssr/ (as a site's build step makes it), the scripts from dist/embed/. Pages
// are served on 127.0.0.1 with real headers: one under a strict CSP with Trusted Types (stylesheets
// linked, no inline style), one with inline styles and hostile page CSS, and one whose markup does
// not match what the widget renders, which must be noticed.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { render, stylesheets } from '../dist/ssr/index.js';
import { newsroomDataset } from './fixtures.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const HOSTILE_CSS = `<style>
  * { margin: 0.7em !important; line-height: 2.2 !important; box-sizing: content-box !important; }
  p, div, li, span, button { font-size: 19px !important; letter-spacing: 0.05em !important; }
  template, iw-timeline, iw-quote-card { display: inline !important; }
</style>`;

const WIDGETS = `
  <h1>An article</h1>
  <iw-quote-card quote="khatami-civilized"></iw-quote-card>
  <p>Said <iw-actor-badge person="ali-khamenei" size="inline"></iw-actor-badge> in his sermon.</p>
  <iw-timeline></iw-timeline>
  <p>The paragraph after the timeline.</p>`;

const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>SSR</title>${head}<script type="module" src="/embed.js"></script></head><body>${body}<div style="block-size: 150vh"></div></body></html>`;

/** An imported story: the newsroom's, with an era, rich text, groups and media from another host. */
function importedStory() {
  const story = newsroomDataset(3);
  story.eras = [{ id: 'storm', title: 'The storm season', start: '2001-01', end: '2001-12' }];
  const [opening, storm, generated] = story.events;
  opening.body = [[{ text: 'The mayor ' }, { text: 'reopened', strong: true }, { text: ' it.' }]];
  opening.media = { url: 'https://photos.example/harbour.jpg', kind: 'image', caption: 'The quay' };
  opening.group = 'Harbour';
  storm.group = 'Weather';
  generated.group = 'Harbour';
  return story;
}
const STORY = importedStory();
/** Sets the story on a widget rendered from `data`, then lets it hydrate (the documented steps). */
const SET_DATA = `await customElements.whenDefined('iw-timeline');
const timeline = document.querySelector('iw-timeline');
timeline.data = await (await fetch('/story.json')).json();
timeline.removeAttribute('defer-hydration');`;

let server;
let browser;
let origin;
/** Resolves the held response of embed.js, so a test can act on the page before it hydrates. */
let releaseEmbed = () => {};

beforeAll(async () => {
  const strictBody = await render(WIDGETS.replace('<div style="block-size: 150vh"></div>', ''), {
    lang: 'fa',
    stylesheets: '/css/',
    embedBase: '/',
  });
  const inlineBody = await render(WIDGETS, { lang: 'en', embedBase: '/' });
  // Rendered as the error of an unknown quote, served with a quote that exists: the widget renders
  // a different template than the markup holds.
  const mismatched = (
    await render('<iw-quote-card quote="no-such-quote"></iw-quote-card>', {
      lang: 'en',
      embedBase: '/',
    })
  ).replace('quote="no-such-quote"', 'quote="khatami-civilized"');
  const storyBody = await render(
    '<iw-timeline src="/story.json"></iw-timeline><iw-quote-card src="/story.json" quote="doe-open-again"></iw-quote-card>',
    { lang: 'en', stylesheets: '/css/', embedBase: '/', stories: { '/story.json': STORY } },
  );
  const dataBody = await render('iw-timeline', { lang: 'en', embedBase: '/', data: STORY });
  const pages = {
    '/strict': {
      csp: true,
      body: page('fa', '', strictBody).replace(
        '<div style="block-size: 150vh"></div>',
        '<div class="spacer"></div>',
      ),
    },
    '/hostile': { body: page('en', HOSTILE_CSS, inlineBody) },
    '/mismatch': { body: page('en', '', mismatched) },
    '/story-src': {
      csp: true,
      body: page('en', '', storyBody).replace(
        '<div style="block-size: 150vh"></div>',
        '<div class="spacer"></div>',
      ),
    },
    '/story-data': {
      body: page('en', '<script type="module" src="/set-data.js"></script>', dataBody),
    },
  };
  const css = stylesheets();
  const embedDir = new URL('../dist/embed/', import.meta.url);
  let held = Promise.resolve();
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const headers = (type) => ({
      'content-type': type,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    if (pages[path]) {
      held = new Promise((resolve) => (releaseEmbed = resolve));
      const { csp, body } = pages[path];
      return response
        .writeHead(200, csp ? headers('text/html') : { 'content-type': 'text/html' })
        .end(body);
    }
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (path === '/page.css')
      return response.writeHead(200, headers('text/css')).end('.spacer { block-size: 150vh }');
    const sheet = /^\/css\/(iw-[a-z-]+)\.css$/.exec(path)?.[1];
    if (sheet && css[sheet]) return response.writeHead(200, headers('text/css')).end(css[sheet]);
    if (path === '/story.json')
      return response.writeHead(200, headers('application/json')).end(JSON.stringify(STORY));
    if (path === '/set-data.js')
      return response.writeHead(200, headers('text/javascript')).end(SET_DATA);
    if (/^\/[\w.-]+\.js$/.test(path)) {
      if (path === '/embed.js') await held;
      const body = await readFile(new URL(path.slice(1), embedDir)).catch(() => undefined);
      if (body) return response.writeHead(200, headers('text/javascript')).end(body);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  releaseEmbed();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page that records console messages, errors, CSP violations and layout shifts. */
async function open(path, { javaScript = true } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 1000, height: 800 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const tab = await context.newPage();
  const messages = [];
  tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.addInitScript(() => {
    // What the quote card copies, without the system clipboard.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text) => void (window.__copied = text) },
    });
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await tab.goto(origin + path, { waitUntil: 'commit' });
  return { tab, messages, context };
}

const hydrated = (tab) =>
  tab.waitForFunction(
    () =>
      ['iw-timeline', 'iw-quote-card', 'iw-actor-badge'].every(
        (tag) =>
          !document.querySelector(tag) ||
          (customElements.get(tag) && document.querySelector(tag).hasUpdated),
      ),
    undefined,
    { timeout: 10_000 },
  );

/** The number of events and of `.base` wrappers in the timeline's shadow root. */
const timelineShape = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector('iw-timeline').shadowRoot;
    return {
      events: root.querySelectorAll('li.item').length,
      wrappers: root.querySelectorAll('.base').length,
      styled: getComputedStyle(root.querySelector('.base')).display,
    };
  });

describe.each(['/strict', '/hostile'])('hydrating %s', (path) => {
  it('keeps the markup, focus and scroll, shifts nothing, logs nothing, and works after', async () => {
    const { tab, messages, context } = await open(path);
    await tab.waitForSelector('iw-timeline li.item');
    const before = await timelineShape(tab);
    expect(before.events).toBe(22);
    // The reader has scrolled and focused the card's copy button before the script arrives.
    await tab.evaluate(() => {
      window.scrollTo(0, 120);
      window.__button = document
        .querySelector('iw-quote-card')
        .shadowRoot.querySelector('.actions button');
      window.__button.focus();
      window.__firstItem = document.querySelector('iw-timeline').shadowRoot.querySelector('li');
    });
    // Linked sheets (the strict page) may land after the first paint: a shift too small to show in
    // CLS's two decimals (0.0002 measured); inline styles shift nothing. Hydrating adds none.
    const loadShift = await tab.evaluate(() => window.__cls);
    expect(loadShift).toBeLessThan(path === '/strict' ? 0.005 : Number.MIN_VALUE);
    await tab.evaluate(() => (window.__clsAtRelease = window.__cls));
    releaseEmbed();
    await hydrated(tab);
    await tab.evaluate(() => document.querySelector('iw-timeline').rendered);
    expect(await timelineShape(tab)).toEqual(before);
    expect(
      await tab.evaluate(() => ({
        focus: document.querySelector('iw-quote-card').shadowRoot.activeElement === window.__button,
        scroll: window.scrollY,
        sameNodes:
          document.querySelector('iw-timeline').shadowRoot.querySelector('li') ===
          window.__firstItem,
        deferred: document.querySelectorAll('[defer-hydration]').length,
        cls: window.__cls - window.__clsAtRelease,
      })),
    ).toEqual({ focus: true, scroll: 120, sameNodes: true, deferred: 0, cls: 0 });

    // Filters.
    const timeline = tab.locator('iw-timeline');
    const count = timeline.locator('[part="count"]');
    const all = await count.textContent();
    await timeline.locator('.chip').nth(1).click();
    await expect.poll(() => count.textContent()).not.toBe(all);
    await timeline.locator('.chip').nth(1).click();
    await expect.poll(() => count.textContent()).toBe(all);
    // Keyboard: the roving focus moves down the list.
    await timeline.locator('li .toggle').first().focus();
    await tab.keyboard.press('ArrowDown');
    expect(
      await tab.evaluate(
        () => document.querySelector('iw-timeline').shadowRoot.activeElement?.closest('li')?.id,
      ),
    ).toBe(await timeline.locator('li').nth(1).getAttribute('id'));
    // A hash link opens its event.
    await tab.evaluate(() => (location.hash = '#iw-event-1997-12-cnn-interview'));
    await expect
      .poll(() =>
        timeline.locator('#iw-event-1997-12-cnn-interview .toggle').getAttribute('aria-expanded'),
      )
      .toBe('true');
    // The badge's popover.
    const badge = tab.locator('p > iw-actor-badge');
    await badge.locator('.trigger').click();
    await expect
      .poll(() => badge.locator('.panel').evaluate((panel) => panel.matches(':popover-open')))
      .toBe(true);
    await tab.keyboard.press('Escape');
    // Copying a quote.
    // Copying a quote: on the Persian page, the translation with its notice, or the English words.
    const card = tab.locator('body > iw-quote-card');
    const persian = path === '/strict';
    await card.locator('.actions button').first().click();
    await expect
      .poll(() => tab.evaluate(() => window.__copied))
      .toContain(persian ? 'متمدن' : 'civilized');
    if (persian) {
      expect(await tab.evaluate(() => window.__copied)).toContain('نه عین گفته یا نوشتهٔ اصلی');
      await card.locator('.actions button').nth(1).click();
      await expect.poll(() => tab.evaluate(() => window.__copied)).toContain('civilized');
    }
    await expect.poll(() => card.locator('.copy-status').textContent()).not.toMatch(/^\s*$/);

    expect(messages).toEqual([]);
    await context.close();
  }, 30_000);
});

describe.each([
  ['/story-src', 'fetched from its src (strict CSP, linked sheets)'],
  ['/story-data', 'set on its data property by the page'],
])('hydrating a custom story %s, %s', (path) => {
  it('waits for the story, keeps the markup, logs nothing, and works after', async () => {
    const { tab, messages, context } = await open(path);
    await tab.waitForSelector('iw-timeline li.item');
    const timeline = tab.locator('iw-timeline');
    const before = await tab.evaluate(() => {
      const root = document.querySelector('iw-timeline').shadowRoot;
      window.__firstItem = root.querySelector('li.item');
      return {
        events: root.querySelectorAll('li.item').length,
        text: root.textContent.replace(/\s+/g, ' '),
        // The imported story's sheet is there before any script: the era label is styled.
        eraStyled: getComputedStyle(root.querySelector('.era')).display !== 'inline',
      };
    });
    expect(before.events).toBe(3);
    expect(before.text).toContain('The Harbour Story');
    expect(before.text).toContain('The storm season');
    expect(before.eraStyled).toBe(true);
    await tab.evaluate(() => (window.__clsAtRelease = window.__cls));
    releaseEmbed();
    await hydrated(tab);
    expect(
      await tab.evaluate(() => ({
        sameNodes:
          document.querySelector('iw-timeline').shadowRoot.querySelector('li.item') ===
          window.__firstItem,
        deferred: document.querySelectorAll('[defer-hydration]').length,
        cls: window.__cls - window.__clsAtRelease,
      })),
    ).toEqual({ sameNodes: true, deferred: 0, cls: 0 });
    // Interactive: an event opens to its rich text, and the group chips filter.
    const toggle = timeline.locator('#iw-event-2001-03-02-harbour-opening .toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() =>
        timeline.locator('#iw-event-2001-03-02-harbour-opening .body strong').textContent(),
      )
      .toBe('reopened');
    await timeline.getByRole('button', { name: 'Weather' }).click();
    await expect.poll(() => timeline.locator('li.item').count()).toBe(1);
    if (path === '/story-src')
      expect(
        await tab.locator('iw-quote-card').evaluate((card) => card.shadowRoot.textContent),
      ).toContain('Jane Doe');
    expect(messages).toEqual([]);
    await context.close();
  }, 30_000);
});

it('reads fully with JavaScript off, styled, under the strict CSP', async () => {
  const { tab, messages, context } = await open('/strict', { javaScript: false });
  await tab.waitForLoadState('load');
  const shape = await tab.evaluate(() => {
    const root = document.querySelector('iw-timeline').shadowRoot;
    return {
      events: root.querySelectorAll('li.item').length,
      quote: document.querySelector('iw-quote-card').shadowRoot.querySelector('blockquote')
        .textContent,
      badge: document.querySelector('p > iw-actor-badge').shadowRoot.querySelector('[part="name"]')
        .textContent,
      // Styled from the linked sheet: the chips are flex items, the card has its border.
      filters: getComputedStyle(root.querySelector('.filters')).display,
      border: getComputedStyle(
        document.querySelector('iw-quote-card').shadowRoot.querySelector('figure'),
      ).borderInlineStartWidth,
    };
  });
  expect(shape.events).toBe(22);
  // The Persian page reads in Persian: the quote is the editors' translation.
  expect(shape.quote).toContain('متمدن');
  expect(shape.badge).toBe('علی خامنه‌ای');
  expect(shape.filters).toBe('flex');
  expect(shape.border).toBe('4px');
  expect(messages).toEqual([]);
  await context.close();
});

it('renders again, working and styled, when the markup does not match what the widget renders', async () => {
  const { tab, messages, context } = await open('/mismatch');
  await tab.waitForSelector('iw-quote-card .error');
  releaseEmbed();
  await tab.waitForFunction(() => customElements.get('iw-quote-card'));
  await expect.poll(() => messages.length).toBeGreaterThan(0);
  expect(messages.join('\n')).toMatch(/did not match its prerendered HTML, and rendered again/);
  // Not a dead widget: the quote, styled, and its copy button answers.
  const card = tab.locator('iw-quote-card');
  await expect.poll(() => card.locator('blockquote').textContent()).toContain('civilized');
  expect(await card.locator('.error').count()).toBe(0);
  expect(
    await card.evaluate(
      (element) =>
        getComputedStyle(element.shadowRoot.querySelector('figure')).borderInlineStartWidth,
    ),
  ).toBe('4px');
  await card.locator('.actions button').first().click();
  await expect.poll(() => card.locator('.copy-status').textContent()).not.toMatch(/^\s*$/);
  await context.close();
}, 30_000);
