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
  it('prints the timeline as a linear list with every event open: its quotes in full and its sources with their addresses', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    await emulate('print');
    const root = shadow(timeline);
    for (const selector of ['.filters', '.count', '.skip'])
      expect(getComputedStyle(root.querySelector(selector)!).display, selector).toBe('none');
    const item = root.querySelector<HTMLElement>('#iw-event-1998-01-16-friday-sermon')!;
    const details = item.querySelector<HTMLElement>('.details')!;
    expect(details.getAttribute('hidden')).toBe('until-found');
    expect(getComputedStyle(details).contentVisibility).toBe('visible');
    expect(details.querySelector('blockquote')!.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(getComputedStyle(item.querySelector('.summary')!).whiteSpace).toBe('normal');
    expect(getComputedStyle(details.querySelector('.source a')!, '::after').content).toMatch(
      /#(p\d+)?:~:text=/,
    );
    expect(getComputedStyle(details.querySelector('.copy')!).display).toBe('none');
  });

  it('drops transitions under reduced motion', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const item = shadow(timeline).querySelector<HTMLElement>('li.item')!;
    expect(getComputedStyle(item).transitionDuration).not.toBe('0s');
    await emulate('screen', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(item).transitionDuration).toBe('0s');
  });
});
