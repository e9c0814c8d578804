/**
 * The TimelineJS export as its users see it: dist/timelinejs.json loaded into the pinned
 * TimelineJS3 (the same version the benchmark uses) in Chromium, served from 127.0.0.1 only.
 * Checks the order TimelineJS gives the slides and the text on them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { DIST_DIR } from '../scripts/paths';

const require = createRequire(import.meta.url);
const TIMELINEJS_DIST = join(
  dirname(require.resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="stylesheet" href="/vendor/css/timeline.css">
<script src="/vendor/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<script>
  fetch('/timelinejs.json').then((r) => r.json()).then((story) => {
    const timeline = new TL.Timeline('timeline-embed', story, { script_path: '/vendor/js/', font: null, language: 'en' });
    timeline.on('ready', () => { window.timeline = timeline; window.ready = true; });
  }, (error) => { window.failed = String(error); });
</script></body></html>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html',
};

let server: Server;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file =
      path === '/'
        ? null
        : path === '/timelinejs.json'
          ? join(DIST_DIR, 'timelinejs.json')
          : path.startsWith('/vendor/')
            ? join(TIMELINEJS_DIST, normalize(path.slice('/vendor/'.length)))
            : undefined;
    try {
      const body = file === null ? PAGE : file ? readFileSync(file) : undefined;
      if (body === undefined) throw new Error('not found');
      res.setHeader(
        'Content-Type',
        `${TYPES[path === '/' ? '.html' : path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream'}; charset=utf-8`,
      );
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForFunction(
    () =>
      (window as unknown as { ready?: boolean; failed?: string }).ready ||
      (window as unknown as { failed?: string }).failed,
    undefined,
    { timeout: 15_000 },
  );
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Slide {
  id: string;
  headline: string;
  date: string;
  text: string;
}

const slides = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tl-slide')]
      .filter((slide) => !slide.classList.contains('tl-slide-titleslide'))
      .map((slide) => ({
        id: slide.id,
        headline: slide.querySelector('.tl-headline')?.textContent?.trim() ?? '',
        date: slide.querySelector('.tl-headline-date')?.textContent?.trim() ?? '',
        text: slide.querySelector('.tl-text-content')?.textContent ?? '',
      })),
  ) as Promise<Slide[]>;

describe('dist/timelinejs.json in TimelineJS3', () => {
  it('loads without touching the network beyond 127.0.0.1', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { failed?: string }).failed),
    ).toBeUndefined();
    for (const url of requests) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('orders the slides as the story does, months placed among the dated days', async () => {
    expect((await slides()).map((s) => s.id)).toEqual([
      '1979-us-embassy-occupation',
      '1997-khatami-wins-presidential-election',
      '1997-08-khatami-takes-office',
      '1997-12-islamic-summit',
      '1997-12-cnn-interview',
      '1997-12-14-tehran-divided-over-interview',
      '1997-12-27-us-message-reaches-swiss-embassy',
      '1997-12-27-expediency-council-meeting',
      '1997-12-27-khatami-consults-rafsanjani',
      '1998-01-04-rouhani-visits-rafsanjani',
      '1998-01-04-iftar-with-khamenei',
      '1998-01-10-khatami-visits-rafsanjani',
      '1998-01-11-akhundi-visits-rafsanjani',
      '1998-01-11-newspapers-turn-to-insults',
      '1998-01-15-nategh-nouri-on-the-leadership',
      '1998-01-besharati-advises-khamenei',
      '1998-01-16-friday-sermon',
      '1998-01-16-rafsanjani-on-the-sermon',
      '1998-01-18-zanganeh-visits-rafsanjani',
      '1998-01-agha-mohammadi-on-cnn-conditions',
      '1998-01-20-khatami-speaks-against-relations',
      '1998-01-20-western-politicians-see-contradiction',
    ]);
  });

  it('shows a placed month as the month, and each slide’s text once', async () => {
    const all = await slides();
    const slide = (id: string) => all.find((s) => s.id === id)!;
    expect(slide('1998-01-besharati-advises-khamenei').date).toBe('January 1998');
    expect(slide('1997-12-cnn-interview').date).toBe('perhaps 13 December 1997');
    const sermon = slide('1998-01-16-friday-sermon').text;
    expect(sermon.split('I prayed for both him').length - 1).toBe(1);
    const diary = slide('1997-12-27-khatami-consults-rafsanjani').text;
    expect(diary.split('ready to negotiate').length - 1).toBe(1);
    const interview = slide('1997-12-cnn-interview').text;
    expect(interview).toContain('He went on to say Americans were a “civilized” people');
    expect(interview.split('He went on to say').length - 1).toBe(1);
    expect(slide('1997-12-14-tehran-divided-over-interview').text).toMatch(/IranWire, ¶8$/);
  });
});
