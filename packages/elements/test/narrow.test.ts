import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { mount, shadow } from './helpers.js';

/** The timeline in a column as wide as an article on a 390 px phone. */
async function narrowTimeline(): Promise<IwTimeline> {
  return mount<IwTimeline>('<iw-timeline lang="en" style="inline-size: 330px"></iw-timeline>');
}

describe('<iw-timeline> on a narrow screen', () => {
  it('leaves most of the width to the text', async () => {
    const timeline = await narrowTimeline();
    const summary = shadow(timeline).querySelector('.summary')!;
    expect(summary.getBoundingClientRect().width).toBeGreaterThan(0.85 * 330);
  });

  it('scrolls nothing sideways, even at 260 px with every quote card laid out', async () => {
    for (const lang of ['en', 'fa']) {
      const timeline = await mount<IwTimeline>(
        `<iw-timeline lang="${lang}" style="inline-size: 260px; box-sizing: border-box"></iw-timeline>`,
      );
      expect(timeline.scrollWidth, lang).toBeLessThanOrEqual(timeline.clientWidth);
    }
  });

  it('shows the leading people and says how many more chips there are; every chip stays on screen, in English and Persian', async () => {
    for (const lang of ['en', 'fa']) {
      const timeline = await mount<IwTimeline>(
        `<iw-timeline lang="${lang}" style="inline-size: 330px"></iw-timeline>`,
      );
      const root = shadow(timeline);
      const filters = root.querySelector<HTMLElement>('[role="group"][aria-labelledby]')!;
      const more = filters.querySelector<HTMLButtonElement>('button.more')!;
      expect(more.getAttribute('aria-expanded'), lang).toBe('false');
      expect(
        Number(
          more
            .textContent!.replace(/[^\d۰-۹]/g, '')
            .replace(/[۰-۹]/g, (d) => `${d.charCodeAt(0) - 0x6f0}`),
        ),
      ).toBeGreaterThan(0);
      await userEvent.click(more);
      await timeline.updateComplete;
      const box = filters.getBoundingClientRect();
      const chips = [...filters.querySelectorAll<HTMLButtonElement>('button.chip, button.more')];
      expect(chips.length).toBeGreaterThan(8);
      for (const chip of chips) {
        const rect = chip.getBoundingClientRect();
        expect(rect.left, `${lang} ${chip.textContent}`).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(rect.right, `${lang} ${chip.textContent}`).toBeLessThanOrEqual(box.right + 0.5);
      }
      expect(filters.scrollWidth).toBeLessThanOrEqual(filters.clientWidth);
    }
  });

  it('gives a badge whose text wraps rounded corners, not an oval', async () => {
    const badge = await mount<HTMLElement>(
      '<iw-actor-badge lang="en" person="akbar-hashemi-rafsanjani" style="inline-size: 150px"></iw-actor-badge>',
    );
    const trigger = shadow(badge).querySelector<HTMLElement>('.trigger')!;
    const height = trigger.getBoundingClientRect().height;
    expect(height).toBeGreaterThan(60);
    expect(parseFloat(getComputedStyle(trigger).borderStartStartRadius)).toBeLessThanOrEqual(
      0.5 * 60,
    );
  });
});
