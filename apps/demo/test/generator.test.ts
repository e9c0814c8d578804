// The embed-code generator: the snippets it writes work when pasted into a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { render } from '@iranwire/rapprochement-elements/ssr';
import { STRICT_CSP } from '../server.mjs';
import {
  DESKTOP,
  NO_PROBLEMS,
  launchChromium,
  recordProblems,
  serveDemo,
  type DemoServer,
} from './support';

const require = createRequire(import.meta.url);
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

  // Until the editor says where embed.js is, the snippet carries a placeholder and the page says so.
  const { version } = JSON.parse(
    readFileSync(require.resolve('@iranwire/rapprochement-elements/package.json'), 'utf8'),
  ) as { version: string };
  expect(await page.evaluate(() => document.body.dataset.elementsVersion)).toBe(version);
  const placeholder = `https://YOUR-NPM-CDN/@iranwire/rapprochement-elements@${version}/dist/embed/embed.js`;
  expect(await page.getByLabel('Address of embed.js', { exact: false }).inputValue()).toBe(
    placeholder,
  );
  expect(await page.getByLabel('Script snippet', { exact: true }).inputValue()).toBe(
    `<script type="module" src="${placeholder}"></script>\n` +
      '<iw-timeline lang="fa" density="compact"></iw-timeline>',
  );
  const note = page.locator('[data-snippet-note]');
  expect(await note.textContent()).toContain('still says YOUR-NPM-CDN');

  // The editor gives the address of their copy of the bundle (here, the demo's).
  await page
    .getByLabel('Address of embed.js', { exact: false })
    .fill(`${server.url}/vendor/embed.js`);
  const snippet = await page.getByLabel('Script snippet', { exact: true }).inputValue();
  expect(snippet).toBe(
    `<script type="module" src="${server.url}/vendor/embed.js"></script>\n` +
      '<iw-timeline lang="fa" density="compact"></iw-timeline>',
  );
  expect(await note.textContent()).not.toContain('YOUR-NPM-CDN');

  // Pasted as is into an empty page, it works.
  await page.goto(`${server.url}/index.html`);
  await page.setContent(snippet);
  const items = page.locator('iw-timeline').locator('[part~="item"]');
  await expect.poll(() => items.count()).toBeGreaterThan(5);
  expect(await items.first().locator('time').textContent()).toMatch(/[۰-۹]/);
  // The story itself in Persian: the editors' translation, not English in a Persian frame.
  expect(await items.first().locator('[part~="event-title"]').textContent()).toMatch(
    /^[\s\u0600-\u06FF\u200c]+$/,
  );
  await page.close();
});

test('the iframe snippet and, once in the template, the resizer, pasted into a page, embed the widget and resize it', async () => {
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

  // An empty host field gives a placeholder, never the generator's own address.
  const iframeSnippet = page.getByLabel('Iframe snippet', { exact: false });
  const resizerSnippet = page.getByLabel('Resizer, once, in your page template');
  expect(await page.getByLabel('Where you host the iframe pages').inputValue()).toBe('');
  expect(await iframeSnippet.inputValue()).toContain(
    `src="https://YOUR-HOST/frame/quote-card.html?lang=en&amp;quote=${quote}"`,
  );
  expect(await resizerSnippet.inputValue()).toBe(
    '<script src="https://YOUR-HOST/resizer.js" defer></script>',
  );
  expect(await iframeSnippet.inputValue()).not.toContain('127.0.0.1');
  expect(await page.locator('[data-snippet-note]').textContent()).toContain('YOUR-HOST');

  // The editor's host (a folder without its trailing slash); the iframe snippet has no script in it.
  await page.getByLabel('Where you host the iframe pages').fill(server.url);
  // The frame starts at the preview's height, known once the card has rendered.
  await page
    .locator('[data-preview] iw-quote-card')
    .evaluate((card) => (card as HTMLElement & { rendered: Promise<void> }).rendered);
  await expect
    .poll(async () => Number(/height="(\d+)"/.exec(await iframeSnippet.inputValue())?.[1]))
    .toBeGreaterThan(100);
  const snippet = await iframeSnippet.inputValue();
  expect(snippet).toMatch(/^<iframe [^<]*><\/iframe>$/);
  expect(snippet).toContain(`src="${server.url}/frame/quote-card.html?lang=en&amp;quote=${quote}"`);
  const resizer = await resizerSnippet.inputValue();
  expect(resizer).toBe(`<script src="${server.url}/resizer.js" defer></script>`);

  // Copying puts each on the clipboard and says so in a live region.
  const status = page.locator('[data-copy-status]');
  expect(await status.getAttribute('role')).toBe('status');
  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await expect.poll(() => status.textContent()).toBe('Copied the iframe snippet.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.getByRole('button', { name: 'Copy the resizer snippet' }).click();
  await expect.poll(() => status.textContent()).toBe('Copied the resizer snippet.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(resizer);

  // The resizer in the template's head, the iframe in the article body.
  await page.goto(`${server.url}/index.html`);
  await page.setContent(
    `<!doctype html><html lang="en"><head>${resizer}</head><body><main>${snippet}</main></body></html>`,
  );
  const frame = page.locator('iframe[data-iw-embed]');
  await expect
    .poll(async () => Math.round((await frame.boundingBox())?.height ?? 0), { timeout: 10_000 })
    .not.toBe(260);
  const inner = await (await frame.elementHandle())!.contentFrame();
  expect(await inner!.locator('iw-quote-card').getAttribute('quote')).toBe(quote);
  await context.close();
});

test('changing the options changes the preview and all the snippets', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Where you host the iframe pages').fill('http://127.0.0.1:1/embeds');
  const script = page.getByLabel('Script snippet', { exact: true });
  const iframe = page.getByLabel('Iframe snippet', { exact: false });

  // Timeline: calendar, theme, two people, a highlighted event.
  await page.getByLabel('Calendar').selectOption('persian');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('checkbox', { name: 'Mohammad Khatami' }).check();
  await page.getByRole('checkbox', { name: 'Bill Clinton' }).check();
  const highlight = page.getByLabel('Highlight an event');
  const eventId = await highlight.locator('option:not([disabled])').nth(2).getAttribute('value');
  await highlight.selectOption(eventId!);
  const timeline = page.locator('[data-preview] iw-timeline');
  await expect.poll(() => timeline.getAttribute('highlight')).toBe(eventId);
  expect(await timeline.getAttribute('calendar')).toBe('persian');
  expect(await timeline.getAttribute('theme')).toBe('dark');
  expect(await timeline.getAttribute('actors')).toBe('mohammad-khatami,bill-clinton');
  await expect.poll(() => timeline.locator('[part~="item"]').count()).toBeGreaterThan(0);
  const tag = `<iw-timeline lang="en" calendar="persian" theme="dark" actors="mohammad-khatami,bill-clinton" highlight="${eventId}"></iw-timeline>`;
  expect((await script.inputValue()).split('\n')[1]).toBe(tag);
  expect(await iframe.inputValue()).toContain(
    `src="http://127.0.0.1:1/embeds/frame/timeline.html?lang=en&amp;calendar=persian&amp;theme=dark&amp;actors=mohammad-khatami%2Cbill-clinton&amp;highlight=${eventId}"`,
  );

  // An inline actor badge: only its own options show, and the preview follows.
  await page.getByLabel('Actor badge').check();
  expect(await page.getByLabel('Calendar').isVisible()).toBe(false);
  await page.getByLabel('Person', { exact: true }).selectOption('ali-khamenei');
  await page.getByLabel('Size', { exact: true }).selectOption('inline');
  await page.getByLabel('Language').selectOption('fa');
  const badge = page.locator('[data-preview] iw-actor-badge');
  await expect.poll(() => badge.getAttribute('size')).toBe('inline');
  expect(await badge.getAttribute('person')).toBe('ali-khamenei');
  expect(await badge.getAttribute('lang')).toBe('fa');
  await expect.poll(() => badge.locator('[part~="name"]').textContent()).toContain('خامنه');
  // Theme is kept from the timeline: it is an option of the badge too.
  expect((await script.inputValue()).split('\n')[1]).toBe(
    '<iw-actor-badge lang="fa" theme="dark" person="ali-khamenei" size="inline"></iw-actor-badge>',
  );
  expect(await iframe.inputValue()).toContain(
    'src="http://127.0.0.1:1/embeds/frame/actor-badge.html?lang=fa&amp;theme=dark&amp;person=ali-khamenei&amp;size=inline"',
  );
  await page.close();
});

test('an invalid date is refused on its field (aria-invalid, a message tied to it), not dropped silently', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  const from = page.getByLabel('From date');
  await from.fill('16/01/1998');
  await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
  // The message is announced with the field (aria-describedby) and sits beside it.
  const described = await from.evaluate((input) =>
    input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  expect(described).toContain('from date must be a date such as 1997');
  expect(described).toContain('Did you mean 1998-01-16?');
  const message = page.locator('#opt-from-error');
  expect(await message.isVisible()).toBe(true);
  const [field, note] = [await from.boundingBox(), await message.boundingBox()];
  expect(note!.y - (field!.y + field!.height)).toBeLessThan(40);
  expect(await page.getByLabel('Script snippet', { exact: true }).inputValue()).not.toContain(
    '16/01',
  );
  // Neither snippet passes the refused value on, and the frame keeps the preview's real height.
  const iframe = page.getByLabel('Iframe snippet', { exact: false });
  expect(await iframe.inputValue()).not.toContain('16%2F01');
  const widgetHeight = await page
    .locator('[data-preview] iw-timeline')
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  await expect
    .poll(async () => (await iframe.inputValue()).match(/height="(\d+)"/)?.[1])
    .toBe(`${widgetHeight + 8}`);
  await from.fill('1998-01-16');
  await expect.poll(() => from.getAttribute('aria-invalid')).toBe(null);
  expect(await message.textContent()).toBe('');
  expect(await page.getByLabel('Script snippet', { exact: true }).inputValue()).toContain(
    'from="1998-01-16"',
  );
  await page.close();
});

test('people and kinds of event are checkboxes with plain labels; highlights offer only included events', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  // No multi-selects, no CAMEO codes in what an editor reads.
  expect(await page.locator('select[multiple]').count()).toBe(0);
  const kinds = page.getByRole('group', { name: /Only these kinds of event/ });
  const labels = await kinds
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels![0]!.textContent!.trim()),
    );
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) expect(label).not.toMatch(/\d{3}/);
  expect(labels.some((label) => /^Criticism \(\d+ events?\)$/.test(label))).toBe(true);

  const highlight = page.getByLabel('Highlight an event');
  const offered = () =>
    highlight
      .locator('option:not([disabled]):not([value=""])')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const all = await offered();
  await page.getByRole('checkbox', { name: 'Ali Khamenei' }).check();
  await page.getByLabel('From date').fill('1998-01-10');
  const filtered = await offered();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(all.length);
  // Each offered event is one the preview's timeline shows, and none that it hides is offered.
  const timeline = page.locator('[data-preview] iw-timeline');
  await expect.poll(() => timeline.getAttribute('from')).toBe('1998-01-10');
  await expect
    .poll(() =>
      timeline
        .locator('[part~="item"]')
        .evaluateAll((items) => items.map((item) => item.id.replace(/^iw-event-/, ''))),
    )
    .toEqual(filtered);
  // A highlighted event that a new filter excludes is unselected, not kept in the snippet.
  const early = filtered.find((id) => id.startsWith('1998-01-1') && id < '1998-01-17')!;
  await highlight.selectOption(early);
  await page.getByLabel('From date').fill('1998-01-17');
  await expect.poll(() => highlight.inputValue()).toBe('');
  expect(await page.getByLabel('Script snippet', { exact: true }).inputValue()).not.toContain(
    'highlight=',
  );
  await page.close();
});

test('the snippets sit beside or above the preview, and the iframe starts at the preview’s height', async () => {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ ...DESKTOP, viewport: { width, height: 900 } });
    await page.goto(`${server.url}/generator.html`);
    const snippet = page.getByLabel('Script snippet', { exact: true });
    const preview = page.locator('[data-preview]');
    await expect
      .poll(() => preview.locator('iw-timeline [part~="item"]').count())
      .toBeGreaterThan(5);
    const top = async (locator: typeof snippet) =>
      (await locator.evaluate((element) => element.getBoundingClientRect().top)) + 0;
    expect(await top(snippet)).toBeLessThan(await top(preview));
    if (width === 1280) expect(await top(snippet)).toBeLessThan(900);
    // No fixed height="600": the widget's own height in the preview, which the resizer then follows.
    const height = await preview
      .locator('iw-timeline')
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await expect
      .poll(
        async () =>
          (await page.getByLabel('Iframe snippet', { exact: false }).inputValue()).match(
            /height="(\d+)"/,
          )?.[1],
      )
      .toBe(`${height + 8}`);
    await page.close();
  }
});

test('heading-level and source-url are options of the snippets', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Heading level').selectOption('3');
  await page.getByLabel('Address of the source article').fill('https://news.example/article');
  const script = page.getByLabel('Script snippet', { exact: true });
  await expect
    .poll(() => script.inputValue())
    .toContain('heading-level="3" source-url="https://news.example/article"');
  expect(await page.getByLabel('Iframe snippet', { exact: false }).inputValue()).toContain(
    'heading-level=3&amp;source-url=https%3A%2F%2Fnews.example%2Farticle',
  );
  await page.getByLabel('Address of the source article').fill('javascript:alert(1)');
  await expect
    .poll(() => page.getByLabel('Address of the source article').getAttribute('aria-invalid'))
    .toBe('true');
  expect(await script.inputValue()).not.toContain('javascript');
  await page.close();
});

test('shows what each timeline layout looks like, in English and Persian, before the editor tries it', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  const shots = page.locator('.shots img');
  expect(await shots.count()).toBe(4);
  for (const shot of await shots.all()) {
    await shot.scrollIntoViewIfNeeded();
    await expect
      .poll(() => shot.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(Number(await shot.getAttribute('width')));
    expect((await shot.getAttribute('alt'))!.length).toBeGreaterThan(20);
  }
  const sources = await shots.evaluateAll((images) => images.map((img) => img.getAttribute('src')));
  expect(sources).toEqual([
    'screenshots/timeline-list-en.png',
    'screenshots/timeline-list-fa.png',
    'screenshots/timeline-slides-en.png',
    'screenshots/timeline-slides-fa.png',
  ]);
  await page.close();
});

test('offers both timeline layouts, and the slides layout reaches the snippets and the preview', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Layout').selectOption('slides');
  await expect
    .poll(() => page.locator('[data-preview] iw-timeline').getAttribute('layout'))
    .toBe('slides');
  expect(await page.getByLabel('Script snippet', { exact: true }).inputValue()).toContain(
    'layout="slides"',
  );
  expect(await page.getByLabel('Iframe snippet', { exact: false }).inputValue()).toContain(
    'layout=slides',
  );
  await page.close();
});

/** Serves `body` as a page of the demo's origin, optionally under the strict CSP, and opens it. */
async function paste(page: Page, html: string, { csp = false } = {}): Promise<void> {
  const url = `${server.url}/pasted-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: csp ? { 'content-security-policy': STRICT_CSP } : {},
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Pasted</title></head><body>${html}</body></html>`,
    }),
  );
  await page.goto(url);
}

const prerenderedOf = async (page: Page) => {
  const field = page.getByLabel('Prerendered script snippet', { exact: true });
  const plain = page.getByLabel('Script snippet', { exact: true });
  // Written once the worker has answered for the form as it is now.
  await expect
    .poll(async () => {
      const value = await field.inputValue();
      return (
        value.includes('shadowrootmode') &&
        value.startsWith((await plain.inputValue()).split('\n')[0]!)
      );
    })
    .toBe(true);
  return { plain: await plain.inputValue(), prerendered: await field.inputValue() };
};

test('the prerendered snippet is what iw-prerender writes, reads with JavaScript off, and hydrates, under the strict CSP too', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page.getByLabel('Language').selectOption('fa');
  await page
    .getByLabel('Address of embed.js', { exact: false })
    .fill(`${server.url}/vendor/embed.js`);
  let { plain, prerendered } = await prerenderedOf(page);
  expect(prerendered).toBe(await render(plain, { lang: 'fa' }));
  expect(await page.locator('[data-prerendered-size]').textContent()).toMatch(
    /^Size: [\d.]+ kB of HTML, [\d.]+ kB gzip \(the plain snippet: 0\.\d kB\)\.$/,
  );

  // Without JavaScript the story is there, styled.
  const noScript = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const still = await noScript.newPage();
  await paste(still, prerendered);
  expect(
    await still.evaluate(
      () => document.querySelector('iw-timeline')!.shadowRoot!.querySelectorAll('li.item').length,
    ),
  ).toBe(22);
  await noScript.close();

  // With it, the same markup wakes up: nothing logged, and an event opens.
  const problems = await recordProblems(page, server.url);
  for (const strict of [false, true]) {
    if (strict) {
      await page.goto(`${server.url}/generator.html`);
      await page.getByLabel('Language').selectOption('fa');
      await page
        .getByLabel('Address of embed.js', { exact: false })
        .fill(`${server.url}/vendor/embed.js`);
      await page.getByLabel('Link the stylesheets instead of inlining them').check();
      ({ plain, prerendered } = await prerenderedOf(page));
      expect(prerendered).not.toContain('<style>');
      expect(prerendered).toContain(
        `<link rel="stylesheet" href="${server.url}/vendor/ssr/iw-timeline.css">`,
      );
      expect(prerendered).toBe(
        await render(plain, { lang: 'fa', stylesheets: `${server.url}/vendor/ssr/` }),
      );
    }
    await paste(page, prerendered, { csp: strict });
    await page.waitForFunction(
      () => (document.querySelector('iw-timeline') as { hasUpdated?: boolean } | null)?.hasUpdated,
    );
    const toggle = page.locator('iw-timeline li.item .toggle').first();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual(NO_PROBLEMS);
  }
  await page.close();
});

test('the prerendered snippet of the editor’s own story carries that story', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  await page
    .getByLabel('A TimelineJS3 timeline', { exact: false })
    .setInputFiles(
      fileURLToPath(new URL('../dist/samples/women-in-computing.csv', import.meta.url)),
    );
  await expect
    .poll(() => page.locator('[data-import-report]').textContent())
    .toContain('converted');
  const { prerendered } = await prerenderedOf(page);
  expect(prerendered).toContain('src="story.json"');
  expect(prerendered).toContain('Women in Computing');
  expect(prerendered).not.toContain('Khatami');
  await page.close();
});

test('an address of embed.js that render() would refuse is refused on its field and kept out of the snippets', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${server.url}/generator.html`);
  const field = page.getByLabel('Address of embed.js', { exact: false });
  const snippet = page.getByLabel('Script snippet', { exact: true });
  for (const address of [
    'javascript:alert(1)//embed.js',
    'data:text/javascript,alert(1)//embed.js',
    '//evil.example/embed.js',
    '/\\evil.example/embed.js',
    'https://cdn.example/embed/embed.js',
    '/widgets/embed.js',
    'widgets/embed.js',
  ]) {
    await field.fill(address);
    const base = address.slice(0, address.lastIndexOf('/') + 1);
    const refused = await render('iw-actor-badge', { embedBase: base }).then(
      () => false,
      () => true,
    );
    expect(await field.getAttribute('aria-invalid'), address).toBe(refused ? 'true' : null);
    if (refused) {
      expect(await page.locator('#opt-embed-error').textContent()).toMatch(
        /^Not used: the address /,
      );
      expect(await snippet.inputValue()).not.toContain(address);
    } else expect(await snippet.inputValue()).toContain(`src="${address}"`);
  }
  await page.close();
});
