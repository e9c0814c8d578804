/**
 * The TimelineJS exports as their users see them: dist/timelinejs.json, and the Persian
 * dist/timelinejs.fa.json with TimelineJS3's `fa` language, loaded into the pinned TimelineJS3 (the
 * same version the benchmark uses) in Chromium, served from 127.0.0.1 only. Checks the order
 * TimelineJS gives the slides and the text on them.
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

const page = (lang: 'en' | 'fa') => `<!doctype html>
<html lang="${lang}"${lang === 'fa' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="stylesheet" href="/vendor/css/timeline.css">
<script src="/vendor/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<script>
  fetch('/${lang === 'fa' ? 'timelinejs.fa.json' : 'timelinejs.json'}').then((r) => r.json()).then((story) => {
    const timeline = new TL.Timeline('timeline-embed', story, { script_path: '/vendor/js/', font: null, language: '${lang}' });
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
const pages = {} as Record<'en' | 'fa', Page>;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file =
      path === '/' || path === '/fa'
        ? null
        : path === '/timelinejs.json' || path === '/timelinejs.fa.json'
          ? join(DIST_DIR, path.slice(1))
          : path.startsWith('/vendor/')
            ? join(TIMELINEJS_DIST, normalize(path.slice('/vendor/'.length)))
            : undefined;
    try {
      const body =
        file === null ? page(path === '/fa' ? 'fa' : 'en') : file ? readFileSync(file) : undefined;
      if (body === undefined) throw new Error('not found');
      res.setHeader(
        'Content-Type',
        `${TYPES[file === null ? '.html' : path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream'}; charset=utf-8`,
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
  for (const lang of ['en', 'fa'] as const) {
    const tab = (pages[lang] = await browser.newPage());
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(`http://127.0.0.1:${address.port}/${lang === 'fa' ? 'fa' : ''}`);
    await tab.waitForFunction(
      () =>
        (window as unknown as { ready?: boolean; failed?: string }).ready ||
        (window as unknown as { failed?: string }).failed,
      undefined,
      { timeout: 15_000 },
    );
  }
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

/** The story's order, months placed among the dated days. */
const ORDER = [
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
];

const slides = (lang: 'en' | 'fa' = 'en') =>
  pages[lang].evaluate(() =>
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
    for (const tab of Object.values(pages))
      expect(
        await tab.evaluate(() => (window as unknown as { failed?: string }).failed),
      ).toBeUndefined();
    for (const url of requests) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('orders the slides as the story does, months placed among the dated days', async () => {
    expect((await slides()).map((s) => s.id)).toEqual(ORDER);
    expect((await slides('fa')).map((s) => s.id)).toEqual(ORDER);
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

  it('in Persian: Persian text, Solar Hijri dates, and every translated quote said to be ours', async () => {
    const all = await slides('fa');
    const slide = (id: string) => all.find((s) => s.id === id)!;
    // TimelineJS3's own fa locale would label 16 January 1998 «۱۶ فروردین»: the labels are ours.
    expect(slide('1998-01-16-friday-sermon').date).toBe('۲۶ دی ۱۳۷۶');
    expect(slide('1998-01-besharati-advises-khamenei').date).toBe('دی–بهمن ۱۳۷۶');
    expect(slide('1998-01-16-friday-sermon').headline).toBe(
      'خامنه\u200cای در خطبهٔ نماز جمعه مذاکره با آمریکا را رد کرد',
    );
    const notice =
      'این نقل‌قول ترجمهٔ فارسی متن انگلیسی ایران\u200cوایر است، نه عین گفته یا نوشتهٔ اصلی.';
    const sermon = slide('1998-01-16-friday-sermon').text;
    // Three quotes shown (two nested in the long one are not repeated), each with the notice.
    expect(sermon.split(notice).length - 1).toBe(3);
    expect(sermon.split('برای او و وزیر امور خارجه').length - 1).toBe(1);
    for (const { headline, text } of all) {
      const letters = `${headline}${text}`.match(/\p{L}/gu) ?? [];
      const latin = letters.filter((c) => /[A-Za-z]/.test(c));
      expect(latin, headline).toEqual([]);
    }
    expect(slide('1997-12-14-tehran-divided-over-interview').text).toMatch(/ایران\u200cوایر، ¶۸$/);
  });
});
