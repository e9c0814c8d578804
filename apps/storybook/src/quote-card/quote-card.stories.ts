import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { dataset } from '@iranwire/rapprochement-data';
import {
  HOSTILE_ID,
  INVALID_DATA,
  pinnedTheme,
  renderedShadow,
  shadowQuery,
} from '../support/elements.js';
import { featuredQuote, fragmentQuote, longestQuote } from '../support/picks.js';
import { shownText, storyGlobals } from '../support/globals.js';
import { themeOf, TOOLBAR_DRIVEN_ARG_TYPES, type CommonArgs } from '../support/render.js';

interface QuoteCardArgs extends CommonArgs {
  quote: string;
  'source-url'?: string;
}

const meta = {
  title: 'Components/Quote card',
  component: 'iw-quote-card',
  argTypes: {
    ...TOOLBAR_DRIVEN_ARG_TYPES,
    quote: { control: 'text' },
    'source-url': { control: 'text' },
  },
  args: { quote: featuredQuote.id },
  render: (args, context) =>
    html`<iw-quote-card
      quote=${args.quote}
      source-url=${ifDefined(args['source-url'])}
      calendar=${ifDefined(args.calendar)}
      theme=${themeOf(args, context)}
      .data=${args.data}
    ></iw-quote-card>`,
} satisfies Meta<QuoteCardArgs>;

export default meta;
type Story = StoryObj<QuoteCardArgs>;

/** The words in a blockquote; speaker, attribution chain, date and source paragraph in the caption below. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    await expect(root.querySelector('blockquote')?.textContent).toContain(
      featuredQuote.text.slice(0, 40),
    );
    // The attribution sits outside the quote, in the figcaption.
    await expect(root.querySelector('blockquote [part~="attribution"]')).toBeNull();
    await expect(
      root.querySelector('figcaption [part~="attribution"]')?.textContent?.trim(),
    ).not.toBe('');
  },
};

/** Persian: right to left, with Persian quotation marks and a Solar Hijri date. */
export const Persian: Story = {
  globals: { locale: 'fa' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    await expect(root.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
    await expect(root.querySelector('blockquote')?.textContent).toContain('«');
  },
};

export const Light: Story = pinnedTheme('iw-quote-card', 'light');

export const Dark: Story = pinnedTheme('iw-quote-card', 'dark');

/** The longest quote starts collapsed to a few lines. */
export const LongQuoteCollapsed: Story = {
  args: { quote: longestQuote.id },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const toggle = await shadowQuery<HTMLButtonElement>(root, 'button[aria-expanded]');
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const quote = root.querySelector('blockquote p');
    if (!quote) throw new Error('No blockquote');
    await expect(quote.scrollHeight).toBeGreaterThan(quote.clientHeight);
  },
};

/** The same quote after the reader presses "Show the full quote". */
export const LongQuoteExpanded: Story = {
  args: { quote: longestQuote.id },
  play: async ({ canvasElement, globals }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const toggle = await shadowQuery<HTMLButtonElement>(root, 'button[aria-expanded]');
    await userEvent.click(toggle);
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const quote = root.querySelector('blockquote p');
    if (!quote) throw new Error('No blockquote');
    await expect(quote.scrollHeight).toBeLessThanOrEqual(quote.clientHeight + 1);
    await expect(quote.textContent).toContain(
      shownText(longestQuote, 'text', { globals }).slice(-30),
    );
  },
};

/** A short quoted phrase, shown with the article's sentence it stands in. */
export const Fragment: Story = {
  args: { quote: fragmentQuote.id },
  play: async ({ canvasElement, globals }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const context = await shadowQuery(root, '[part~="context"]');
    await expect(context.querySelector('mark')?.textContent?.toLowerCase()).toBe(
      shownText(fragmentQuote, 'text', { globals }).toLowerCase(),
    );
  },
};

/** Replaces the clipboard for one story; returns the cleanup that puts the browser's back. */
function replaceClipboard(writeText: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  };
}

const copyButton = (root: ShadowRoot) =>
  shadowQuery<HTMLButtonElement>(root, '[part~="actions"] button:not([aria-expanded])');

let copiedText = '';

/** "Copy with citation" puts the quote, the article and the paragraph on the clipboard, and says so. */
export const CopyWithCitation: Story = {
  beforeEach: () =>
    replaceClipboard(async (text) => {
      copiedText = text;
    }),
  play: async ({ canvasElement, globals }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    copiedText = '';
    await userEvent.click(await copyButton(root));
    const status = await shadowQuery(root, '.copy-status[role="status"]');
    await waitFor(() => expect(status.textContent?.trim()).not.toBe(''));
    await expect(copiedText).toContain(shownText(featuredQuote, 'text', { globals }));
    await expect(copiedText).toContain(dataset.article.title);
  },
};

/** Where the page blocks the clipboard, the card says so and offers the text to copy by hand. */
export const CopyBlocked: Story = {
  beforeEach: () =>
    replaceClipboard(() =>
      Promise.reject(new DOMException('Blocked by the page', 'NotAllowedError')),
    ),
  play: async ({ canvasElement, globals }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    await userEvent.click(await copyButton(root));
    const fallback = await shadowQuery<HTMLTextAreaElement>(root, 'textarea');
    await expect(fallback.value).toContain(shownText(featuredQuote, 'text', { globals }));
    await expect(root.querySelector('.copy-status')?.textContent?.trim()).not.toBe('');
  },
};

/**
 * In Persian, the quote is the editors' translation of IranWire's English, and the card says so;
 * "متن اصلی" opens the English words. In English the card shows the article's words only.
 */
export const TranslatedQuote: Story = {
  args: { quote: featuredQuote.id },
  play: async ({ canvasElement, globals }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const notice = root.querySelector('[part~="translation-notice"]');
    if (storyGlobals({ globals }).locale === 'en') {
      await expect(notice).toBeNull();
      return;
    }
    await expect(notice?.textContent).toContain('ترجمهٔ فارسی متن انگلیسی ایران‌وایر');
    const original = await shadowQuery<HTMLDetailsElement>(root, '[part~="original"]');
    await userEvent.click(original.querySelector('summary')!);
    await expect(original.open).toBe(true);
    const english = original.querySelector('p')!;
    await expect(english.getAttribute('lang')).toBe('en');
    await expect(english.textContent).toContain(featuredQuote.text);
  },
};

/** A phone: 320 CSS pixels wide. The card wraps instead of overflowing. */
export const NarrowMobile: Story = {
  args: { quote: longestQuote.id },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    await expect(window.innerWidth).toBeLessThanOrEqual(414);
    const host = root.host as HTMLElement;
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** Error: an id that is not in the dataset, shown as text, never as markup. */
export const UnknownQuote: Story = {
  args: { quote: HOSTILE_ID },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.textContent).toContain(HOSTILE_ID);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** Error: custom `.data` that breaks the schema. */
export const InvalidCustomData: Story = {
  args: { data: INVALID_DATA },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-quote-card');
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.querySelectorAll('li').length).toBeGreaterThan(0);
    await expect(root.querySelector('blockquote')).toBeNull();
  },
};
