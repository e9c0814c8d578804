// The embed-code generator: the snippets it writes work when pasted into a page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, serveDemo, type DemoServer } from './support';

let browser: Browser;
let server: DemoServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDemo()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the script snippet, pointed at a copy of the bundle, renders the chosen widget', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Language').selectOption('fa');
  await page.getByLabel('Density').selectOption('compact');
  await expect
    .poll(() => page.locator('[data-preview] iw-timeline').getAttribute('lang'))
    .toBe('fa');

  const snippet = await page.getByLabel('Script snippet').inputValue();
  const version = await page.evaluate(() => document.body.dataset.elementsVersion);
  expect(snippet).toBe(
    `<script type="module" src="https://YOUR-NPM-CDN/@iranwire/rapprochement-elements@${version}/dist/embed.js"></script>\n` +
      '<iw-timeline lang="fa" density="compact"></iw-timeline>',
  );

  // Paste it into an empty page, with the placeholder CDN replaced by the demo's copy.
  await page.goto(`${server.url}/index.html`);
  await page.setContent(
    snippet.replace(
      /https:\/\/YOUR-NPM-CDN\/\S+?\/dist\/embed\.js/,
      `${server.url}/vendor/embed.js`,
    ),
  );
  const items = page.locator('iw-timeline').locator('[part~="item"]');
  await expect.poll(() => items.count()).toBeGreaterThan(5);
  expect(await items.first().locator('time').textContent()).toMatch(/[۰-۹]/);
  await page.close();
});

test('the iframe snippet, pasted into a page, embeds the widget and resizes it', async () => {
  const context = await browser.newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Quote card').check();
  expect(await page.getByLabel('Density').isVisible()).toBe(false);
  const quote = await page.getByLabel('Quote', { exact: true }).inputValue();
  expect(quote).not.toBe('');
  await expect
    .poll(() => page.locator('[data-preview] iw-quote-card').getAttribute('quote'))
    .toBe(quote);

  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await page.getByLabel('Iframe snippet').inputValue());
  expect(snippet).toContain(`src="${server.url}/frame/quote-card.html?lang=en&amp;quote=${quote}"`);

  await page.goto(`${server.url}/index.html`);
  await page.setContent(
    `<!doctype html><html lang="en"><body><main>${snippet}</main></body></html>`,
  );
  const frame = page.locator('iframe[data-iw-embed]');
  await expect
    .poll(async () => Math.round((await frame.boundingBox())?.height ?? 0), { timeout: 10_000 })
    .not.toBe(260);
  const inner = await (await frame.elementHandle())!.contentFrame();
  expect(await inner!.locator('iw-quote-card').getAttribute('quote')).toBe(quote);
  await context.close();
});

test('an invalid option is refused with a message, not a broken snippet', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('From date').fill('December 1997');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain('Parameter “from” must be a date such as 1997');
  expect(await page.getByLabel('Script snippet').inputValue()).not.toContain('December');
  await page.getByLabel('From date').fill('1997-12');
  await expect.poll(() => page.getByRole('alert').isVisible()).toBe(false);
  expect(await page.getByLabel('Script snippet').inputValue()).toContain('from="1997-12"');
  await page.close();
});
