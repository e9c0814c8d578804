import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { dataset, eventsInvolving, formatDate, timeline } from '@iranwire/rapprochement-data';
import type { IwTimeline } from '@iranwire/rapprochement-elements';
import {
  HOSTILE_ID,
  INVALID_DATA,
  pinnedTheme,
  renderedShadow,
  shadowQuery,
} from '../support/elements.js';
import { busiestPerson, eventWithMostQuotes } from '../support/picks.js';
import { themeOf, TOOLBAR_DRIVEN_ARG_TYPES, type CommonArgs } from '../support/render.js';

interface TimelineArgs extends CommonArgs {
  actors?: string;
  highlight?: string;
  from?: string;
  to?: string;
  types?: string;
  density?: 'comfortable' | 'compact';
  layout?: 'list' | 'slides';
  headingLevel?: number;
}

/** The timeline's shadow root once every matching event is in the DOM. */
async function renderedTimeline(
  canvasElement: HTMLElement,
): Promise<{ element: IwTimeline; root: ShadowRoot }> {
  const root = await renderedShadow(canvasElement, 'iw-timeline');
  const element = root.host as IwTimeline;
  await element.rendered;
  return { element, root };
}

/** Persian digits as Latin ones, so assertions hold in both languages. */
const latinDigits = (text: string): string =>
  text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)));

const itemIds = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll<HTMLElement>('[part~="item"]')].map(
    (item) => item.dataset.eventId ?? '',
  );

const meta = {
  title: 'Components/Timeline',
  component: 'iw-timeline',
  argTypes: {
    ...TOOLBAR_DRIVEN_ARG_TYPES,
    layout: { control: 'inline-radio', options: ['list', 'slides'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    actors: { control: 'text' },
    highlight: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    types: { control: 'text' },
  },
  render: (args, context) =>
    html`<iw-timeline
      actors=${ifDefined(args.actors)}
      highlight=${ifDefined(args.highlight)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      types=${ifDefined(args.types)}
      density=${ifDefined(args.density)}
      layout=${ifDefined(args.layout)}
      heading-level=${ifDefined(args.headingLevel)}
      calendar=${ifDefined(args.calendar)}
      theme=${themeOf(args, context)}
      .data=${args.data}
    ></iw-timeline>`,
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Every event of the story in date order, in English with Gregorian dates. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    await expect(itemIds(root)).toEqual(timeline(dataset.events).map((event) => event.id));
    await expect(root.querySelector('time')?.textContent).toMatch(/\d{4}/);
  },
};

/** Persian: right to left, Solar Hijri dates in Persian digits. */
export const Persian: Story = {
  globals: { locale: 'fa' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    await expect(root.querySelector('.base')?.getAttribute('dir')).toBe('rtl');
    await expect(root.querySelector('time')?.textContent).toMatch(/[۰-۹]{4}/);
    await expect(itemIds(root)).toHaveLength(dataset.events.length);
  },
};

/** The light theme, whatever the reader's system prefers. */
export const Light: Story = pinnedTheme('iw-timeline', 'light');

/** The dark theme, on a dark page. */
export const Dark: Story = pinnedTheme('iw-timeline', 'dark');

/** Persian on a dark page: both toolbar globals at once. */
export const PersianDark: Story = {
  globals: { locale: 'fa', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { element, root } = await renderedTimeline(canvasElement);
    await expect(getComputedStyle(element).colorScheme).toBe('dark');
    await expect(root.querySelector('.base')?.getAttribute('dir')).toBe('rtl');
  },
};

/** Compact: one line per event, date and headline; the summary waits with the quotes. */
export const Compact: Story = {
  args: { density: 'compact' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const summaries = [...root.querySelectorAll('[part~="summary"]')];
    await expect(summaries).toHaveLength(dataset.events.length);
    await expect(summaries.every((summary) => summary.closest('[hidden="until-found"]'))).toBe(
      true,
    );
  },
};

/** An event opened in place: its quotes grouped by speaker, fragments marked in their sentence, its sources. */
export const OpenEvent: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = await renderedTimeline(canvasElement);
    const item = root.querySelector<HTMLElement>(`[data-event-id="${eventWithMostQuotes.id}"]`);
    const toggle = item?.querySelector<HTMLButtonElement>('.toggle');
    if (!item || !toggle) throw new Error(`No event ${eventWithMostQuotes.id}`);
    await userEvent.click(toggle);
    await element.rendered;
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(item.querySelector('[part~="details"]')?.hasAttribute('hidden')).toBe(false);
    await expect(item.querySelectorAll('[part~="quote-group"]').length).toBeGreaterThan(0);
    await expect(root.activeElement).toBe(toggle);
  },
};

/** More people than fit: the leading chips, and a button that shows the rest. */
export const AllFilterChips: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = await renderedTimeline(canvasElement);
    const more = root.querySelector<HTMLButtonElement>('.more');
    if (!more) throw new Error('No "more" button');
    const before = root.querySelectorAll('[part~="chip"]').length;
    await userEvent.click(more);
    await element.updateComplete;
    await expect(more.getAttribute('aria-expanded')).toBe('true');
    await expect(root.querySelectorAll('[part~="chip"]').length).toBeGreaterThan(before);
  },
};

/** `heading-level="3"` under an article's own h2: the title is a level-3 heading, events level 4. */
export const HeadingLevel: Story = {
  args: { headingLevel: 3 },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    await expect(root.querySelector('[part~="title"]')?.getAttribute('aria-level')).toBe('3');
    await expect(root.querySelector('[part~="event-title"]')?.getAttribute('aria-level')).toBe('4');
  },
};

/** Slides: one event at a time, on a time axis that shows where it sits and the gaps around it. */
export const Slides: Story = {
  args: { layout: 'slides' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const [, next] = root.querySelectorAll<HTMLButtonElement>('.step');
    if (!next) throw new Error('No "next" button');
    await expect(root.querySelectorAll('[part~="axis"] circle')).toHaveLength(
      dataset.events.length,
    );
    await userEvent.click(next);
    await waitFor(() =>
      expect(latinDigits(root.querySelector('.position')?.textContent ?? '')).toMatch(/\b2\b/),
    );
  },
};

/** Slides in Persian: right to left, the axis and the arrows mirrored. */
export const SlidesPersian: Story = {
  args: { layout: 'slides' },
  globals: { locale: 'fa' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    await expect(root.querySelector('.base')?.getAttribute('dir')).toBe('rtl');
    const list = root.querySelector<HTMLElement>('ol');
    list?.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() =>
      expect(latinDigits(root.querySelector('.position')?.textContent ?? '')).toMatch(/\b2\b/),
    );
  },
};

/** Slides on a dark page. */
export const SlidesDark: Story = {
  args: { layout: 'slides', highlight: eventWithMostQuotes.id },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimeline(canvasElement);
    await expect(getComputedStyle(element).colorScheme).toBe('dark');
  },
};

/** Slides on a 320 px phone: nothing scrolls sideways but the slides themselves. */
export const SlidesNarrowMobile: Story = {
  args: { layout: 'slides' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimeline(canvasElement);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** Filtered by the `actors` attribute: only the events involving that person. */
export const FilteredByActor: Story = {
  args: { actors: busiestPerson.id },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const expected = timeline(eventsInvolving(busiestPerson.id)).map((event) => event.id);
    await expect(expected.length).toBeLessThan(dataset.events.length);
    await expect(itemIds(root)).toEqual(expected);
    // "Showing 9 of 22 events" or "نمایش ۹ از ۲۲ رویداد".
    await expect(latinDigits(root.querySelector('[part~="count"]')?.textContent ?? '')).toMatch(
      new RegExp(`\\b${expected.length}\\D+${dataset.events.length}\\b`),
    );
  },
};

/** A reader presses a person's chip, then "Everyone" again. */
export const FilterByChip: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = await renderedTimeline(canvasElement);
    // Chips show the shortest name the article uses ("Khatami"), or the Persian name.
    const [everyone, ...personChips] = root.querySelectorAll<HTMLButtonElement>('[part~="chip"]');
    const chip = personChips.find((button) => {
      const label = button.textContent?.trim() ?? '';
      // The short name in either language: «هاشمی رفسنجانی» ends the Persian name as «Rafsanjani» the English.
      return (
        label !== '' &&
        (busiestPerson.name.endsWith(label) || (busiestPerson.nameFa ?? '').endsWith(label))
      );
    });
    if (!chip) throw new Error(`No chip for ${busiestPerson.name}`);
    await userEvent.click(chip);
    await element.rendered;
    await expect(chip.getAttribute('aria-pressed')).toBe('true');
    await expect(itemIds(root)).toEqual(
      timeline(eventsInvolving(busiestPerson.id)).map((event) => event.id),
    );
    if (!everyone) throw new Error('No "Everyone" chip');
    await userEvent.click(everyone);
    await element.rendered;
    await expect(itemIds(root)).toHaveLength(dataset.events.length);
  },
};

/** One event highlighted, e.g. the one an article is about: it starts open and holds the keyboard focus stop. */
export const HighlightedEvent: Story = {
  args: { highlight: eventWithMostQuotes.id },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const current = root.querySelector<HTMLElement>('[aria-current="true"]');
    await expect(current?.dataset.eventId).toBe(eventWithMostQuotes.id);
    const toggle = current?.querySelector('.toggle');
    await expect(toggle?.getAttribute('tabindex')).toBe('0');
    await expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  },
};

/** Arrow keys move between events, Enter opens one and fires `iw-select`. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = await renderedTimeline(canvasElement);
    const [first, second] = root.querySelectorAll<HTMLElement>('[part~="item"] .toggle');
    if (!first || !second) throw new Error('The timeline needs two events');
    const selected: string[] = [];
    element.addEventListener('iw-select', (event) => selected.push(event.detail.eventId));
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(root.activeElement).toBe(second));
    await userEvent.keyboard('{Enter}');
    await expect(selected).toEqual([
      second.closest<HTMLElement>('[part~="item"]')?.dataset.eventId,
    ]);
    await expect(second.getAttribute('aria-expanded')).toBe('true');
  },
};

/** A date range: only what falls between `from` and `to`. */
export const DateRange: Story = {
  args: { from: '1998-01', to: '1998-01' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const ids = itemIds(root);
    await expect(ids.length).toBeGreaterThan(0);
    await expect(ids.length).toBeLessThan(dataset.events.length);
    for (const id of ids)
      await expect(dataset.events.find((event) => event.id === id)?.date.edtf).toMatch(/^1998-01/);
  },
};

/** English text with Solar Hijri dates (`calendar="persian"`): the month names follow the calendar. */
export const SolarHijriDatesInEnglish: Story = {
  args: { calendar: 'persian' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const [first] = timeline(dataset.events);
    if (!first) throw new Error('The dataset has no events');
    const shown = root.querySelector(`[data-event-id="${first.id}"] time`)?.textContent ?? '';
    await expect(shown).toBe(formatDate(first.date.edtf, 'en', { calendar: 'persian' }));
    // Solar Hijri years of the 1990s are in the 1370s.
    await expect(shown).toMatch(/13[5-7]\d/);
  },
};

/** A phone: 320 CSS pixels wide, in the Storybook UI and in the test run. Nothing scrolls sideways. */
export const NarrowMobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { element } = await renderedTimeline(canvasElement);
    await expect(window.innerWidth).toBeLessThanOrEqual(414);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** Error: `highlight` names no event, and the id is shown as text, never as markup. */
export const UnknownEvent: Story = {
  args: { highlight: HOSTILE_ID },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.textContent).toContain(HOSTILE_ID);
    await expect(root.querySelector('img')).toBeNull();
    // The list still renders below the error.
    await expect(itemIds(root)).toHaveLength(dataset.events.length);
  },
};

/** Error: `actors` names a person who is not in the story. */
export const UnknownActor: Story = {
  args: { actors: 'no-such-person' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.textContent).toContain('no-such-person');
  },
};

/** Error: a `from` bound that is not an EDTF date. */
export const InvalidDateBound: Story = {
  args: { from: 'last Tuesday' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedTimeline(canvasElement);
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.textContent).toContain('last Tuesday');
  },
};

/** Error: custom `.data` that breaks the schema lists what is wrong instead of rendering. */
export const InvalidCustomData: Story = {
  args: { data: INVALID_DATA },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.querySelectorAll('li').length).toBeGreaterThan(0);
    await expect(root.querySelector('[part~="item"]')).toBeNull();
  },
};
