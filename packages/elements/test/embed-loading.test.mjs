// embed.js as a loader (docs/decisions/0029), in the system Chromium: each page fetches exactly the
// files scripts/page-weights.mjs counts against its byte budget, widgets load when their tag first
// appears (also later), and a badge's panel and the custom-data validator load only when needed.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { PAGES, closure, pageFiles, readMetafile } from '../scripts/page-weights.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const WIDGETS = {
  timeline: '<iw-timeline></iw-timeline>',
  'quote-card': '<iw-quote-card quote="khatami-civilized"></iw-quote-card>',
  'actor-badge':
    '<p>Said <iw-actor-badge person="ali-khamenei" size="inline"></iw-actor-badge>.</p>',
};
const page = (body) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Loading</title>
  <script type="module" src="/embed/embed.js"></script></head>
  <body>${body}</body>
</html>`;

let server;
let browser;
let origin;
let metafile;

beforeAll(async () => {
  metafile = readMetafile();
  const embedDir = new URL('../dist/embed/', import.meta.url);
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const headers = { 'content-security-policy': CSP };
    if (url.pathname === '/') {
      const widgets = url.searchParams.getAll('widget');
      const body = widgets.map((widget) => WIDGETS[widget]).join('\n');
      return response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page(body));
    }
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
    const match = /^\/embed\/([\w.-]+\.js)$/.exec(url.pathname);
    const body = match && (await readFile(new URL(match[1], embedDir)).catch(() => undefined));
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page with these widgets, and the names of the files under /embed/ it has fetched so far. */
async function open(widgets) {
  const tab = await browser.newPage();
  const fetched = [];
  const problems = [];
  tab.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/embed/')) fetched.push(pathname.slice('/embed/'.length));
  });
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  const query = widgets.map((widget) => `widget=${widget}`).join('&');
  await tab.goto(`${origin}/?${query}`);
  return { tab, fetched, problems };
}

/** Waits until every widget on the page is defined and has rendered. */
async function rendered(tab) {
  await tab.evaluate(async () => {
    const tags = ['iw-timeline', 'iw-quote-card', 'iw-actor-badge'];
    const elements = document.querySelectorAll(tags.join(','));
    await Promise.all(
      [...elements].map((element) => customElements.whenDefined(element.localName)),
    );
    await Promise.all([...elements].map((element) => element.rendered));
  });
}

const sorted = (list) => [...new Set(list)].sort();

describe('each page fetches exactly what its byte budget counts', () => {
  it.each(PAGES.map(({ label, widgets }) => [label, widgets]))('%s', async (_, widgets) => {
    const { tab, fetched, problems } = await open(widgets);
    await rendered(tab);
    // Let anything that would load after rendering show up.
    await tab.waitForTimeout(300);
    expect(sorted(fetched)).toEqual(pageFiles(metafile, widgets));
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('a page with one quote card fetches no timeline code and no events', async () => {
    const { tab, fetched } = await open(['quote-card']);
    await rendered(tab);
    const timelineOnly = [...closure(metafile, 'src/embed/timeline.ts')].filter(
      (file) => !closure(metafile, 'src/embed/quote-card.ts').has(file),
    );
    expect(timelineOnly.length).toBeGreaterThan(0);
    for (const file of timelineOnly) expect(fetched).not.toContain(file);
    expect(await tab.locator('iw-quote-card').locator('blockquote').textContent()).toContain(
      'civilized',
    );
    await tab.close();
  });
});

it('defines a tag that appears after the page has loaded, and loads its code only then', async () => {
  const { tab, fetched, problems } = await open([]);
  await tab.waitForFunction(() => document.readyState === 'complete');
  await tab.waitForTimeout(200);
  expect(fetched).toEqual(['embed.js']);
  expect(await tab.evaluate(() => customElements.get('iw-actor-badge') === undefined)).toBe(true);

  await tab.evaluate(() => {
    const wrapper = document.createElement('div');
    const badge = document.createElement('iw-actor-badge');
    badge.setAttribute('person', 'mohammad-khatami');
    wrapper.append(badge);
    document.body.append(wrapper);
  });
  await rendered(tab);
  expect(await tab.locator('iw-actor-badge').locator('[part="name"]').textContent()).toBe(
    'Mohammad Khatami',
  );
  expect(sorted(fetched)).toEqual(pageFiles(metafile, ['actor-badge']));
  expect(problems).toEqual([]);
  await tab.close();
});

it('loads a badge’s panel, and the events and quotes it lists, when it first opens', async () => {
  const { tab, fetched } = await open(['actor-badge']);
  await rendered(tab);
  const panelFiles = [
    ...closure(metafile, 'src/components/actor-badge/actor-badge.panel.ts'),
    ...closure(metafile, 'iw-data:events'),
    ...closure(metafile, 'iw-data:quotes'),
  ].filter((file) => !pageFiles(metafile, ['actor-badge']).includes(file));
  expect(panelFiles.length).toBeGreaterThan(0);
  for (const file of panelFiles) expect(fetched).not.toContain(file);

  await tab.locator('iw-actor-badge').locator('.trigger').click();
  await tab.evaluate(() => document.querySelector('iw-actor-badge').updateComplete);
  for (const file of panelFiles) expect(fetched).toContain(file);
  const panel = tab.locator('iw-actor-badge').locator('.panel');
  expect(await panel.locator('a').count()).toBeGreaterThan(0);
  expect(await panel.locator('li').count()).toBeGreaterThan(await panel.locator('a').count());
  await tab.close();
});

it('fetches the custom-data validator only once a page sets .data', async () => {
  const { tab, fetched } = await open(['actor-badge']);
  await rendered(tab);
  const validator = [...closure(metafile, '../data/dist/validate.js')];
  for (const file of validator) expect(fetched).not.toContain(file);

  await tab.evaluate(() => {
    document.querySelector('iw-actor-badge').data = { people: 42 };
  });
  await tab.evaluate(() => document.querySelector('iw-actor-badge').rendered);
  for (const file of validator) expect(fetched).toContain(file);
  expect(await tab.locator('iw-actor-badge').locator('[role="alert"]').textContent()).toContain(
    'people',
  );
  await tab.close();
});
