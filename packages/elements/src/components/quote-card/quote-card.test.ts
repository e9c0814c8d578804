import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './iw-quote-card.js';
import type { IwQuoteCard } from './quote-card.component.js';
import { newsroomDataset } from '../../../test/fixtures.js';
import {
  captureWarnings,
  deepText,
  expectNoAxeViolations,
  mount,
  shadow,
  text,
} from '../../../test/helpers.js';

const part = (card: IwQuoteCard, selector: string) =>
  shadow(card).querySelector<HTMLElement>(selector)!;

describe('<iw-quote-card>', () => {
  it('is a figure with a blockquote and a caption outside it', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-wall-of-distrust" lang="en"></iw-quote-card>',
    );
    const figure = part(card, 'figure');
    const blockquote = figure.querySelector('blockquote')!;
    const caption = figure.querySelector(':scope > figcaption')!;
    expect(text(blockquote)).toContain('wall of distrust');
    expect(blockquote.contains(caption)).toBe(false);
    expect(figure.querySelector('cite')).toBeNull();
    expect(caption.querySelector('iw-actor-badge')!.getAttribute('person')).toBe(
      'mohammad-khatami',
    );
    expect(caption.querySelector('time')).not.toBeNull();
    expect(deepText(caption)).toMatch(/Source\s*:\s*¶\s*paragraph\s*\d+/);
    await expectNoAxeViolations(card);
  });

  it('says the attribution chain in plain words', async () => {
    const card = await mount<IwQuoteCard>(
      `<iw-quote-card quote="${DIARY_QUOTE}" lang="en"></iw-quote-card>`,
    );
    expect(text(part(card, '[part="attribution"]'))).toBe(
      'Khatami, as told to Rafsanjani and recorded in his diary, 27 December 1997',
    );
    expect(part(card, '[part="attribution"] time').getAttribute('datetime')).toBe('1997-12-27');
    const interview = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-incorrect" lang="en"></iw-quote-card>',
    );
    expect(text(part(interview, '[part="attribution"]'))).toBe(
      'Khatami, in an interview, broadcast by CNN, perhaps 13 December 1997',
    );
    const relayed = await mount<IwQuoteCard>(
      '<iw-quote-card quote="besharati-friday-will-be-cold" lang="en"></iw-quote-card>',
    );
    expect(text(part(relayed, '[part="attribution"]'))).toBe(
      'Besharati, as told to Khamenei, according to two separate sources: recorded in the diary of Rafsanjani, and quoted by Nategh Nouri, January 1998',
    );
  });

  it('says in words when two sources report the same words side by side', async () => {
    const persian = await mount<IwQuoteCard>(
      '<iw-quote-card quote="besharati-friday-will-be-cold" lang="fa"></iw-quote-card>',
    );
    expect(text(part(persian, '[part="attribution"]'))).toContain(
      'به روایت دو منبع جداگانه: ثبت‌شده در خاطرات هاشمی رفسنجانی و به نقل از ناطق نوری',
    );
    // Said "last night" to no one the article names, in no medium it names: no "in a …".
    const unstated = await mount<IwQuoteCard>(
      '<iw-quote-card quote="rafsanjani-nategh-nouri-last-night" lang="en"></iw-quote-card>',
    );
    expect(text(part(unstated, '[part="attribution"]'))).toBe(
      'Nategh Nouri, recorded in the diary of Rafsanjani, 16 January 1998',
    );
  });

  it('names people on the card by the one short-name rule', async () => {
    const politicians = await mount<IwQuoteCard>(
      '<iw-quote-card quote="politicians-split" lang="en"></iw-quote-card>',
    );
    expect(text(part(politicians, '[part="attribution"]'))).toBe(
      'A number of politicians, as told to Rafsanjani and recorded in his diary',
    );
    const agha = await mount<IwQuoteCard>(
      '<iw-quote-card quote="rafsanjani-foreign-ministry-disappointed" lang="en"></iw-quote-card>',
    );
    expect(text(part(agha, '[part="attribution"]'))).toBe(
      'Zanganeh, as told to Rafsanjani and recorded in his diary, 18 January 1998',
    );
  });

  it('shows a short fragment within its sentence from the article', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" lang="en"></iw-quote-card>',
    );
    expect(text(part(card, 'blockquote'))).toBe('“civilized”');
    const context = part(card, '.context');
    expect(text(context.querySelector('mark')!)).toBe('civilized');
    expect(text(context)).toContain('Americans were a');
    await expectNoAxeViolations(card);
  });

  it('collapses a long quote behind a button that expands it', async () => {
    const card = await mount<IwQuoteCard>(
      `<iw-quote-card quote="${LONG_QUOTE}" lang="en"></iw-quote-card>`,
    );
    const blockquote = part(card, 'blockquote');
    const toggle = [...shadow(card).querySelectorAll('button')].find((button) =>
      button.hasAttribute('aria-expanded'),
    )!;
    expect(toggle.getAttribute('aria-controls')).toBe(blockquote.id);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const collapsedHeight = blockquote.getBoundingClientRect().height;
    await userEvent.click(toggle);
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(blockquote.getBoundingClientRect().height).toBeGreaterThan(collapsedHeight);
    await expectNoAxeViolations(card);
  });

  it('copies the quote with its citation and confirms it', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" lang="en"></iw-quote-card>',
    );
    const copy = [...shadow(card).querySelectorAll('button')].find((button) =>
      button.textContent!.includes('Copy'),
    )!;
    await userEvent.click(copy);
    await card.updateComplete;
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toMatch(
      /^“civilized” — Khatami.*How Khamenei Wrecked.*¶\d+/,
    );
    expect(text(part(card, '.copy-status'))).toBe('Copied the quote with its citation.');
  });

  it('offers the text to copy by hand when the clipboard is blocked', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" lang="en"></iw-quote-card>',
    );
    const copy = [...shadow(card).querySelectorAll('button')].find((button) =>
      button.textContent!.includes('Copy'),
    )!;
    await userEvent.click(copy);
    await card.updateComplete;
    expect(text(part(card, '.copy-status'))).toContain('Select the text below');
    expect(part(card, 'textarea').textContent ?? '').toBe('');
    expect((part(card, 'textarea') as HTMLTextAreaElement).value).toContain('civilized');
    await expectNoAxeViolations(card);
  });

  it('renders in Persian with Solar Hijri dates and Persian numbering', async () => {
    const card = await mount<IwQuoteCard>(
      `<iw-quote-card quote="${DIARY_QUOTE}" lang="fa"></iw-quote-card>`,
    );
    expect(part(card, 'figure').getAttribute('dir')).toBe('rtl');
    expect(text(part(card, 'time'))).toBe('۶ دی ۱۳۷۶');
    // Short names in Persian, by the same rule as in English (the dataset's Persian short name).
    expect(text(part(card, '[part="attribution"]'))).toMatch(/^خاتمی، /);
    expect(deepText(part(card, 'figcaption'))).toMatch(/منبع\s*:\s*¶\s*بند\s*[۰-۹]+/);
    await expectNoAxeViolations(card);
  });

  it('passes axe in the dark theme', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" theme="dark"></iw-quote-card>',
    );
    await expectNoAxeViolations(card);
  });

  it('renders a visible, accessible error for an unknown quote and warns once', async () => {
    const warnings = captureWarnings();
    const card = await mount<IwQuoteCard>('<iw-quote-card quote="nope"></iw-quote-card>');
    expect(text(part(card, '[role="alert"]'))).toBe('Unknown quote “nope”');
    card.requestUpdate();
    await card.updateComplete;
    expect(warnings).toHaveLength(1);
    await expectNoAxeViolations(card);
  });

  it('uses a custom dataset and links only to http(s) URLs', async () => {
    const data = newsroomDataset();
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="doe-open-again" source-url="javascript:alert(1)"></iw-quote-card>',
      (element) => {
        element.data = data;
      },
    );
    expect(text(part(card, 'mark'))).toBe('open again');
    expect(shadow(card).querySelector('a')).toBeNull();
    card.sourceUrl = 'https://news.example/harbour';
    await card.updateComplete;
    // The text fragment is made of the quote's own (verbatim) words.
    expect(part(card, 'a').getAttribute('href')).toBe(
      'https://news.example/harbour#:~:text=open,again',
    );
    card.sourceUrl = null;
    await card.updateComplete;
    expect(part(card, 'a').getAttribute('href')).toBe('#:~:text=open,again');
  });

  it('links to the article’s text shipped beside the script by default, source-url overriding it', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="rafsanjani-foreign-ministry-disappointed"></iw-quote-card>',
    );
    const href = new URL(part(card, '.citation a').getAttribute('href')!);
    // Beside this module (in the package: dist/source.html, next to embed.js).
    expect(href.href.split('#')[0]).toBe(new URL('../../shared/source.html', import.meta.url).href);
    expect(href.hash).toBe('#p25:~:text=At%20the%20Foreign,has%20been%20disrupted.');
    card.sourceUrl = 'https://news.example/article';
    await card.updateComplete;
    expect(part(card, '.citation a').getAttribute('href')).toMatch(
      /^https:\/\/news\.example\/article#:~:text=/,
    );
  });

  it('shows the badge of whoever said the words, as the attribution line names them', async () => {
    // Zanganeh told Rafsanjani, who recorded it in his diary: the words are Zanganeh's.
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="rafsanjani-foreign-ministry-disappointed" lang="en"></iw-quote-card>',
    );
    expect(part(card, 'figcaption iw-actor-badge').getAttribute('person')).toBe('sabah-zanganeh');
    expect(text(part(card, '[part="attribution"]'))).toMatch(/^(Sabah )?Zanganeh,/);
    // Rafsanjani's diary entry about Khatami's visit: the line opens with Khatami, and so does the badge.
    const visit = await mount<IwQuoteCard>(
      '<iw-quote-card quote="rafsanjani-khatami-worried" lang="en"></iw-quote-card>',
    );
    expect(text(part(visit, '[part="attribution"]'))).toMatch(/^(Mohammad )?Khatami,/);
    expect(part(visit, 'figcaption iw-actor-badge').getAttribute('person')).toBe(
      'mohammad-khatami',
    );
  });
});

/** Khatami's words as Rafsanjani recorded them in his diary on 27 December 1997. */
const DIARY_QUOTE = 'khatami-us-ready-to-negotiate';
/** Khamenei's sermon, 680 characters. */
const LONG_QUOTE = 'khamenei-what-needed-to-be-said';
