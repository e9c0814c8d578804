import { describe, expect, it } from 'vitest';
import { events } from '@iranwire/rapprochement-data';
import { userEvent } from 'vitest/browser';
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
const chip = (timeline: IwTimeline, label: string) =>
  [...shadow(timeline).querySelectorAll<HTMLButtonElement>('.chip')].find(
    (button) => text(button) === label,
  )!;

describe('<iw-timeline> with the built-in story', () => {
  it('is an ordered list of events in date order, each with a <time datetime>, title, summary, badges, quotes and source', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const list = shadow(timeline).querySelector('ol')!;
    expect(list).not.toBeNull();
    const times = [...list.querySelectorAll(':scope > li > .date > time')];
    expect(times.length).toBe(items(timeline).length);
    expect(times.length).toBeGreaterThan(5);
    const datetimes = times.map((time) => time.getAttribute('datetime')!);
    expect([...datetimes].sort()).toEqual(datetimes);

    const sermon = shadow(timeline).getElementById('iw-event-1998-01-16-friday-sermon')!;
    expect(sermon.querySelector('h3')!.textContent!.length).toBeGreaterThan(3);
    expect(sermon.querySelector('time')!.getAttribute('datetime')).toBe('1998-01-16');
    expect(text(sermon.querySelector('time')!)).toBe('16 January 1998');
    expect(sermon.querySelector('iw-actor-badge[person="ali-khamenei"]')).not.toBeNull();
    expect(sermon.querySelectorAll('iw-quote-card').length).toBeGreaterThan(0);
    expect(sermon.querySelector('.source a')!.getAttribute('href')).toMatch(/^#:~:text=/);
    expect(deepText(sermon)).toMatch(/Source\s*:\s*¶\s*paragraph\s*\d+/);
    await expectNoAxeViolations(timeline);
  });

  it('writes dates at their precision: a month, "about" a day, "perhaps" a day', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const time = (id: string) => shadow(timeline).querySelector(`#iw-event-${id} time`)!;
    expect(time('1997-12-islamic-summit').getAttribute('datetime')).toBe('1997-12');
    expect(text(time('1997-12-islamic-summit'))).toBe('December 1997');
    expect(time('1998-01-11-akhundi-visits-rafsanjani').getAttribute('datetime')).toBe(
      '1998-01-11',
    );
    expect(text(time('1998-01-11-akhundi-visits-rafsanjani'))).toBe('about 11 January 1998');
    expect(text(time('1997-12-cnn-interview'))).toBe('perhaps 13 December 1997');
    expect(text(time('1979-us-embassy-occupation'))).toBe('1979');
  });

  it('renders in Persian: right to left, Solar Hijri dates in Persian digits, Persian names from the dataset', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    const base = shadow(timeline).querySelector('.base')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    const sermon = shadow(timeline).getElementById('iw-event-1998-01-16-friday-sermon')!;
    expect(text(sermon.querySelector('time')!)).toBe('۲۶ دی ۱۳۷۶');
    expect(text(shadow(timeline).querySelector('.count')!)).toMatch(
      /^نمایش [۰-۹]+ از [۰-۹]+ رویداد$/,
    );
    const badge = sermon.querySelector('iw-actor-badge')!;
    expect(text(shadow(badge).querySelector('.name')!)).toMatch(/[\u0600-\u06FF]/);
    await expectNoAxeViolations(timeline);
  });

  it('can show Gregorian dates in Persian and Solar Hijri dates in English', async () => {
    const gregorian = await mount<IwTimeline>(
      '<iw-timeline lang="fa" calendar="gregory"></iw-timeline>',
    );
    expect(
      text(shadow(gregorian).querySelector('#iw-event-1998-01-16-friday-sermon time')!),
    ).toMatch(/ژانویه/);
    const persian = await mount<IwTimeline>(
      '<iw-timeline lang="en" calendar="persian"></iw-timeline>',
    );
    expect(text(shadow(persian).querySelector('#iw-event-1998-01-16-friday-sermon time')!)).toMatch(
      /1376/,
    );
  });

  it('takes its direction from the nearest ancestor when it has no lang of its own', async () => {
    const wrapper = await mount<HTMLElement>(
      '<div dir="rtl" lang="en"><iw-timeline></iw-timeline></div>',
    );
    const timeline = wrapper.querySelector('iw-timeline')!;
    await settle(timeline);
    expect(shadow(timeline).querySelector('.base')!.getAttribute('dir')).toBe('rtl');
  });

  it('filters by person with pressed chips and announces the count', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const all = itemIds(timeline);
    const group = shadow(timeline).querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).toBe('filters-label');
    const rouhani = chip(timeline, 'Rouhani');
    expect(rouhani.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(rouhani);
    await settle(timeline);
    expect(rouhani.getAttribute('aria-pressed')).toBe('true');
    const filtered = itemIds(timeline);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const item of items(timeline)) expect(deepText(item)).toMatch(/Rouhani/);
    expect(text(shadow(timeline).querySelector('[role="status"].count')!)).toBe(
      `Showing ${filtered.length} of ${all.length} events`,
    );
    await expectNoAxeViolations(timeline);

    await userEvent.click(chip(timeline, 'Everyone'));
    await settle(timeline);
    expect(itemIds(timeline)).toEqual(all);
  });

  it('applies the actors, types, from and to attributes', async () => {
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

  it('moves a roving tabindex with the arrow keys, Home and End, and selects with Enter', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const list = items(timeline);
    expect(list.filter((item) => item.tabIndex === 0)).toHaveLength(1);
    list[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(timeline).activeElement).toBe(list[1]);
    expect(list[1]!.tabIndex).toBe(0);
    expect(list[0]!.tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow(timeline).activeElement).toBe(list[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(shadow(timeline).activeElement).toBe(list[1]);
    await userEvent.keyboard('{End}');
    expect(shadow(timeline).activeElement).toBe(list.at(-1));
    await userEvent.keyboard('{Home}');
    expect(shadow(timeline).activeElement).toBe(list[0]);

    const selected: string[] = [];
    document.addEventListener('iw-select', (event) => selected.push(event.detail.eventId), {
      once: true,
    });
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([list[0]!.dataset.eventId]);
    expect(timeline.highlight).toBe(list[0]!.dataset.eventId);
    await settle(timeline);
    expect(list[0]!.getAttribute('aria-current')).toBe('true');
  });

  it('mirrors the horizontal arrow keys right to left', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="fa"></iw-timeline>');
    const list = items(timeline);
    list[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadow(timeline).activeElement).toBe(list[1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow(timeline).activeElement).toBe(list[0]);
  });

  it('does not handle keys outside itself or from controls inside an item', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>');
    const list = items(timeline);
    document.body.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(list[0]!.tabIndex).toBe(0);
    list[0]!.querySelector('a')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(list[0]!.tabIndex).toBe(0);
    expect(shadow(timeline).querySelector('[role="application"]')).toBeNull();
  });

  it('opens at the event named by the URL fragment and writes the fragment on select, with sync-hash', async () => {
    history.replaceState(null, '', '#iw-event-1998-01-16-friday-sermon');
    try {
      const timeline = await mount<IwTimeline>('<iw-timeline sync-hash lang="en"></iw-timeline>');
      await expect
        .poll(() => shadow(timeline).activeElement?.id)
        .toBe('iw-event-1998-01-16-friday-sermon');
      expect(timeline.highlight).toBe('1998-01-16-friday-sermon');

      const first = items(timeline)[0]!;
      await userEvent.click(first.querySelector('h3')!);
      expect(location.hash).toBe(`#iw-event-${first.dataset.eventId}`);

      location.hash = '#iw-event-1998-01-16-friday-sermon';
      await expect.poll(() => timeline.highlight).toBe('1998-01-16-friday-sermon');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('in compact density, keeps quotes behind a disclosure', async () => {
    const timeline = await mount<IwTimeline>(
      '<iw-timeline density="compact" lang="en"></iw-timeline>',
    );
    const details = shadow(timeline).querySelector('details.quotes')!;
    expect(text(details.querySelector('summary')!)).toMatch(/\d+ quotes?/);
    await expectNoAxeViolations(timeline);
  });

  it('passes axe in the dark theme, in English and Persian', async () => {
    const en = await mount<IwTimeline>(
      '<iw-timeline theme="dark" lang="en" highlight="1998-01-16-friday-sermon"></iw-timeline>',
    );
    expect(getComputedStyle(en).colorScheme).toBe('dark');
    await expectNoAxeViolations(en);
    const fa = await mount<IwTimeline>('<iw-timeline theme="dark" lang="fa"></iw-timeline>');
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
});

describe('<iw-timeline> with custom data', () => {
  it('renders another story passed through .data', async () => {
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = newsroomDataset();
    });
    expect(itemIds(timeline)).toEqual(['2001-02-storm', '2001-03-02-harbour-opening']);
    expect(shadow(timeline).querySelector('ol')!.getAttribute('aria-label')).toBe(
      'Timeline: The Harbour Story',
    );
    const card = deepQueryAll(timeline, 'iw-quote-card')[0]!;
    expect(deepText(card)).toContain('open again');
    expect(text(shadow(card).querySelector('mark')!)).toBe('open again');
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
    expect(text(alert.querySelector('li')!)).toMatch(/^events\.1\.title: .+/);
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

  it('renders hostile strings as inert text and drops javascript: URLs', async () => {
    const fired: string[] = [];
    (window as unknown as { iwPwned: (what: string) => void }).iwPwned = (what) => fired.push(what);
    const hostile = newsroomDataset();
    hostile.events[0]!.title = '<img src=x onerror="iwPwned(\'title\')">';
    hostile.events[0]!.summary = '<script>iwPwned("summary")</script>';
    hostile.quotes[0]!.text = '<img src=x onerror="iwPwned(\'quote\')">';
    hostile.quotes[0]!.context = 'She said <img src=x onerror="iwPwned(\'context\')">.';
    hostile.people[0]!.name = '<b onmouseover="iwPwned(\'name\')">Jane</b>';
    const timeline = await mount<IwTimeline>(
      '<iw-timeline lang="en" source-url="javascript:iwPwned(1)"></iw-timeline>',
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
      timeline.types = '040';
      await timeline.rendered;
      expect(items(timeline)).toHaveLength(998);
    } finally {
      timeline.remove();
    }
  });
});
