import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/components/timeline/iw-timeline.js';
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

  it('keeps the filter chips in one row that scrolls sideways, reachable from the keyboard', async () => {
    const timeline = await narrowTimeline();
    const root = shadow(timeline);
    const filters = root.querySelector<HTMLElement>('[role="group"][aria-labelledby]')!;
    const chips = [...filters.querySelectorAll<HTMLButtonElement>('button.chip')];
    expect(chips.length).toBeGreaterThan(5);
    const rows = new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top)));
    expect(rows.size).toBe(1);
    expect(filters.scrollWidth).toBeGreaterThan(filters.clientWidth);
    expect(getComputedStyle(filters).overflowX).toBe('auto');
    // Tab through to the last chip: it scrolls into view, its focus ring inside the scroll box.
    chips[0]!.focus();
    for (let i = 1; i < chips.length; i++) await userEvent.keyboard('{Tab}');
    const last = chips.at(-1)!;
    expect(root.activeElement).toBe(last);
    expect(filters.scrollLeft).toBeGreaterThan(0);
    const box = filters.getBoundingClientRect();
    const chip = last.getBoundingClientRect();
    const ring = 5; // outline 3px + offset 2px
    expect(chip.top - ring).toBeGreaterThanOrEqual(box.top);
    expect(chip.bottom + ring).toBeLessThanOrEqual(box.bottom);
    expect(getComputedStyle(last).outlineStyle).toBe('solid');
  });

  it('gives a badge whose text wraps rounded corners, not an oval', async () => {
    const timeline = await narrowTimeline();
    const badges = [...shadow(timeline).querySelectorAll('iw-actor-badge')];
    const triggers = badges.map((badge) => shadow(badge).querySelector<HTMLElement>('.trigger')!);
    const tall = triggers.find((trigger) => trigger.getBoundingClientRect().height > 60)!;
    expect(tall).toBeDefined();
    expect(parseFloat(getComputedStyle(tall).borderStartStartRadius)).toBeLessThanOrEqual(0.5 * 60);
  });
});
