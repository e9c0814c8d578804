// dist/embed/ (embed.js and the chunks it imports) on a page with a strict CSP and Trusted Types
// enforced, in the system Chromium. Runs in Node (see vitest.config.ts): the headers must come from
// a real server, here on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>CSP</title><script type="module" src="/embed.js"></script></head>
  <body>
    <iw-timeline lang="fa"></iw-timeline>
    <iw-quote-card quote="khatami-civilized"></iw-quote-card>
    <p>Said <iw-actor-badge person="ali-khamenei" size="inline"></iw-actor-badge>.</p>
  </body>
</html>`;

let server;
let browser;
let origin;

beforeAll(async () => {
  const files = {
    '/': { type: 'text/html', body: PAGE },
    '/favicon.ico': { type: 'image/x-icon', body: '' },
  };
  // Every file of the folder to self-host, served at the root beside the page.
  const embedDir = new URL('../dist/embed/', import.meta.url);
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const file =
      files[path] ??
      (/^\/[\w.-]+\.js$/.test(path)
        ? await readFile(new URL(path.slice(1), embedDir)).then(
            (body) => ({ type: 'text/javascript', body }),
            () => undefined,
          )
        : undefined);
    if (!file) return response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': file.type, 'content-security-policy': CSP })
      .end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('renders all three components with no CSP or Trusted Types violation', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective}`),
    );
  });
  await page.goto(origin);
  await page.waitForFunction(() => document.querySelector('iw-timeline')?.rendered !== undefined);
  await page.evaluate(() => document.querySelector('iw-timeline').rendered);
  const sermonDate = await page.evaluate(
    () =>
      document
        .querySelector('iw-timeline')
        .shadowRoot.querySelector('#iw-event-1998-01-16-friday-sermon time').textContent,
  );
  expect(sermonDate).toBe('۲۶ دی ۱۳۷۶');
  expect(await page.locator('body > iw-quote-card').locator('blockquote').textContent()).toContain(
    'civilized',
  );
  expect(await page.locator('p > iw-actor-badge').locator('[part="name"]').textContent()).toBe(
    'Ali Khamenei',
  );
  // Styles applied through adoptedStyleSheets despite style-src 'self'.
  expect(
    await page.evaluate(
      () => document.querySelector('iw-timeline').shadowRoot.adoptedStyleSheets.length,
    ),
  ).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  // And the policy was in force all along: a plain string assigned to innerHTML is refused.
  const plainInnerHtml = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'refused';
    }
  });
  expect(plainInnerHtml).toBe('refused');

  await page.close();
});
