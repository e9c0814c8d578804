// Stories fetched by `src` from servers that misbehave (issue 24): a listed origin that redirects to
// an unlisted one, a body too large to hold, a server that never answers, a file that is not JSON, a
// password in the address, a failure that must not be remembered. Two servers on 127.0.0.1 are two
// origins; embed.js is the built one.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { newsroomDataset } from './fixtures.ts';

const STORY = JSON.stringify(newsroomDataset());
const servers = [];
/** The page's origin and a second one, which the page may list in src-origins. */
let page;
let data;
let browser;
/** Requests each server received, by path. */
const received = { page: [], data: [] };
/** How often /flaky.json has been asked for: it fails once, then works. */
let flaky = 0;

function serve(name, handle) {
  const server = createServer((request, response) => {
    received[name].push(new URL(request.url, 'http://127.0.0.1').pathname);
    handle(request, response);
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );
}

beforeAll(async () => {
  const embedDir = new URL('../dist/embed/', import.meta.url);
  const cors = { 'access-control-allow-origin': '*' };
  data = await serve('data', (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    if (pathname === '/redirect.json')
      // Listed itself, it sends the widget on to another origin, which nobody listed.
      return response.writeHead(302, { ...cors, location: `${page}/unlisted-target.json` }).end();
    if (pathname === '/story.json')
      return response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(STORY);
    response.writeHead(404, cors).end();
  });
  page = await serve('page', async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/')
      return response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>src</title><script type="module" src="/embed/embed.js"></script></head><body>${url.searchParams.get('body')}</body></html>`,
        );
    const match = /^\/embed\/([\w.-]+\.js)$/.exec(url.pathname);
    if (match) {
      const body = await readFile(new URL(match[1], embedDir)).catch(() => undefined);
      return body
        ? response.writeHead(200, { 'content-type': 'text/javascript' }).end(body)
        : response.writeHead(404).end();
    }
    if (url.pathname === '/huge.json') {
      // Says nothing of its length, and would go on for 700 MB.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 32);
      let sent = 0;
      const more = () => {
        while (sent < 700 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return response.once('drain', more);
        }
        response.end();
      };
      response.on('close', () => (sent = 700));
      return more();
    }
    if (url.pathname === '/declared-huge.json')
      return response
        .writeHead(200, { 'content-type': 'application/json', 'content-length': 700_000_000 })
        .end();
    if (url.pathname === '/silent.json') return; // never answers
    if (url.pathname === '/notes.txt')
      return response.writeHead(200, { 'content-type': 'text/plain' }).end(STORY);
    if (url.pathname === '/flaky.json')
      return flaky++ === 0
        ? response.writeHead(503).end()
        : response.writeHead(200, { 'content-type': 'application/json' }).end(STORY);
    response.writeHead(404).end();
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The text of the first widget's error (or of its first event), once it has one. */
async function shown(tab) {
  return tab.evaluate(async () => {
    const widget = document.querySelector('iw-timeline, iw-quote-card');
    await customElements.whenDefined(widget.localName);
    await widget.rendered;
    const root = widget.shadowRoot;
    return (root.querySelector('[role="alert"]') ?? root.querySelector('li.item'))?.textContent
      .replace(/\s+/g, ' ')
      .trim();
  });
}

const open = async (body, setup) => {
  const tab = await browser.newPage();
  await setup?.(tab);
  await tab.goto(`${page}/?body=${encodeURIComponent(body)}`);
  return tab;
};

it('a listed origin that redirects: refused, and the unlisted origin is never asked', async () => {
  const tab = await open(
    `<iw-timeline lang="en" src="${data}/redirect.json" src-origins="${data}"></iw-timeline>`,
  );
  expect(await shown(tab)).toMatch(/redirect\.json redirects elsewhere/);
  expect(received.page).not.toContain('/unlisted-target.json');
  // The same listed origin, answering itself, is shown.
  await tab.goto(
    `${page}/?body=${encodeURIComponent(`<iw-timeline lang="en" src="${data}/story.json" src-origins="${data}"></iw-timeline>`)}`,
  );
  expect(await shown(tab)).toContain('The storm');
  await tab.close();
});

it('a story too large: refused on its declared length, or once 20 MB have come, not after 700 MB', async () => {
  const declared = await open('<iw-timeline lang="en" src="/declared-huge.json"></iw-timeline>');
  expect(await shown(declared)).toMatch(
    /This story could not be loaded:.*declared-huge\.json is 700000000 bytes/,
  );
  await declared.close();
  const streamed = await open('<iw-timeline lang="en" src="/huge.json"></iw-timeline>');
  expect(await shown(streamed)).toMatch(/huge\.json is over 20000000 bytes/);
  await streamed.close();
}, 30_000);

it('a server that never answers: a visible message after 30 s, not "Checking the data…" forever', async () => {
  const tab = await open('<iw-timeline lang="en" src="/silent.json"></iw-timeline>', (tab) =>
    tab.clock.install(),
  );
  await tab.waitForFunction(() =>
    document.querySelector('iw-timeline')?.shadowRoot?.querySelector('[role="status"]'),
  );
  await tab.clock.runFor(31_000);
  expect(await shown(tab)).toMatch(/silent\.json did not answer within 30 s/);
  await tab.close();
});

it('a page’s own file that is not served as JSON is not a story', async () => {
  const tab = await open('<iw-timeline lang="en" src="/notes.txt"></iw-timeline>');
  expect(await shown(tab)).toMatch(/notes\.txt is served as text\/plain, not as JSON/);
  await tab.close();
});

it('a password in the address is never shown, and a failure is tried again, worded as a failure', async () => {
  const tab = await open(
    `<iw-timeline lang="en" src="${data.replace('http://', 'http://reader:secret@')}/nothing.json" src-origins="${data}"></iw-timeline>`,
  );
  const error = await shown(tab);
  expect(error).not.toContain('secret');
  expect(error).toMatch(/^This story could not be loaded: .*holds a user name or password/);
  await tab.close();

  // The first fetch fails; a widget added later fetches again instead of repeating the failure.
  const again = await open('<iw-timeline lang="en" src="/flaky.json"></iw-timeline>');
  expect(await shown(again)).toMatch(/flaky\.json answered 503/);
  await again.evaluate(async () => {
    const second = document.createElement('iw-timeline');
    second.setAttribute('lang', 'en');
    second.setAttribute('src', '/flaky.json');
    document.querySelector('iw-timeline').replaceWith(second);
  });
  expect(await shown(again)).toContain('The storm');
  await again.close();
});
