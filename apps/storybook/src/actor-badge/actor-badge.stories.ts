import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { eventsInvolving } from '@iranwire/rapprochement-data';
import {
  HOSTILE_ID,
  INVALID_DATA,
  pinnedTheme,
  renderedShadow,
  shadowOf,
  shadowQuery,
} from '../support/elements.js';
import { busiestPerson, featuredPerson } from '../support/picks.js';
import { storyGlobals } from '../support/globals.js';
import { themeOf, TOOLBAR_DRIVEN_ARG_TYPES, type CommonArgs } from '../support/render.js';

interface ActorBadgeArgs extends CommonArgs {
  person: string;
  size?: 'block' | 'inline';
}

const meta = {
  title: 'Components/Actor badge',
  component: 'iw-actor-badge',
  argTypes: {
    ...TOOLBAR_DRIVEN_ARG_TYPES,
    size: { control: 'inline-radio', options: ['block', 'inline'] },
    person: { control: 'text' },
  },
  args: { person: busiestPerson.id },
  render: (args, context) =>
    html`<iw-actor-badge
      person=${args.person}
      size=${ifDefined(args.size)}
      calendar=${ifDefined(args.calendar)}
      theme=${themeOf(args, context)}
      .data=${args.data}
    ></iw-actor-badge>`,
} satisfies Meta<ActorBadgeArgs>;

export default meta;
type Story = StoryObj<ActorBadgeArgs>;

/** Name, role at the time and organization. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    await expect(root.querySelector('[part~="name"]')?.textContent).toBe(busiestPerson.name);
  },
};

/** Persian: the name in Persian script, right to left. */
export const Persian: Story = {
  globals: { locale: 'fa' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    await expect(root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    if (busiestPerson.nameFa)
      await expect(root.querySelector('[part~="name"]')?.textContent).toBe(busiestPerson.nameFa);
  },
};

export const Light: Story = pinnedTheme('iw-actor-badge', 'light');

export const Dark: Story = pinnedTheme('iw-actor-badge', 'dark');

/** The trigger opens a panel listing the person's events and quotes; Escape closes it. */
export const PanelOpen: Story = {
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    const trigger = await shadowQuery<HTMLButtonElement>(root, '[part~="trigger"]');
    await userEvent.click(trigger);
    const panel = await shadowQuery(root, '[part~="panel"]');
    await waitFor(() => expect(trigger.getAttribute('aria-expanded')).toBe('true'));
    await expect(panel.matches(':popover-open')).toBe(true);
    // The panel's content is loaded when it first opens.
    await waitFor(() =>
      expect(panel.querySelectorAll('li').length).toBeGreaterThanOrEqual(
        eventsInvolving(busiestPerson.id).length,
      ),
    );
  },
};

/** Escape inside the panel closes it and puts the focus back on the trigger. */
export const PanelClosesOnEscape: Story = {
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    const trigger = await shadowQuery<HTMLButtonElement>(root, '[part~="trigger"]');
    await userEvent.click(trigger);
    const panel = await shadowQuery(root, '[part~="panel"]');
    await waitFor(() => expect(panel.matches(':popover-open')).toBe(true));
    // Keyboard users tab into the panel; Escape from there closes it.
    const close = await shadowQuery<HTMLButtonElement>(root, '[part~="panel"] button');
    close.focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(panel.matches(':popover-open')).toBe(false));
    await expect(root.activeElement).toBe(trigger);
    await expect(trigger.getAttribute('aria-expanded')).toBe('false');
  },
};

/** `size="inline"`: badges sitting in a sentence of running text, as an article would use them. */
export const InlineInRunningText: Story = {
  args: { size: 'inline' },
  render: (args, context) => {
    const badge = (person: string) =>
      html`<iw-actor-badge
        person=${person}
        size="inline"
        theme=${themeOf(args, context)}
      ></iw-actor-badge>`;
    // The sentence is in the toolbar's language, as it would be on an English or a Persian news page.
    return storyGlobals(context).locale === 'fa'
      ? html`<p style="max-inline-size: 38rem; font-size: 1.125rem; line-height: 1.8">
          در زمستان ۱۳۷۶، ${badge(featuredPerson.id)} و ${badge(busiestPerson.id)} در کانون ماجرایی
          بودند که ایران‌وایر در آذر ۱۴۰۱ بازگو کرد.
        </p>`
      : html`<p style="max-inline-size: 38rem; font: 1.125rem/1.6 Georgia, serif">
          In the winter of 1997–98, ${badge(featuredPerson.id)} and ${badge(busiestPerson.id)} were
          at the centre of the story that IranWire retold in December 2022.
        </p>`;
  },
  play: async ({ canvasElement }) => {
    const badges = canvasElement.querySelectorAll('iw-actor-badge');
    await expect(badges).toHaveLength(2);
    const paragraph = canvasElement.querySelector('p');
    if (!paragraph) throw new Error('No paragraph');
    const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
    for (const badge of badges) {
      await shadowOf(badge);
      // Inline badges keep to the line: no taller than about one line of the text around them.
      await expect(badge.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight * 1.5);
    }
  },
};

/** A phone: 320 CSS pixels wide. */
export const NarrowMobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    await expect(window.innerWidth).toBeLessThanOrEqual(414);
    await expect((root.host as HTMLElement).getBoundingClientRect().right).toBeLessThanOrEqual(
      window.innerWidth,
    );
  },
};

/** Error: a person who is not in the story, shown as text, never as markup. */
export const UnknownPerson: Story = {
  args: { person: HOSTILE_ID },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.textContent).toContain(HOSTILE_ID);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** Error: custom `.data` that breaks the schema. */
export const InvalidCustomData: Story = {
  args: { data: INVALID_DATA },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-actor-badge');
    const alert = await shadowQuery(root, '[role="alert"]');
    await expect(alert.querySelectorAll('li').length).toBeGreaterThan(0);
  },
};
