import { describe, expect, it } from 'vitest';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import type { IwActorBadge } from '../src/components/actor-badge/actor-badge.component.js';
import type { IwQuoteCard } from '../src/components/quote-card/quote-card.component.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { untranslatedStory } from './fixtures.js';
import { mount, shadow, text } from './helpers.js';

/** Where a block's text ends up: the distance from its text to each side of its content box. */
function gaps(block: Element): { start: number; end: number } {
  const range = document.createRange();
  range.selectNodeContents(block);
  const words = range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  return {
    // Right to left: the start is the right side.
    start: box.right - parseFloat(style.paddingRight) - words.right,
    end: words.left - box.left - parseFloat(style.paddingLeft),
  };
}

// A story with no Persian translation (imported or custom data) shows its English text in the
// Persian interface, where it keeps its own direction (so its punctuation stays at its end) while
// the layout stays right to left.
const story = untranslatedStory();
const withStory = (element: HTMLElement) =>
  void ((element as HTMLElement & { data: unknown }).data = story);

describe('English dataset text in the Persian interface (a story with no Persian translation)', () => {
  it('titles and summaries read left to right, lined up on the right like the interface', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>', withStory);
    const item = shadow(timeline).querySelector('#iw-event-1997-12-cnn-interview')!;
    for (const block of [item.querySelector('.toggle > span')!, item.querySelector('.summary')!]) {
      expect(block.getAttribute('lang')).toBe('en');
      expect(getComputedStyle(block).direction).toBe('ltr');
      expect(gaps(block).start).toBeLessThan(2);
    }
    expect(getComputedStyle(item).direction).toBe('rtl');
  });

  it('a quote keeps its quotation marks at its own ends', async () => {
    const card = await mount<IwQuoteCard>(
      '<iw-quote-card quote="khamenei-what-needed-to-be-said" lang="fa"></iw-quote-card>',
      withStory,
    );
    const words = shadow(card).querySelector('blockquote [lang="en"]')!;
    expect(getComputedStyle(words).direction).toBe('ltr');
    expect(text(words)).toMatch(/^«What needed.*»$/);
  });

  it('role titles, and names and organizations without a Persian form, are marked English and isolated', async () => {
    const secretary = await mount<IwActorBadge>(
      '<iw-actor-badge person="secretary-of-state" lang="fa"></iw-actor-badge>',
      withStory,
    );
    const name = shadow(secretary).querySelector('.name bdi[lang="en"]');
    expect(text(name)).toBe('The Secretary of State (unnamed)');
    const clinton = await mount<IwActorBadge>(
      '<iw-actor-badge person="bill-clinton" lang="fa"></iw-actor-badge>',
      withStory,
    );
    const root = shadow(clinton);
    expect(root.querySelector('.name bdi')).toBeNull(); // بیل کلینتون
    expect(text(root.querySelector('.role bdi[lang="en"]'))).toMatch(/^President/);
    expect(text(root.querySelector('.organization bdi[lang="en"]'))).toBe('Clinton administration');
  });

  it('a group in an attribution chain is isolated, and English stays unmarked in English', async () => {
    const persian = await mount<IwQuoteCard>(
      '<iw-quote-card quote="politicians-split" lang="fa"></iw-quote-card>',
      withStory,
    );
    const chain = text(shadow(persian).querySelector('[part="attribution"]'));
    expect(chain).toMatch(/\u2068[Aa] number of politicians\u2069/);
    const english = await mount<IwQuoteCard>(
      '<iw-quote-card quote="politicians-split" lang="en"></iw-quote-card>',
    );
    expect(text(shadow(english).querySelector('[part="attribution"]'))).not.toMatch(
      /[\u2068\u2069]/,
    );
    expect(shadow(english).querySelector('bdi')).toBeNull();
  });
});
