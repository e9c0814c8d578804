// The story in Persian (issue 21): a Persian reader reads the editors' Persian translation, and every
// translated quote says it is a translation of IranWire's English, with the English one action away.
import { dataset, type Quote } from '@iranwire/rapprochement-data';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import type { IwActorBadge } from '../src/components/actor-badge/actor-badge.component.js';
import type { IwQuoteCard } from '../src/components/quote-card/quote-card.component.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { expectNoAxeViolations, mount, settle, shadow, text } from './helpers.js';

const NOTICE = 'این نقل‌قول ترجمهٔ فارسی متن انگلیسی ایران‌وایر است، نه عین گفته یا نوشتهٔ اصلی.';
const fa = (record: { translations?: Quote['translations'] }, field: string) =>
  record.translations!.fa!.fields[field]!;
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;

/** Letters the reader sees (closed disclosures hold none), Latin and all. */
function letters(element: HTMLElement): { latin: number; all: number } {
  const seen = element.shadowRoot ? [...element.shadowRoot.children] : [element];
  const visible = seen
    .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
    .join(' ');
  return {
    latin: (visible.match(/[A-Za-z]/g) ?? []).length,
    all: (visible.match(/\p{L}/gu) ?? []).length,
  };
}

/** Opens every event of a list timeline. */
async function openAll(timeline: IwTimeline): Promise<void> {
  for (const toggle of shadow(timeline).querySelectorAll<HTMLButtonElement>('.toggle'))
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  await settle(timeline);
}

/**
 * Each quote block (a quotation or a sentence of fragments) in `root`, with the translation block
 * that follows it: the notice, and the disclosure with the original words.
 */
function quoteBlocks(root: ParentNode): { words: Element; translation: Element | null }[] {
  return [...root.querySelectorAll('blockquote[part="quote"], p.context')].map((words) => {
    let next = words.nextElementSibling;
    while (next && !next.matches('.translation, blockquote, p.context, .copy'))
      next = next.nextElementSibling;
    return { words, translation: next?.matches('.translation') ? next : null };
  });
}

describe('the timeline in Persian', () => {
  it('shows the whole story in Persian: the title, every headline and summary, marked fa', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    const root = shadow(timeline);
    expect(text(root.querySelector('.title')!)).toBe(fa(dataset.article, 'title'));
    for (const event of dataset.events) {
      const item = root.getElementById(`iw-event-${event.id}`)!;
      const headline = item.querySelector('.toggle > span')!;
      expect(text(headline)).toBe(fa(event, 'title'));
      expect(headline.getAttribute('lang')).toBe('fa');
      const summary = item.querySelector('.summary')!;
      expect(text(summary)).toBe(fa(event, 'summary'));
      expect(summary.getAttribute('lang')).toBe('fa');
    }
  });

  it('every quote shown in an open event carries the notice, and its English is one action away', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    await openAll(timeline);
    const blocks = quoteBlocks(shadow(timeline));
    expect(blocks.length).toBeGreaterThan(15);
    for (const { words, translation } of blocks) {
      expect(words.querySelector('[lang="fa"]') ?? words).toHaveProperty('lang', 'fa');
      expect(translation, text(words)).not.toBeNull();
      expect(text(translation!.querySelector('.translation-notice')!)).toBe(NOTICE);
      const original = translation!.querySelector<HTMLDetailsElement>('details.original')!;
      expect(text(original.querySelector('summary')!)).toBe('متن اصلی');
      const english = original.querySelector('p')!;
      expect(english.getAttribute('lang')).toBe('en');
      // Hidden until the reader opens it, then the article's verbatim words.
      expect(english.checkVisibility()).toBe(false);
      original.open = true;
      expect(english.checkVisibility()).toBe(true);
    }
    // The sermon's long quote: Persian, its nested quotes marked in it, the English verbatim.
    const sermon = shadow(timeline).getElementById('iw-event-1998-01-16-friday-sermon')!;
    const long = quote('khamenei-what-needed-to-be-said');
    const said = [...sermon.querySelectorAll('blockquote')].find((b) =>
      text(b).includes(fa(long, 'text').slice(0, 20)),
    )!;
    expect([...said.querySelectorAll('mark')].map(text)).toEqual([
      fa(quote('khamenei-prayed-for-him'), 'text'),
      fa(quote('khamenei-wrong-to-think'), 'text'),
    ]);
    const english = said.nextElementSibling!.querySelector('details p')!;
    expect(text(english)).toBe(`“${long.text}”`);
    await expectNoAxeViolations(timeline);
  });

  it('marks a translated fragment in its translated sentence, and the English one in the English', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    await openAll(timeline);
    const interview = shadow(timeline).getElementById('iw-event-1997-12-cnn-interview')!;
    const civilized = quote('khatami-civilized');
    const sentence = [...interview.querySelectorAll('p.context')].find((p) =>
      text(p).startsWith('او در ادامه'),
    )!;
    expect(text(sentence)).toBe(fa(civilized, 'context'));
    expect([...sentence.querySelectorAll('mark')].map(text)).toEqual(['متمدن', 'شهید']);
    const english = sentence.nextElementSibling!.querySelector('details p')!;
    expect(text(english)).toBe(civilized.context);
    expect([...english.querySelectorAll('mark')].map(text)).toEqual(['civilized', 'Martyr']);
  });

  it('with every event open, at most 3% of the letters a reader sees are Latin', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    await openAll(timeline);
    const { latin, all } = letters(timeline);
    expect(all).toBeGreaterThan(5_000);
    expect(latin / all).toBeLessThanOrEqual(0.03);
    // The English page is unchanged: English text, no notice.
    const english = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    await openAll(english);
    expect(shadow(english).querySelector('.translation')).toBeNull();
    expect(letters(english).latin / letters(english).all).toBeGreaterThan(0.95);
  });

  it('copies a speaker’s quotes as the translation with the notice, or as the English words', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const timeline = await mount<IwTimeline>(
      '<iw-timeline lang="fa" highlight="1998-01-18-zanganeh-visits-rafsanjani"></iw-timeline>',
    );
    await openAll(timeline);
    const item = shadow(timeline).getElementById('iw-event-1998-01-18-zanganeh-visits-rafsanjani')!;
    const [translation, original] = item.querySelectorAll<HTMLButtonElement>('[data-copy]');
    expect(text(translation!)).toBe('رونوشت ترجمه با ذکر منبع');
    expect(text(original!)).toBe('رونوشت متن اصلی با ذکر منبع');
    const words = quote('rafsanjani-foreign-ministry-disappointed');
    await userEvent.click(translation!);
    await settle(timeline);
    expect(writeText.mock.calls[0]![0]).toContain(`«${fa(words, 'text')}»`);
    expect(writeText.mock.calls[0]![0]).toContain(NOTICE);
    await userEvent.click(original!);
    await settle(timeline);
    expect(writeText.mock.calls[1]![0]).toContain(`“${words.text}”`);
    expect(writeText.mock.calls[1]![0]).not.toContain(NOTICE);
  });

  it('slides: each slide shows its quotes in Persian, each with the notice', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline lang="fa" layout="slides"></iw-timeline>',
    );
    const root = shadow(timeline);
    for (const event of dataset.events) {
      const slide = root.getElementById(`iw-event-${event.id}`)!;
      expect(text(slide.querySelector('.event-title')!)).toBe(fa(event, 'title'));
      for (const { translation } of quoteBlocks(slide)) expect(translation).not.toBeNull();
    }
    await expectNoAxeViolations(timeline);
  });
});

describe('the quote card in Persian', () => {
  it('shows the translation, says it is one, and keeps the English one action away', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khamenei-wrong-to-think" lang="fa"></iw-quote-card>',
    );
    const root = shadow(card);
    const words = quote('khamenei-wrong-to-think');
    const shown = root.querySelector('blockquote [lang]')!;
    expect(shown.getAttribute('lang')).toBe('fa');
    expect(text(shown)).toBe(`«${fa(words, 'text')}»`);
    expect(text(root.querySelector('[part="translation-notice"]')!)).toBe(NOTICE);
    const original = root.querySelector<HTMLDetailsElement>('[part="original"]')!;
    await userEvent.click(original.querySelector('summary')!);
    expect(original.open).toBe(true);
    const english = original.querySelector('p')!;
    expect(english.getAttribute('lang')).toBe('en');
    expect(text(english)).toBe(`“${words.text}”`);
    await expectNoAxeViolations(card);
  });

  it('copies the translation with the notice, or the English original, as the reader chooses', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-civilized" lang="fa"></iw-quote-card>',
    );
    const [translation, original] =
      shadow(card).querySelectorAll<HTMLButtonElement>('.actions button');
    await userEvent.click(translation!);
    await card.updateComplete;
    expect(writeText.mock.calls[0]![0]).toMatch(/^«متمدن» — خاتمی، .*نه عین گفته یا نوشتهٔ اصلی\./);
    expect(text(shadow(card).querySelector('.copy-status')!)).toBe('نقل‌قول و منبع آن رونوشت شد.');
    await userEvent.click(original!);
    await card.updateComplete;
    const copied = writeText.mock.calls[1]![0];
    expect(copied).toMatch(/^\u2068“civilized”\u2069 — خاتمی، /);
    expect(copied).not.toContain('نه عین گفته یا نوشتهٔ اصلی');
  });

  it('a fragment shows its translated sentence, and the English sentence as the original', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khatami-remove-the-wall" lang="fa"></iw-quote-card>',
    );
    const root = shadow(card);
    const words = quote('khatami-remove-the-wall');
    expect(text(root.querySelector('[part="context"] span')!)).toBe(fa(words, 'context'));
    expect(text(root.querySelector('[part="context"] mark')!)).toBe('دیوار');
    const english = root.querySelector('[part="original"] p')!;
    expect(text(english)).toBe(words.context);
    expect(text(english.querySelector('mark')!)).toBe('wall');
  });

  it('has fewer than 3% Latin letters on any card, and none but the card’s own', async () => {
    for (const { id } of dataset.quotes) {
      const card = await mount<IwQuoteCard>(
        `<iw-quote-card quote="${id}" lang="fa"></iw-quote-card>`,
      );
      const { latin, all } = letters(card);
      expect(latin / all, id).toBeLessThanOrEqual(0.03);
      card.parentElement!.remove();
    }
  });
});

describe('the actor badge in Persian', () => {
  it('gives the role in Persian and lists the person’s quotes as translations', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="ali-khamenei" lang="fa"></iw-actor-badge>',
    );
    const root = shadow(badge);
    expect(text(root.querySelector('.name')!)).toBe('علی خامنه‌ای');
    expect(text(root.querySelector('.role')!)).toBe('رهبر جمهوری اسلامی (در آن زمان)');
    await userEvent.click(root.querySelector('.trigger')!);
    await badge.updateComplete;
    const panel = root.querySelector('.panel')!;
    const links = [...panel.querySelectorAll('a')].map(text);
    expect(links).toContain(
      fa(
        dataset.events.find((e) => e.id === '1998-01-16-friday-sermon')!,
        'title',
      ),
    );
    const items = [...panel.querySelectorAll('li details.original')];
    expect(items.length).toBe(
      dataset.quotes.filter((q) => q.speaker.person === 'ali-khamenei').length,
    );
    for (const item of items) {
      expect(text(item.querySelector('.translation-tag')!)).toBe('ترجمه');
      expect(item.querySelector('summary [lang]')!.getAttribute('lang')).toBe('fa');
      expect(item.querySelector('p')!.getAttribute('lang')).toBe('en');
    }
    expect(text(panel.querySelector('.translation-notice')!)).toBe(NOTICE);
    await expectNoAxeViolations(badge);
  });
});
