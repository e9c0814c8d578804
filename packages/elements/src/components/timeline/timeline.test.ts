import { afterEach, describe, expect, it, vi } from 'vitest';
import { events, quotesOf } from '@iranwire/rapprochement-data';
import { cdp, page, userEvent } from 'vitest/browser';
import './iw-timeline.js';
import type { IwTimeline } from './timeline.component.js';
import { newsroomDataset } from '../../../test/fixtures.js';
import {
  captureWarnings,
  deepQueryAll,
  deepText,
  expectNoAxeViolations,
  mount,
  settle,
  shadow,
  text,
} from '../../../test/helpers.js';

const items = (timeline: IwTimeline) => [
  ...shadow(timeline).querySelectorAll<HTMLLIElement>('li.item'),
];
const itemIds = (timeline: IwTimeline) => items(timeline).map((item) => item.dataset.eventId);
const item = (timeline: IwTimeline, id: string) =>
  shadow(timeline).getElementById(`iw-event-${id}`)!;
const toggle = (timeline: IwTimeline, id: string) =>
  item(timeline, id).querySelector<HTMLButtonElement>('.toggle')!;
const details = (timeline: IwTimeline, id: string) =>
  item(timeline, id).querySelector<HTMLElement>('.details')!;
const chip = (timeline: IwTimeline, label: string) =>
  [...shadow(timeline).querySelectorAll<HTMLButtonElement>('.chip')].find(
    (button) => text(button) === label,
  )!;
/**
 * Whether the reader sees it. Closed details are `hidden="until-found"` (content-visibility:
 * hidden): the panel keeps an empty box and its contents are skipped.
 */
const shown = (element: Element) =>
  element.checkVisibility() && element.getBoundingClientRect().height > 0;

const CNN = '1997-12-cnn-interview';
const SERMON = '1998-01-16-friday-sermon';

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe('<iw-timeline>: the whole story at a glance', () => {
  it('lists every event in date order with its date, headline, one-line summary, people and quote count', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    expect(shadow(timeline).querySelector('ol')!.getAttribute('aria-label')).toMatch(/^Timeline: /);
    const datetimes = items(timeline).map((li) =>
      li.querySelector('.date > time')!.getAttribute('datetime')!,
    );
    expect(datetimes).toHaveLength(events.length);
    expect([...datetimes].sort()).toEqual(datetimes);

    const cnn = item(timeline, CNN);
    expect(cnn.querySelector('[part~="event-title"]')!.getAttribute('role')).toBe('heading');
    expect(text(cnn.querySelector('.toggle')!)).toBe(
      events.find((event) => event.id === CNN)!.title,
    );
    expect(text(cnn.querySelector('time')!)).toBe('perhaps 13 December 1997');
    const summary = cnn.querySelector<HTMLElement>('.summary')!;
    expect(getComputedStyle(summary).whiteSpace).toBe('nowrap');
    expect(summary.getBoundingClientRect().height).toBeLessThan(30);
    // People once each, Abraham Lincoln (only mentioned) left out; the five fragments counted.
    expect(text(cnn.querySelector('.people')!)).toBe('Khatami');
    expect(text(cnn.querySelector('.quote-count')!)).toBe('5 quotes');
    // No nested components: a timeline item is light markup.
    expect(cnn.querySelector('iw-actor-badge, iw-quote-card')).toBeNull();
    await expectNoAxeViolations(timeline);
  });

  it('shows the title, the filters and at least 8 events in its first 800 px, and the whole story in about 3 screens, at desktop width', async () => {
    await page.viewport(1280, 800);
    const column = await mount<HTMLElement>(
      '<div style="inline-size: 720px"><iw-timeline lang="en"></iw-timeline></div>',
    );
    const timeline = column.querySelector('iw-timeline')!;
    await settle(timeline);
    const top = timeline.getBoundingClientRect().top;
    const within = (element: Element) => element.getBoundingClientRect().bottom - top <= 800;
    expect(within(shadow(timeline).querySelector('[part~="title"]')!)).toBe(true);
    expect(within(shadow(timeline).querySelector('.filters')!)).toBe(true);
    expect(items(timeline).filter(within).length).toBeGreaterThanOrEqual(8);
    expect(timeline.getBoundingClientRect().height).toBeLessThanOrEqual(2400);
  });

  it('fits the whole story in about 6 screens on a 375 px phone, in Persian', async () => {
    await page.viewport(375, 800);
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    expect(timeline.getBoundingClientRect().height).toBeLessThanOrEqual(6 * 800);
  });

  it('writes dates at their precision: a month, "about" a day, "perhaps" a day', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const time = (id: string) => item(timeline, id).querySelector('time')!;
    expect(time('1997-12-islamic-summit').getAttribute('datetime')).toBe('1997-12');
    expect(text(time('1997-12-islamic-summit'))).toBe('December 1997');
    expect(text(time('1998-01-11-akhundi-visits-rafsanjani'))).toBe('about 11 January 1998');
    expect(text(time('1979-us-embassy-occupation'))).toBe('1979');
  });

  it('renders in Persian: right to left, Solar Hijri dates in Persian digits, Persian names', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    expect(shadow(timeline).querySelector('.base')!.getAttribute('dir')).toBe('rtl');
    expect(text(item(timeline, SERMON).querySelector('time')!)).toBe('۲۶ دی ۱۳۷۶');
    expect(text(shadow(timeline).querySelector('.count')!)).toMatch(
      /^نمایش [۰-۹]+ از [۰-۹]+ رویداد$/,
    );
    // Short names in Persian too, from the dataset's translation: «خامنه‌ای», not the full name.
    expect(text(item(timeline, SERMON).querySelector('.people')!)).toMatch(/^خامنه‌ای، خاتمی/);
    await expectNoAxeViolations(timeline);
  });

  it('can show Gregorian dates in Persian and Solar Hijri dates in English', async () => {
    const gregorian = await mount<IwTimeline>(
      '<iw-timeline lang="fa" calendar="gregory"></iw-timeline>',
    );
    expect(text(item(gregorian, SERMON).querySelector('time')!)).toMatch(/ژانویه/);
    const persian = await mount<IwTimeline>(
      '<iw-timeline lang="en" calendar="persian"></iw-timeline>',
    );
    expect(text(item(persian, SERMON).querySelector('time')!)).toMatch(/1376/);
  });

  it('takes its direction from the nearest ancestor when it has no lang of its own', async () => {
    const wrapper = await mount<HTMLElement>(
      '<div dir="rtl" lang="en"><iw-timeline></iw-timeline></div>',
    );
    const timeline = wrapper.querySelector('iw-timeline')!;
    await settle(timeline);
    expect(shadow(timeline).querySelector('.base')!.getAttribute('dir')).toBe('rtl');
  });

  it('takes heading-level for its title, with event headings one level below (default 2 and 3)', async () => {
    const level = (element: Element | null) => element!.getAttribute('aria-level');
    const byDefault = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    expect(level(shadow(byDefault).querySelector('[part~="title"]'))).toBe('2');
    expect(level(shadow(byDefault).querySelector('[part~="event-title"]'))).toBe('3');
    const deeper = await mount<IwTimeline>('<iw-timeline heading-level="4"></iw-timeline>');
    expect(level(shadow(deeper).querySelector('[part~="title"]'))).toBe('4');
    expect(level(shadow(deeper).querySelector('[part~="event-title"]'))).toBe('5');
    const invalid = await mount<IwTimeline>('<iw-timeline heading-level="9"></iw-timeline>');
    expect(level(shadow(invalid).querySelector('[part~="title"]'))).toBe('2');
  });
});

describe('<iw-timeline>: details on demand', () => {
  it('keeps every event closed, its details in the DOM but hidden until found', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    for (const li of items(timeline)) {
      expect(li.querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('false');
      const panel = li.querySelector<HTMLElement>('.details')!;
      expect(panel.getAttribute('hidden')).toBe('until-found');
      expect(shown(panel)).toBe(false);
    }
    // Find-in-page reaches the quotes: their words are in the DOM of the closed event.
    expect(details(timeline, SERMON).textContent).toContain('completely baseless and illusory');
  });

  it('opens an event where find-in-page lands, as the browser asks with beforematch', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const panel = details(timeline, SERMON);
    // What Chromium does when find-in-page or a text fragment matches inside it.
    panel.removeAttribute('hidden');
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await settle(timeline);
    expect(toggle(timeline, SERMON).getAttribute('aria-expanded')).toBe('true');
    expect(details(timeline, SERMON).hasAttribute('hidden')).toBe(false);
  });

  it('opens and closes in place with a click, keeping focus and the reader’s scroll position', async () => {
    const column = await mount<HTMLElement>(
      '<div><iw-timeline lang="en"></iw-timeline><div style="block-size: 3000px"></div></div>',
    );
    const timeline = column.querySelector('iw-timeline')!;
    await settle(timeline);
    const button = toggle(timeline, SERMON);
    button.scrollIntoView({ block: 'center' });
    const scrollBefore = window.scrollY;
    const topBefore = button.getBoundingClientRect().top;
    const selected: string[] = [];
    timeline.addEventListener('iw-select', (event) => selected.push(event.detail.eventId));

    await userEvent.click(button);
    await settle(timeline);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(shown(details(timeline, SERMON))).toBe(true);
    expect(shadow(timeline).activeElement).toBe(button);
    expect(window.scrollY).toBe(scrollBefore);
    expect(Math.abs(button.getBoundingClientRect().top - topBefore)).toBeLessThan(1);
    expect(selected).toEqual([SERMON]);
    expect(item(timeline, SERMON).getAttribute('aria-current')).toBe('true');
    await expectNoAxeViolations(timeline);

    await userEvent.click(button);
    await settle(timeline);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shown(details(timeline, SERMON))).toBe(false);
    expect(shadow(timeline).activeElement).toBe(button);
    expect(window.scrollY).toBe(scrollBefore);
    expect(Math.abs(button.getBoundingClientRect().top - topBefore)).toBeLessThan(1);
  });

  it('groups an event’s quotes under one speaker line, each fragment sentence once with its fragments marked', async () => {
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="en" highlight="${CNN}"></iw-timeline>`,
    );
    const panel = details(timeline, CNN);
    expect(shown(panel)).toBe(true);
    const groups = panel.querySelectorAll('[part~="quote-group"]');
    expect(groups).toHaveLength(1);
    expect(text(groups[0]!.querySelector('.speaker-name'))).toBe('Mohammad Khatami');
    const fragments = quotesOf(CNN).filter((quote) => quote.fragment);
    const sentences = new Set(fragments.map((quote) => quote.context));
    expect(panel.querySelectorAll('[part~="context"]')).toHaveLength(sentences.size);
    expect([...panel.querySelectorAll('mark')].map((mark) => text(mark)).sort()).toEqual(
      fragments.map((quote) => quote.text).sort(),
    );
    expect(panel.querySelectorAll('[data-copy]')).toHaveLength(1);
    await expectNoAxeViolations(timeline);
  });

  it('marks a quote nested in a longer one of the same event instead of printing it twice', async () => {
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="en" highlight="${SERMON}"></iw-timeline>`,
    );
    const panel = details(timeline, SERMON);
    const nested = quotesOf(SERMON).find((quote) => quote.partOf && !quote.fragment)!;
    const occurrences = panel.textContent!.split(nested.text).length - 1;
    expect(occurrences).toBe(1);
    expect([...panel.querySelectorAll('mark')].some((mark) => text(mark) === nested.text)).toBe(
      true,
    );
  });

  it('lists every paragraph the event cites, once each, linked with a text fragment', async () => {
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="en" highlight="${CNN}"></iw-timeline>`,
    );
    const links = [...details(timeline, CNN).querySelectorAll<HTMLAnchorElement>('.source a')];
    const cited = [
      ...new Set(events.find((event) => event.id === CNN)!.sources.map((s) => s.paragraph)),
    ];
    expect(links.map((link) => text(link).replace(/\D+/g, ''))).toEqual(cited.map(String));
    for (const link of links) expect(link.getAttribute('href')).toMatch(/#(p\d+)?:~:text=/);
  });

  it('copies one speaker’s quotes with attribution and citation in one action, or offers the text when copying is blocked', async () => {
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="en" highlight="${SERMON}"></iw-timeline>`,
    );
    const written: string[] = [];
    const clipboard = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(async (value) => void written.push(value));
    const copy = details(timeline, SERMON).querySelector<HTMLButtonElement>(
      '[data-copy="ali-khamenei"]',
    )!;
    await userEvent.click(copy);
    await settle(timeline);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('“completely baseless and illusory.”');
    expect(written[0]).toMatch(/Khamenei, in a sermon, 16 January 1998/);
    expect(written[0]).toContain(`How Khamenei Wrecked a Chance`);
    expect(text(copy.parentElement!.querySelector('[role="status"]'))).toBe(
      'Copied the quote with its citation.',
    );

    clipboard.mockRejectedValue(new Error('blocked'));
    await userEvent.click(copy);
    await settle(timeline);
    const fallback = details(timeline, SERMON).querySelector('textarea')!;
    expect(fallback.value).toContain('completely baseless and illusory');
    await expectNoAxeViolations(timeline);
  });

  it('in compact density shows date and headline only, the summary waiting in the details', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline density="compact" lang="en"></iw-timeline>',
    );
    const summary = item(timeline, CNN).querySelector('.summary')!;
    expect(summary.closest('.details')).not.toBeNull();
    expect(shown(summary)).toBe(false);
    await userEvent.click(toggle(timeline, CNN));
    await settle(timeline);
    expect(shown(summary)).toBe(true);
    await expectNoAxeViolations(timeline);
  });
});

describe('<iw-timeline>: filters', () => {
  it('filters by person with pressed chips, the leading people first and a button for the rest', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const all = itemIds(timeline);
    const group = shadow(timeline).querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).toBe('filters-label');
    const more = group.querySelector<HTMLButtonElement>('.more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(text(more)).toMatch(/^\d+ more$/);
    const hidden = Number(text(more).split(' ')[0]);
    const before = group.querySelectorAll('.chip').length;
    await userEvent.click(more);
    await settle(timeline);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(group.querySelectorAll('.chip').length).toBe(before + hidden);
    // Only participants get chips: the mentioned Abraham Lincoln does not.
    expect(chip(timeline, 'Lincoln')).toBeUndefined();

    const rouhani = chip(timeline, 'Rouhani');
    await userEvent.click(rouhani);
    await settle(timeline);
    expect(rouhani.getAttribute('aria-pressed')).toBe('true');
    const filtered = itemIds(timeline);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const li of items(timeline)) expect(deepText(li)).toMatch(/Rouhani/);
    expect(text(shadow(timeline).querySelector('[role="status"].count'))).toBe(
      `Showing ${filtered.length} of ${all.length} events`,
    );
    await expectNoAxeViolations(timeline);

    await userEvent.click(chip(timeline, 'Everyone'));
    await settle(timeline);
    expect(itemIds(timeline)).toEqual(all);
  });

  it('applies the actors, types, from and to attributes, showing a pressed chip even when it is not a leading one', async () => {
    const byActor = await mount<IwTimeline>('<iw-timeline actors="hassan-rouhani"></iw-timeline>');
    expect(itemIds(byActor).length).toBeGreaterThan(0);
    expect(chip(byActor, 'Rouhani').getAttribute('aria-pressed')).toBe('true');

    const january = await mount<IwTimeline>(
      '<iw-timeline from="1998-01" to="1998-01"></iw-timeline>',
    );
    const ids = itemIds(january);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith('1998-01'))).toBe(true);

    const consultations = events
      .filter((event) => event.type.cameo === '040')
      .map((event) => event.id);
    expect(consultations.length).toBeGreaterThan(1);
    const byType = await mount<IwTimeline>('<iw-timeline types="040"></iw-timeline>');
    expect(itemIds(byType).sort()).toEqual([...consultations].sort());
  });
});

describe('<iw-timeline>: keyboard and deep links', () => {
  it('moves a roving tabindex over the headlines with the arrow keys, Home and End, scrolling them into view, and opens with Enter', async () => {
    await page.viewport(1024, 500);
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const toggles = items(timeline).map((li) => li.querySelector<HTMLButtonElement>('.toggle')!);
    expect(toggles.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    toggles[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(timeline).activeElement).toBe(toggles[1]);
    expect(toggles[1]!.tabIndex).toBe(0);
    expect(toggles[0]!.tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow(timeline).activeElement).toBe(toggles[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(shadow(timeline).activeElement).toBe(toggles[1]);
    await userEvent.keyboard('{End}');
    expect(shadow(timeline).activeElement).toBe(toggles.at(-1));
    // The focused event is brought into view, not left off-screen.
    await expect
      .poll(() => toggles.at(-1)!.getBoundingClientRect().bottom)
      .toBeLessThanOrEqual(window.innerHeight);
    expect(toggles.at(-1)!.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await userEvent.keyboard('{Home}');
    expect(shadow(timeline).activeElement).toBe(toggles[0]);
    await expect.poll(() => toggles[0]!.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);

    await userEvent.keyboard('{Enter}');
    await settle(timeline);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(timeline.highlight).toBe(items(timeline)[0]!.dataset.eventId);
  });

  it('mirrors the horizontal arrow keys right to left', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    const toggles = items(timeline).map((li) => li.querySelector<HTMLButtonElement>('.toggle')!);
    toggles[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadow(timeline).activeElement).toBe(toggles[1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow(timeline).activeElement).toBe(toggles[0]);
  });

  it('leaves keys alone outside itself and on the controls inside an open event, whose controls are tabbable only when it is open', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const first = toggle(timeline, CNN);
    document.body.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(items(timeline)[0]!.querySelector<HTMLElement>('.toggle')!.tabIndex).toBe(0);
    const link = details(timeline, CNN).querySelector<HTMLAnchorElement>('.source a')!;
    link.focus();
    expect(shadow(timeline).activeElement).not.toBe(link);
    await userEvent.click(first);
    await settle(timeline);
    link.focus();
    expect(shadow(timeline).activeElement).toBe(link);
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(timeline).activeElement).toBe(link);
  });

  it('has a skip link that takes keyboard users past the timeline', async () => {
    const wrapper = await mount<HTMLElement>(
      '<div><iw-timeline lang="en"></iw-timeline><button id="after">After</button></div>',
    );
    const timeline = wrapper.querySelector('iw-timeline')!;
    await settle(timeline);
    const skip = shadow(timeline).querySelector<HTMLButtonElement>('.skip')!;
    expect(text(skip)).toBe('Skip past the timeline');
    await userEvent.keyboard('{Tab}');
    expect(shadow(timeline).activeElement).toBe(skip);
    expect(skip.getBoundingClientRect().width).toBeGreaterThan(20);
    await userEvent.keyboard('{Enter}');
    expect(shadow(timeline).activeElement).toBe(shadow(timeline).querySelector('.end'));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(wrapper.querySelector('#after'));
    expect(shadow(timeline).querySelector<HTMLElement>('.end')!.tabIndex).toBe(-1);
  });

  it('opens the event a deep link names, by default, with focus on its heading in view; sync-hash also writes the link', async () => {
    history.replaceState(null, '', `#iw-event-${SERMON}`);
    try {
      const column = await mount<HTMLElement>(
        '<div><div style="block-size: 1500px"></div><iw-timeline lang="en"></iw-timeline></div>',
      );
      const timeline = column.querySelector('iw-timeline')!;
      await settle(timeline);
      await expect.poll(() => shadow(timeline).activeElement).toBe(toggle(timeline, SERMON));
      expect(toggle(timeline, SERMON).getAttribute('aria-expanded')).toBe('true');
      const top = toggle(timeline, SERMON).getBoundingClientRect().top;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(window.innerHeight / 2);

      location.hash = `#iw-event-${CNN}`;
      await expect.poll(() => timeline.highlight).toBe(CNN);

      timeline.syncHash = true;
      await userEvent.click(toggle(timeline, '1997-12-islamic-summit'));
      expect(location.hash).toBe('#iw-event-1997-12-islamic-summit');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

describe('<iw-timeline layout="slides">', () => {
  const slideInView = (timeline: IwTimeline) => {
    const list = shadow(timeline).querySelector('ol')!.getBoundingClientRect();
    return items(timeline).findIndex(
      (li) => Math.abs(li.getBoundingClientRect().left - list.left) < 2,
    );
  };
  const position = (timeline: IwTimeline) => text(shadow(timeline).querySelector('.position'));

  it('shows one event at a time with its details, on a time axis that marks where it sits and the gaps', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline layout="slides" lang="en"></iw-timeline>',
    );
    expect(position(timeline)).toBe(`Event 1 of ${events.length}`);
    expect(slideInView(timeline)).toBe(0);
    // Every event is still an item of one ordered list, and each slide shows its details.
    expect(items(timeline)).toHaveLength(events.length);
    expect(
      shadow(timeline).querySelector('[role="application"], [aria-roledescription]'),
    ).toBeNull();
    expect(shown(details(timeline, CNN))).toBe(true);
    const axis = shadow(timeline).querySelector('[part~="axis"]')!;
    expect(axis.getAttribute('aria-hidden')).toBe('true');
    // Drawn as SVG (an HTML element named circle would draw nothing).
    const ticks = [...axis.querySelectorAll('circle')];
    expect(ticks.filter((tick) => tick instanceof SVGCircleElement)).toHaveLength(events.length);
    expect(ticks.every((tick) => tick.getBoundingClientRect().width > 0)).toBe(true);
    expect(axis.querySelectorAll('circle.current')).toHaveLength(1);
    // 1979 to 1997 is shortened to a break rather than squeezing the story into one corner.
    const gaps = [...axis.querySelectorAll('line.gap')];
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => gap instanceof SVGLineElement)).toBe(true);
    const xs = [...axis.querySelectorAll('circle')].map((c) => c.getBoundingClientRect().left);
    expect(xs[1]! - xs[0]!).toBeLessThan(axis.getBoundingClientRect().width / 4);
    await expectNoAxeViolations(timeline);
  });

  it('moves with previous and next, the arrow keys (mirrored in Persian), Home and End', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline layout="slides" lang="en"></iw-timeline>',
    );
    const [previous, next] = shadow(timeline).querySelectorAll<HTMLButtonElement>('.step');
    expect(previous!.disabled).toBe(true);
    expect(next!.getAttribute('aria-label')).toBe('Next event');
    await userEvent.click(next!);
    await expect.poll(() => slideInView(timeline)).toBe(1);
    expect(position(timeline)).toBe(`Event 2 of ${events.length}`);
    shadow(timeline).querySelector('ol')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => slideInView(timeline)).toBe(2);
    await userEvent.keyboard('{End}');
    await expect.poll(() => slideInView(timeline)).toBe(events.length - 1);
    expect(next!.disabled).toBe(true);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => slideInView(timeline)).toBe(0);

    const persian = await mount<IwTimeline>(
      '<iw-timeline layout="slides" lang="fa"></iw-timeline>',
    );
    shadow(persian).querySelector('ol')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => slideInView(persian)).toBe(1);
    expect(position(persian)).toBe(`رویداد ۲ از ۲۲`);
    await expectNoAxeViolations(persian);
  });

  it('follows a swipe', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline layout="slides" lang="en"></iw-timeline>',
    );
    const list = shadow(timeline).querySelector('ol')!.getBoundingClientRect();
    // A real touch swipe from right to left. CDP speaks in the top page's pixels, and vitest runs
    // the test in a (possibly scaled) iframe of that page.
    const frame = window.frameElement!.getBoundingClientRect();
    const scale = frame.width / window.innerWidth;
    const x = Math.round(frame.left + (list.left + list.width * 0.8) * scale);
    const y = Math.round(frame.top + (list.top + 40) * scale);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: number) =>
      cdp().send('Input.dispatchTouchEvent', {
        type,
        touchPoints: at === undefined ? [] : [{ x: at, y }],
      });
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    try {
      await touch('touchStart', x);
      for (let step = 1; step <= 10; step++) await touch('touchMove', x - step * 40 * scale);
      await touch('touchEnd');
      await expect.poll(() => slideInView(timeline)).toBe(1);
      await expect.poll(() => position(timeline)).toBe(`Event 2 of ${events.length}`);
    } finally {
      await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
  });

  it('selects the slide a deep link names', async () => {
    history.replaceState(null, '', `#iw-event-${SERMON}`);
    try {
      const timeline = await mount<IwTimeline>(
        '<iw-timeline layout="slides" lang="en"></iw-timeline>',
      );
      const at = itemIds(timeline).indexOf(SERMON);
      await expect.poll(() => slideInView(timeline)).toBe(at);
      expect(position(timeline)).toBe(`Event ${at + 1} of ${events.length}`);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('prints as a list of every event', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline layout="slides" lang="en"></iw-timeline>',
    );
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(getComputedStyle(shadow(timeline).querySelector('ol')!).display).toBe('block');
      expect(shown(shadow(timeline).querySelector('.nav')!)).toBe(false);
      const lefts = new Set(
        items(timeline).map((li) => Math.round(li.getBoundingClientRect().left)),
      );
      expect(lefts.size).toBe(1);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});

describe('<iw-timeline> errors and custom data', () => {
  it('passes axe in the dark theme, in English and Persian, with an event open', async () => {
    const dark = await mount<IwTimeline>(
      `<iw-timeline theme="dark" lang="en" highlight="${SERMON}"></iw-timeline>`,
    );
    expect(getComputedStyle(dark).colorScheme).toBe('dark');
    await expectNoAxeViolations(dark);
    const fa = await mount<IwTimeline>(
      `<iw-timeline theme="dark" lang="fa" highlight="${CNN}"></iw-timeline>`,
    );
    await expectNoAxeViolations(fa);
  });

  it('shows an accessible error and warns once for an unknown highlight or a malformed date', async () => {
    const warnings = captureWarnings();
    const timeline = await mount<IwTimeline>(
      '<iw-timeline highlight="nope" from="199X" lang="en"></iw-timeline>',
    );
    const alerts = [...shadow(timeline).querySelectorAll('[role="alert"]')].map((alert) =>
      text(alert),
    );
    expect(alerts).toContain('Unknown event “nope”');
    expect(alerts.some((alert) => alert.includes('199X'))).toBe(true);
    expect(items(timeline).length).toBeGreaterThan(0);
    timeline.requestUpdate();
    await settle(timeline);
    expect(warnings.filter((warning) => warning.includes('nope'))).toHaveLength(1);
    expect(warnings.filter((warning) => warning.includes('199X'))).toHaveLength(1);
    await expectNoAxeViolations(timeline);
  });

  it('renders another story passed through .data', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = newsroomDataset();
    });
    expect(itemIds(timeline)).toEqual(['2001-02-storm', '2001-03-02-harbour-opening']);
    expect(shadow(timeline).querySelector('ol')!.getAttribute('aria-label')).toBe(
      'Timeline: The Harbour Story',
    );
    expect(text(shadow(timeline).querySelector('[part~="title"]'))).toBe('The Harbour Story');
    await userEvent.click(toggle(timeline, '2001-03-02-harbour-opening'));
    await settle(timeline);
    const panel = details(timeline, '2001-03-02-harbour-opening');
    expect(panel.textContent).toContain('open again');
    expect(text(panel.querySelector('mark'))).toBe('open again');
    await expectNoAxeViolations(timeline);
  });

  it('renders an accessible error that says what is wrong with invalid data, and warns once', async () => {
    const warnings = captureWarnings();
    const wrongType = newsroomDataset();
    (wrongType.events[1] as { title: unknown }).title = 42;
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = wrongType;
    });
    const alert = shadow(timeline).querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('This data cannot be shown because it is invalid');
    expect(text(alert.querySelector('li'))).toMatch(/^events\.1\.title: .+/);
    expect(shadow(timeline).querySelector('ol')).toBeNull();
    expect(warnings).toHaveLength(1);
    await expectNoAxeViolations(timeline);

    const danglingReference = newsroomDataset();
    danglingReference.events[0]!.participants[0]!.person = 'no-such-person';
    const persian = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>', (element) => {
      element.data = danglingReference;
    });
    const persianAlert = shadow(persian).querySelector('[role="alert"]')!;
    expect(text(persianAlert)).toContain('این داده‌ها نامعتبرند');
    expect(text(persianAlert)).toContain('events.0.participants.0.person');
    expect(warnings).toHaveLength(2);
    await expectNoAxeViolations(persian);
  });

  it('shows an impossible date (30 February, month 13) as invalid data, not a thrown error', async () => {
    const warnings = captureWarnings();
    const impossible = newsroomDataset();
    impossible.events[0]!.date.edtf = '2001-02-30';
    impossible.quotes[0]!.spoken = '2001-13';
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = impossible;
    });
    const problems = [...shadow(timeline).querySelectorAll('[role="alert"] li')].map(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\.0\.date\.edtf: .*no day 30/),
        expect.stringMatching(/^quotes\.0\.spoken: .*no month 13/),
      ]),
    );
    expect(warnings).toHaveLength(1);
  });

  it('renders hostile strings as inert text and drops javascript: URLs', async () => {
    const fired: string[] = [];
    (window as unknown as { iwPwned: (what: string) => void }).iwPwned = (what) => fired.push(what);
    const hostile = newsroomDataset();
    hostile.article.title = '<img src=x onerror="iwPwned(\'article\')">';
    hostile.events[0]!.title = '<img src=x onerror="iwPwned(\'title\')">';
    hostile.events[0]!.summary = '<script>iwPwned("summary")</script>';
    hostile.quotes[0]!.text = '<img src=x onerror="iwPwned(\'quote\')">';
    hostile.quotes[0]!.context = 'She said <img src=x onerror="iwPwned(\'context\')">.';
    hostile.people[0]!.name = '<b onmouseover="iwPwned(\'name\')">Jane</b>';
    const timeline = await mount<IwTimeline>(
      '<iw-timeline lang="en" source-url="javascript:iwPwned(1)" highlight="2001-02-storm"></iw-timeline>',
      (element) => {
        element.data = hostile;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepQueryAll(timeline, 'img, script, b')).toHaveLength(0);
    expect(deepText(timeline)).toContain('<img src=x onerror="iwPwned(\'title\')">');
    expect(deepQueryAll(timeline, 'a')).toHaveLength(0);
    expect(deepText(timeline)).toMatch(/Source\s*:\s*¶\s*paragraph\s*2/);
    expect(fired).toEqual([]);
  });

  it('renders long timelines in chunks, every event ending up in the DOM', async () => {
    const timeline = document.createElement('iw-timeline');
    timeline.density = 'compact';
    timeline.data = newsroomDataset(1000);
    const completed = new Promise<CustomEvent>((resolve) =>
      timeline.addEventListener('iw-rendered', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    document.body.append(timeline);
    try {
      const counts = new Set<number>();
      const watching = setInterval(() => counts.add(items(timeline).length));
      await timeline.rendered;
      clearInterval(watching);
      expect([...counts].some((count) => count > 0 && count < 1000)).toBe(true);
      expect(items(timeline)).toHaveLength(1000);
      expect((await completed).detail).toEqual({ count: 1000 });
      // A long timeline skips the off-screen parts of items, but a closed event stays closed: its
      // details keep the hidden="until-found" of every timeline, on screen and off.
      for (const at of [0, 999]) {
        const closed = details(timeline, items(timeline)[at]!.dataset.eventId!);
        expect(getComputedStyle(closed).contentVisibility).toBe('hidden');
        expect(closed.getBoundingClientRect().height).toBe(0);
      }
      timeline.types = '040';
      await timeline.rendered;
      expect(items(timeline)).toHaveLength(998);
    } finally {
      timeline.remove();
    }
  });
});
