// A TimelineJS3 timeline moved over with no code: the imported-timeline page beside TimelineJS3
// itself, the generator converting a file in the page, and a frame page reading a story by `src`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  axeViolations,
  launchChromium,
  recordProblems,
  serveDemo,
  type DemoServer,
} from './support';

const SHEET = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'src/js/core/__tests__/women_in_computing.csv',
);

let browser: Browser;
let server: DemoServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDemo()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The headlines the timeline shows, once it has rendered. */
async function headlines(page: Page, selector: string): Promise<string[]> {
  const timeline = page.locator(selector);
  await expect.poll(() => timeline.locator('[part~="item"]').count()).toBeGreaterThan(0);
  return (await timeline.locator('[part~="event-title"]').allTextContents()).map((text) =>
    text.trim(),
  );
}

describe('the imported-timeline page', () => {
  test('shows every slide TimelineJS3 shows, loads nothing from elsewhere itself, and passes axe', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems = await recordProblems(page, server.url);
    await page.goto(`${server.url}/imported.html`);
    const ours = await headlines(page, 'iw-timeline');

    // TimelineJS3 in its frame, reading the same CSV: its slides' headlines, title slide first.
    const frame = page.frameLocator('iframe[src="timelinejs-original.html"]');
    await expect.poll(() => frame.locator('html[data-ready]').count(), { timeout: 30_000 }).toBe(1);
    const theirs = (await frame.locator('.tl-slide .tl-headline').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(theirs[0]).toBe('Women in Computing');
    expect(ours).toEqual(theirs.slice(1));

    // TimelineJS3 reaches for Wikimedia as the page opens (its frame's CSP blocks it here); the
    // top page, with our widget, asks no other host for anything.
    await page.waitForLoadState('networkidle', { timeout: 50_000 });
    expect(problems.pageErrors).toEqual([]);
    const topFrameForeign = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => !url.startsWith(location.origin)),
    );
    expect(topFrameForeign).toEqual([]);

    // The image waits for the reader, and says where it would come from.
    await page.locator('iw-timeline').locator('.toggle', { hasText: 'Ada Lovelace' }).click();
    await expect
      .poll(() => page.locator('iw-timeline').locator('figure.media button').first().textContent())
      .toMatch(/Show the image from upload\.wikimedia\.org/);

    // Our half of the page: no axe violation (TimelineJS3's frame is its own).
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the embed-code generator', () => {
  test('converts a TimelineJS3 sheet in the page: preview, warnings, download, and a snippet with src', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/generator.html`);
    await page.getByLabel('A TimelineJS3 timeline', { exact: false }).setInputFiles(SHEET);
    const report = page.locator('[data-import-report]');
    await expect.poll(() => report.textContent()).toContain('converted, with');
    expect(await report.textContent()).toContain(
      'Row 5, Background: slide backgrounds are not kept',
    );
    expect(
      await report.getByRole('link', { name: 'Download story.json' }).getAttribute('download'),
    ).toBe('story.json');

    // The preview shows the editor's story; the snippet names where it will be hosted.
    expect(await headlines(page, '[data-preview] iw-timeline')).toContain('Ada Lovelace');
    // Handed over as data: a strict connect-src would block fetching a blob: URL.
    expect(await page.locator('[data-preview] iw-timeline').getAttribute('src')).toBeNull();
    const snippet = page.getByLabel('Script snippet', { exact: true });
    await expect.poll(() => snippet.inputValue()).toMatch(/<iw-timeline [^>]*src="story.json"/);
    await page.getByLabel('Address of story.json on your site').fill('/stories/women.json');
    await expect.poll(() => snippet.inputValue()).toContain('src="/stories/women.json"');
    // The built-in story's filters mean nothing for this one.
    expect(await page.getByLabel('Highlight', { exact: false }).isVisible()).toBe(false);
    expect(await page.getByLabel('Iframe snippet', { exact: false }).inputValue()).toContain(
      'src=%2Fstories%2Fwomen.json',
    );
    expect(await page.getByLabel('Iframe snippet', { exact: false }).inputValue()).toContain(
      'title="Timeline: Women in Computing"',
    );
    await page.close();
  });

  test('converts a large file beside the page, which stays usable and says it is at work', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/generator.html`);
    // 150,000 slides of one headline, 3 MB: seconds of work, which once froze the page.
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const rows = Array.from(
      { length: 150_000 },
      (_, i) => `${1900 + (i % 100)},,,,,,,,,Same,,,,,,,,`,
    );
    await page.getByLabel('A TimelineJS3 timeline', { exact: false }).setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    const report = page.locator('[data-import-report]');
    await expect.poll(() => report.locator('progress').count(), { timeout: 5_000 }).toBe(1);
    expect(await report.textContent()).toContain('Converting large.csv');
    // The page answers while the file converts: were the work on the page's thread, this would
    // wait until it had finished, and find the progress bar gone.
    expect(
      await page.evaluate(() => document.querySelector('[data-import-report] progress') !== null),
    ).toBe(true);
    await expect.poll(() => report.textContent(), { timeout: 60_000 }).toContain('converted, with');
    expect(await report.locator('progress').count()).toBe(0);
    await page.close();
  }, 90_000);

  test('under the strict CSP too, the preview shows the converted story', async () => {
    const strict = await serveDemo({ csp: true });
    const page = await browser.newPage(DESKTOP);
    const problems = await recordProblems(page, strict.url);
    await page.goto(`${strict.url}/generator.html`);
    await page.getByLabel('A TimelineJS3 timeline', { exact: false }).setInputFiles(SHEET);
    await expect
      .poll(() => headlines(page, '[data-preview] iw-timeline'), { timeout: 10_000 })
      .toContain('Ada Lovelace');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
    await strict.close();
  });

  test('a file that is not a timeline says why', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/generator.html`);
    await page.getByLabel('A TimelineJS3 timeline', { exact: false }).setInputFiles({
      name: 'notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,count\nA,1\n'),
    });
    await expect
      .poll(() => page.locator('[data-import-report]').textContent())
      .toContain("notes.csv could not be read: Line 1: the columns are not TimelineJS3's template");
    expect(await page.locator('[data-preview] iw-timeline').getAttribute('src')).toBeNull();
    await page.close();
  });
});

test('a frame page reads a story by src, from its own site', async () => {
  const page = await browser.newPage(DESKTOP);
  const problems = await recordProblems(page, server.url);
  await page.goto(`${server.url}/frame/timeline.html?src=../samples/women-in-computing.story.json`);
  expect(await headlines(page, 'iw-timeline')).toContain('Grace Hopper invents the compiler');
  await page.waitForLoadState('networkidle', { timeout: 50_000 });
  expect(problems.foreignRequests).toEqual([]);
  await page.close();
});
