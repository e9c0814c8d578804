import { afterEach, describe, expect, it } from 'vitest';
import '../src/components/timeline/iw-timeline.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { newsroomDataset } from './fixtures.js';
import { mount, shadow } from './helpers.js';

const RealDateTimeFormat = Intl.DateTimeFormat;
const RealNumberFormat = Intl.NumberFormat;

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
  Intl.NumberFormat = RealNumberFormat;
});

/** Counts the Intl formatters built from now on (each costs about 0.1 ms). */
function countFormatters(): { built: number } {
  const count = { built: 0 };
  const counting = <T extends object>(Real: T): T =>
    new Proxy(Real, {
      construct(target, args) {
        count.built++;
        return Reflect.construct(target as never, args) as object;
      },
      apply(target, self, args) {
        count.built++;
        return Reflect.apply(target as never, self, args) as unknown;
      },
    });
  Intl.DateTimeFormat = counting(RealDateTimeFormat);
  Intl.NumberFormat = counting(RealNumberFormat);
  return count;
}

/** A story of `count` events, each on its own day. */
function storyOfDays(count: number) {
  const data = newsroomDataset(count);
  data.events.forEach((event, n) => {
    if (!event.id.includes('generated')) return;
    const edtf = new Date(Date.UTC(2002, 0, 1 + n)).toISOString().slice(0, 10);
    event.date = { ...event.date, edtf };
  });
  return data;
}

describe('speed of a long timeline', () => {
  it('renders 1,000 events, each on its own date, with a handful of Intl formatters, not one per date', async () => {
    const data = storyOfDays(1000);
    const count = countFormatters();
    const started = performance.now();
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>', (element) => {
      element.data = data;
    });
    console.info(`1,000 events in ${Math.round(performance.now() - started)} ms (with checks)`);
    expect(shadow(timeline).querySelectorAll('li.item')).toHaveLength(1000);
    expect(count.built).toBeLessThanOrEqual(4);
  });
});

describe('rendering skipped off screen', () => {
  it('only for long timelines: a story of ordinary length keeps every event in the accessibility tree', async () => {
    const story = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const items = [...shadow(story).querySelectorAll('li.item')];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) expect(getComputedStyle(item).contentVisibility).toBe('visible');
    const long = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = storyOfDays(300);
    });
    const item = shadow(long).querySelector('li.item')!;
    // The heading and date stay rendered, so every event is reachable by heading.
    expect(getComputedStyle(item).contentVisibility).toBe('visible');
    expect(getComputedStyle(item.querySelector('.event-title')!).contentVisibility).toBe('visible');
    expect(getComputedStyle(item.querySelector('.date')!).contentVisibility).toBe('visible');
    expect(getComputedStyle(item.querySelector('.summary')!).contentVisibility).toBe('auto');
  });
});
