// The demo articles as a reader's browser sees them: no errors, nothing from other origins, the
// strict CSP and Trusted Types honoured, two copies of the bundle tolerated, no axe violations.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  NO_PROBLEMS,
  DESKTOP,
  axeViolations,
  launchChromium,
  recordProblems,
  serveDemo,
  widgetsRendered,
  type DemoServer,
} from './support';

const WIDGET_PAGES = [
  'article-en.html',
  'article-fa.html',
  'double-bundle.html',
  'generator.html',
  'bare.html',
];
const FRAME_PAGES = [
  'frame/timeline.html?lang=fa&calendar=persian',
  'frame/quote-card.html?quote={quote}',
  'frame/actor-badge.html?person=ali-khamenei&size=inline',
];

let browser: Browser;
let open: DemoServer;
let strict: DemoServer;
let featuredQuote: string;

beforeAll(async () => {
  [browser, open, strict] = await Promise.all([
    launchChromium(),
    serveDemo(),
    serveDemo({ csp: true }),
  ]);
  const page = await browser.newPage();
  await page.goto(`${open.url}/article-en.html`);
  featuredQuote = (await page.getAttribute('iw-quote-card', 'quote')) ?? '';
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([open?.close(), strict?.close()]);
});

const withQuote = (path: string) => path.replace('{quote}', featuredQuote);

describe.each([
  ['without a CSP', () => open],
  ['under the strict CSP and Trusted Types', () => strict],
])('%s', (_label, server) => {
  test.concurrent.each([...WIDGET_PAGES, ...FRAME_PAGES])(
    '%s renders its widgets with no error, violation or foreign request',
    async (path) => {
      const context = await browser.newContext(DESKTOP);
      const page = await context.newPage();
      const problems = await recordProblems(page, server().url);
      const response = await page.goto(`${server().url}/${withQuote(path)}`);
      if (server() === strict)
        expect(response?.headers()['content-security-policy']).toContain(
          "require-trusted-types-for 'script'",
        );
      await widgetsRendered(page);
      // Idle for 500 ms: any late request to another origin would have been made and recorded.
      await page.waitForLoadState('networkidle', { timeout: 50_000 });
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );

  test('the iframe article: every frame renders and reports no problem', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems = await recordProblems(page, server().url);
    await page.goto(`${server().url}/article-iframe.html`);
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    expect(frames).toHaveLength(4);
    for (const frame of frames) {
      await frame.waitForFunction(() => {
        const widget = document.querySelector('iw-timeline, iw-quote-card, iw-actor-badge');
        return widget?.shadowRoot && widget.shadowRoot.childElementCount > 0;
      });
    }
    await page.waitForLoadState('networkidle', { timeout: 50_000 });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

test('the recorder catches what it guards against: an inline script under the strict CSP', async () => {
  const page = await browser.newPage();
  const problems = await recordProblems(page, strict.url);
  await page.goto(`${strict.url}/article-en.html`);
  await widgetsRendered(page);
  // A string assigned to a script's text is what Trusted Types refuses; an image from elsewhere is a foreign request.
  const refused = await page.evaluate(() => {
    const image = new Image();
    image.src = 'http://elsewhere.invalid/pixel.gif';
    try {
      document.createElement('script').textContent = 'window.ran = true';
      return false;
    } catch {
      return true;
    }
  });
  await page.waitForTimeout(200);
  expect(refused).toBe(true);
  expect(problems.cspViolations.join('\n')).toMatch(/require-trusted-types-for/);
  expect(problems.cspViolations.join('\n')).toMatch(/img-src|default-src/);
  expect(problems.foreignRequests).toEqual(['http://elsewhere.invalid/pixel.gif']);
  await page.close();
});

test('two copies of the bundle: both run, the first definition wins, every widget works', async () => {
  const page = await browser.newPage();
  const problems = await recordProblems(page, open.url);
  const bundles: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/vendor/embed.js')
      bundles.push(`${response.status()} ${new URL(response.url()).search}`);
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${open.url}/double-bundle.html`);
  await widgetsRendered(page);
  expect(bundles.sort()).toEqual(['200 ', '200 ?copy=2']);
  // Same version twice: the second copy steps aside silently.
  expect(warnings).toEqual([]);
  expect(problems).toEqual(NO_PROBLEMS);
  const counts = await page.evaluate(() => ({
    timelineItems:
      document.querySelector('iw-timeline')?.shadowRoot?.querySelectorAll('[part~="item"]')
        .length ?? 0,
    badgeText: document.querySelector('iw-actor-badge')?.shadowRoot?.textContent ?? '',
  }));
  expect(counts.timelineItems).toBeGreaterThan(5);
  expect(counts.badgeText).toContain('Khamenei');
  await page.close();
});

describe('axe-core finds no violation on the whole page', () => {
  test.concurrent.each([
    ['article-en.html', 'light'],
    ['article-en.html', 'dark'],
    ['article-fa.html', 'light'],
    ['article-iframe.html', 'light'],
    ['double-bundle.html', 'light'],
    ['generator.html', 'light'],
    ['index.html', 'light'],
  ] as const)('%s in a %s colour scheme', async (path, colorScheme) => {
    // Only here is the CSP bypassed: axe is injected by evaluation into every frame.
    const context = await browser.newContext({ ...DESKTOP, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${open.url}/${path}`);
    // Waiting for the widgets themselves, not for network idle, which a loaded machine can miss.
    await page.waitForLoadState('load');
    const withWidgets =
      path === 'index.html'
        ? []
        : path === 'article-iframe.html'
          ? page.frames().filter((frame) => frame !== page.mainFrame())
          : [page.mainFrame()];
    for (const frame of withWidgets) await widgetsRendered(frame);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
