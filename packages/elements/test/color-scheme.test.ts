// The colour-scheme rule (docs/decisions/0027): `theme="auto"` follows the colour scheme the host
// page declares (light when it declares none), never the reader's OS preference directly; inline
// badges take the paragraph's colours; print is dark ink on white whatever the theme.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import type { IwQuoteCard } from '../src/components/quote-card/quote-card.component.js';
import type { IwActorBadge } from '../src/components/actor-badge/actor-badge.component.js';
import { mount, shadow } from './helpers.js';

const LIGHT_TEXT = 'rgb(27, 27, 31)'; // #1b1b1f
const DARK_TEXT = 'rgb(236, 238, 242)'; // #eceef2
// A quote card is a raised surface.
const LIGHT_SURFACE = 'rgb(242, 243, 245)'; // #f2f3f5
const DARK_SURFACE = 'rgb(36, 39, 45)'; // #24272d

async function emulate(media: string, scheme?: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    media,
    features: scheme ? [{ name: 'prefers-color-scheme', value: scheme }] : [],
  });
}

/** Declares a colour scheme on the host page, as `:root { color-scheme: … }` would. */
function declare(scheme: string): void {
  document.documentElement.style.colorScheme = scheme;
}

afterEach(async () => {
  declare('');
  document.querySelector('meta[name="color-scheme"]')?.remove();
  await emulate('');
});

/** The text and background a quote card paints. */
async function cardColours(theme = 'auto'): Promise<[string, string]> {
  const card = await mount<IwQuoteCard>(
    `<iw-quote-card quote="khatami-civilized" lang="en" theme="${theme}"></iw-quote-card>`,
  );
  const figure = shadow(card).querySelector('figure')!;
  return [getComputedStyle(figure).color, getComputedStyle(figure).backgroundColor];
}

describe('colour scheme from the host page', () => {
  it.each([
    // [page declares, reader's OS, expected]
    ['', 'dark', 'light'],
    ['', 'light', 'light'],
    ['light', 'dark', 'light'],
    ['dark', 'light', 'dark'],
    ['dark', 'dark', 'dark'],
    ['light dark', 'dark', 'dark'],
    ['light dark', 'light', 'light'],
  ] as const)(
    'theme="auto" on a page declaring “%s” read with a %s OS is %s',
    async (page, os, expected) => {
      declare(page);
      await emulate('screen', os);
      const [text, surface] = await cardColours();
      expect([text, surface]).toEqual(
        expected === 'light' ? [LIGHT_TEXT, LIGHT_SURFACE] : [DARK_TEXT, DARK_SURFACE],
      );
    },
  );

  it('follows <meta name="color-scheme"> as a declaration too', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'color-scheme',
      content: 'dark',
    });
    document.head.append(meta);
    await emulate('screen', 'light');
    expect(await cardColours()).toEqual([DARK_TEXT, DARK_SURFACE]);
  });

  it('lets theme="light" and theme="dark" override the page', async () => {
    declare('dark');
    expect(await cardColours('light')).toEqual([LIGHT_TEXT, LIGHT_SURFACE]);
    declare('light');
    expect(await cardColours('dark')).toEqual([DARK_TEXT, DARK_SURFACE]);
  });

  it('follows an ancestor that declares its own scheme (a dark section of a light page)', async () => {
    const section = document.createElement('section');
    section.style.colorScheme = 'dark';
    document.body.append(section);
    const card = document.createElement('iw-quote-card') as IwQuoteCard;
    card.setAttribute('quote', 'khatami-civilized');
    section.append(card);
    await card.rendered;
    expect(getComputedStyle(shadow(card).querySelector('figure')!).color).toBe(DARK_TEXT);
    section.remove();
  });
});

describe('inline badges in running text', () => {
  it.each(['auto', 'light', 'dark'])(
    'take the paragraph’s colour with theme="%s"; the panel keeps the theme',
    async (theme) => {
      await emulate('screen', 'dark');
      const paragraph = await mount<HTMLParagraphElement>(
        `<p style="color: rgb(10, 90, 30); background: rgb(250, 250, 240)">Said <iw-actor-badge person="mohammad-khatami" size="inline" theme="${theme}"></iw-actor-badge> today.</p>`,
      );
      const badge = paragraph.querySelector<IwActorBadge>('iw-actor-badge')!;
      await badge.rendered;
      const root = shadow(badge);
      for (const selector of ['.trigger', '.name', '.avatar']) {
        expect(getComputedStyle(root.querySelector(selector)!).color, selector).toBe(
          'rgb(10, 90, 30)',
        );
      }
      const trigger = root.querySelector<HTMLElement>('.trigger')!;
      expect(getComputedStyle(trigger).backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(root.querySelector('.avatar')!).backgroundColor).toBe(
        'rgba(0, 0, 0, 0)',
      );
      expect(getComputedStyle(trigger).borderBottomColor).toBe('rgb(10, 90, 30)');
      await userEvent.click(trigger);
      await badge.updateComplete;
      const panel = root.querySelector<HTMLElement>('.panel')!;
      expect(getComputedStyle(panel).color).toBe(theme === 'dark' ? DARK_TEXT : LIGHT_TEXT);
      await userEvent.keyboard('{Escape}');
    },
  );

  it('block badges still paint their own surface', async () => {
    declare('light');
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="mohammad-khatami" theme="dark"></iw-actor-badge>',
    );
    const trigger = shadow(badge).querySelector('.trigger')!;
    expect(getComputedStyle(trigger).color).toBe(DARK_TEXT);
    expect(getComputedStyle(trigger).backgroundColor).toMatch(/^rgb\((23, 25, 29|36, 39, 45)\)$/);
  });
});

describe('print', () => {
  it('prints theme="dark" and a dark page as dark ink on white', async () => {
    declare('dark');
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" theme="dark"></iw-quote-card>',
    );
    const figure = shadow(card).querySelector('figure')!;
    expect(getComputedStyle(figure).color).toBe(DARK_TEXT);
    await emulate('print');
    expect(getComputedStyle(figure).color).toBe(LIGHT_TEXT);
    expect(getComputedStyle(figure).backgroundColor).toBe(LIGHT_SURFACE);
  });

  it('isolates the printed URL left to right in Persian', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" lang="fa"></iw-quote-card>',
    );
    await emulate('print');
    const link = shadow(card).querySelector('.citation a')!;
    const after = getComputedStyle(link, '::after');
    expect(after.content).toMatch(/attr\(href\)|source\.html/);
    expect(after.unicodeBidi).toBe('isolate');
    expect(after.direction).toBe('ltr');
  });
});
