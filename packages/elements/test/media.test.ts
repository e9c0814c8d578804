import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/components/timeline/iw-timeline.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { mount, shadow } from './helpers.js';

/** Emulates CSS media through the Chrome DevTools Protocol, as print preview and OS settings would. */
async function emulate(
  media: string,
  features: { name: string; value: string }[] = [],
): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media, features });
}

afterEach(() => emulate(''));

describe('media', () => {
  it('prints the timeline as a linear list with its sources and every quote in full', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    await emulate('print');
    const root = shadow(timeline);
    expect(getComputedStyle(root.querySelector('.filters')!).display).toBe('none');
    expect(getComputedStyle(root.querySelector('.count')!).display).toBe('none');
    const list = root.querySelector('ol')!;
    expect(getComputedStyle(list).borderInlineStartWidth).toBe('0px');
    const item = root.querySelector<HTMLElement>('#iw-event-1998-01-16-friday-sermon')!;
    expect(getComputedStyle(item).contentVisibility).toBe('visible');
    expect(getComputedStyle(item.querySelector('.source a')!, '::after').content).toMatch(
      /#:~:text=/,
    );
    const longQuote = [...item.querySelectorAll('iw-quote-card')].find((card) =>
      shadow(card).querySelector('blockquote.collapsed'),
    )!;
    const text = shadow(longQuote).querySelector('blockquote p')!;
    expect(getComputedStyle(text).overflow).toBe('visible');
    expect(getComputedStyle(shadow(longQuote).querySelector('.actions')!).display).toBe('none');
  });

  it('drops transitions under reduced motion', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const item = shadow(timeline).querySelector<HTMLElement>('li.item')!;
    expect(getComputedStyle(item).transitionDuration).not.toBe('0s');
    await emulate('screen', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(item).transitionDuration).toBe('0s');
  });
});
