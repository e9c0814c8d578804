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

describe('no rendering skipped per item', () => {
  it('long timelines render every item as short ones do: no content-visibility: auto on an item or its parts, and closed details stay hidden', async () => {
    const long = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = storyOfDays(300);
    });
    const items = [...shadow(long).querySelectorAll('li.item')];
    expect(items).toHaveLength(300);
    // Each content-visibility: auto element costs an intersection check in every frame, so a list
    // that fills in chunk by chunk paid for it over and over (decision 0026).
    for (const item of [items[0]!, items[299]!]) {
      expect(getComputedStyle(item).contentVisibility).toBe('visible');
      for (const part of item.children) {
        const expected = part.classList.contains('details') ? 'hidden' : 'visible';
        expect(getComputedStyle(part).contentVisibility, part.className).toBe(expected);
      }
    }
  });
});
