// The widgets on host pages they did not make (issue 14): a page with only an h1 and the three
// widgets, light, dark and both, read with a light and a dark system, in English and Persian; the
// frame pages as documents of their own; the colour-scheme rule (docs/decisions/0027); the inline
// badge's monogram inside its circle at 100% and 200% zoom.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  axeViolations,
  launchChromium,
  serveDemo,
  widgetsRendered,
  type DemoServer,
} from './support';

let browser: Browser;
let server: DemoServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDemo()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LANGS = ['en', 'fa'] as const;
const SCHEMES = ['light', 'dark'] as const;

async function open(path: string, colorScheme: 'light' | 'dark', viewport = DESKTOP.viewport!) {
  const context = await browser.newContext({ ...DESKTOP, viewport, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/${path}`);
  // A frame refusing its parameters shows an alert instead of a widget.
  if (path.includes('size=wrong')) await page.waitForSelector('[role="alert"]');
  else await widgetsRendered(page);
  return { page, close: () => context.close() };
}

describe('axe finds no violation on a page with only an h1 and the three widgets', () => {
  const cases = ['scheme-light.html', 'scheme-dark.html', 'scheme-both.html'].flatMap((path) =>
    LANGS.flatMap((lang) => SCHEMES.map((os) => [path, lang, os] as const)),
  );
  test.each(cases)('%s in %s, the reader’s system %s', async (path, lang, os) => {
    const { page, close } = await open(`${path}?lang=${lang}`, os);
    expect(await page.evaluate(() => document.querySelectorAll('h1, h2, h3').length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('the frame pages are documents of their own', () => {
  const frames = [
    'frame/timeline.html?lang={lang}',
    'frame/quote-card.html?quote=khatami-civilized&lang={lang}',
    'frame/actor-badge.html?person=ali-khamenei&lang={lang}',
    'frame/actor-badge.html?person=nobody&size=wrong&lang={lang}',
  ];
  test.each(frames.flatMap((frame) => LANGS.map((lang) => [frame.replace('{lang}', lang)])))(
    '%s has a main, an h1, a sans-serif body font and no axe violation',
    async (path) => {
      const { page, close } = await open(path, 'light');
      const shape = await page.evaluate(() => ({
        mains: document.querySelectorAll('main').length,
        h1: document.querySelectorAll('h1').length,
        outside: [...document.body.children].filter(
          (child) => child.localName !== 'main' && child.localName !== 'script',
        ).length,
        font: getComputedStyle(document.body).fontFamily,
      }));
      expect(shape).toMatchObject({ mains: 1, h1: 1, outside: 0 });
      expect(shape.font).toMatch(/system-ui/);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await close();
    },
  );
});

/** The quote card's text and background, and the inline badge's name colour with its paragraph's. */
function colours(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('iw-quote-card')!.shadowRoot!.querySelector('figure')!;
    const badge = document.querySelector('iw-actor-badge[size="inline"]')!;
    const name = badge.shadowRoot!.querySelector('[part~="name"]')!;
    return {
      card: getComputedStyle(figure).color,
      name: getComputedStyle(name).color,
      paragraph: getComputedStyle(badge.parentElement!).color,
    };
  });
}

const LIGHT_TEXT = 'rgb(27, 27, 31)';
const DARK_TEXT = 'rgb(236, 238, 242)';

describe('theme="auto" follows the page’s declared colour scheme, not the reader’s system', () => {
  test.each([
    ['scheme-light.html', 'dark', LIGHT_TEXT],
    ['scheme-light.html', 'light', LIGHT_TEXT],
    ['scheme-dark.html', 'light', DARK_TEXT],
    ['scheme-dark.html', 'dark', DARK_TEXT],
    ['scheme-both.html', 'dark', DARK_TEXT],
    ['scheme-both.html', 'light', LIGHT_TEXT],
  ] as const)('%s read with a %s system', async (path, os, cardText) => {
    const { page, close } = await open(path, os);
    const { card, name, paragraph } = await colours(page);
    expect(card).toBe(cardText);
    // The inline badge is part of the sentence: the paragraph's colour, whatever the scheme.
    expect(name).toBe(paragraph);
    await close();
  });
});

/**
 * Where each inline badge's monogram ink lies against its circle: the glyphs' ink box (canvas
 * measureText with the monogram's own font) placed at the text's position, and the largest distance
 * of its corners from the circle's centre, over the radius. Above 1, ink leaves the circle.
 */
function monogramFits(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const context = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll('iw-actor-badge[size="inline"]')].map((badge) => {
      const avatar = badge.shadowRoot!.querySelector<HTMLElement>('[part~="avatar"]')!;
      const style = getComputedStyle(avatar);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      context.direction = 'ltr';
      context.textAlign = 'left';
      const text = avatar.textContent!.trim();
      const ink = context.measureText(text);
      const range = document.createRange();
      range.selectNodeContents(avatar);
      const run = range.getBoundingClientRect();
      const circle = avatar.getBoundingClientRect();
      // The run's baseline: its line box is centred on the font's ascent and descent.
      const baseline =
        run.top +
        (run.height - ink.fontBoundingBoxAscent - ink.fontBoundingBoxDescent) / 2 +
        ink.fontBoundingBoxAscent;
      const left = run.left + (run.width - ink.width) / 2 - ink.actualBoundingBoxLeft;
      const right = run.left + (run.width - ink.width) / 2 + ink.actualBoundingBoxRight;
      const top = baseline - ink.actualBoundingBoxAscent;
      const bottom = baseline + ink.actualBoundingBoxDescent;
      const [cx, cy, r] = [
        circle.left + circle.width / 2,
        circle.top + circle.height / 2,
        circle.width / 2,
      ];
      const reach = Math.max(
        ...[
          [left, top],
          [right, top],
          [left, bottom],
          [right, bottom],
        ].map(([x, y]) => Math.hypot(x! - cx, y! - cy)),
      );
      return {
        person: badge.getAttribute('person'),
        text,
        ratio: Math.round((reach / r) * 100) / 100,
        round: Math.abs(circle.width - circle.height) < 0.5,
      };
    });
  });
}

describe('the inline badge’s monogram fits its circle', () => {
  // Browser zoom at 200% is a device pixel ratio of 2 with half the CSS viewport.
  test.each(
    ['article-en.html', 'article-fa.html'].flatMap((path) =>
      [1, 2].map((zoom) => [path, `${zoom * 100}%`, zoom] as const),
    ),
  )('on %s at %s zoom', async (path, _, zoom) => {
    const context = await browser.newContext({
      ...DESKTOP,
      viewport: { width: 1280 / zoom, height: 800 / zoom },
      deviceScaleFactor: zoom,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/${path}`);
    await widgetsRendered(page);
    const fits = await monogramFits(page);
    expect(fits.length).toBeGreaterThan(2);
    const outside = fits.filter((fit) => !fit.round || fit.ratio > 1);
    expect(outside).toEqual([]);
    await context.close();
  });
});

test('a source link on a third-party page reaches the cited paragraph of the shipped source page', async () => {
  const { page, close } = await open('scheme-light.html', 'light');
  const link = page.locator('iw-quote-card').locator('[part~="source"] a');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\/vendor\/source\.html#p\d+:~:text=/);
  await link.click();
  await page.waitForURL(/source\.html/);
  const paragraph = href.match(/#p(\d+)/)![1];
  const target = await page.evaluate(() => ({
    id: document.querySelector(':target')?.id,
    text: document.querySelector(':target')?.textContent ?? '',
    styled: getComputedStyle(document.body).maxWidth,
  }));
  expect(target.id).toBe(`p${paragraph}`);
  const firstWords = decodeURIComponent(href.split(':~:text=')[1]!.split(',')[0]!);
  expect(target.text).toContain(firstWords);
  expect(target.styled).not.toBe('none');
  await close();
});
