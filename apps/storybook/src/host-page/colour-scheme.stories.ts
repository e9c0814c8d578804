import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { featuredQuote } from '../support/picks.js';
import { renderedShadow, shadowOf } from '../support/elements.js';

/**
 * The colour-scheme rule (docs/decisions/0027): `theme="auto"`, the default, follows the colour
 * scheme the host page declares (light when it declares none), not the reader's system; an inline
 * badge in running text takes the paragraph's colours. Each story is a host page with an article
 * paragraph and the three widgets, all `theme="auto"`. Look at them with your system set to dark and
 * to light: only the page that declares `light dark` changes.
 */
interface HostPageArgs {
  /** What the host page declares: nothing, `dark`, or `light dark`. */
  scheme: 'none' | 'dark' | 'light dark';
}

const PAGE_COLOURS = {
  none: 'background: #ffffff; color: #1d1b18',
  dark: 'background: #15171a; color: #e9e6e1',
  'light dark': 'background: light-dark(#fbfaf7, #15171a); color: light-dark(#1d1b18, #e9e6e1)',
} as const;

const meta = {
  title: 'Host page/Colour scheme from the page',
  // The toolbar's theme does not apply: these stories are about theme="auto" on a given page.
  globals: { theme: 'auto' },
  argTypes: { scheme: { control: 'inline-radio', options: ['none', 'dark', 'light dark'] } },
  render: ({ scheme }) =>
    html`<section
      data-host-page
      style="padding: 1rem; color-scheme: ${scheme === 'none' ? 'normal' : scheme}; ${
        PAGE_COLOURS[scheme]
      }"
    >
      <p>
        In the winter of 1997–98,
        <iw-actor-badge size="inline" person="mohammad-khatami" style="--iw-font-size: 1em"
          >Mohammad Khatami</iw-actor-badge
        >
        spoke to the American people.
      </p>
      <iw-quote-card quote=${featuredQuote.id}></iw-quote-card>
      <iw-timeline actors="bill-clinton"></iw-timeline>
    </section>`,
} satisfies Meta<HostPageArgs>;

export default meta;
type Story = StoryObj<HostPageArgs>;

const LIGHT_TEXT = 'rgb(27, 27, 31)';
const DARK_TEXT = 'rgb(236, 238, 242)';

/** The widgets' text colour, and the inline badge's name colour with its paragraph's. */
async function colours(canvasElement: HTMLElement) {
  const card = await renderedShadow(canvasElement, 'iw-quote-card');
  const timeline = await renderedShadow(canvasElement, 'iw-timeline');
  const badge = canvasElement.querySelector('iw-actor-badge')!;
  const name = (await shadowOf(badge)).querySelector('[part~="name"]')!;
  return {
    card: getComputedStyle(card.querySelector('figure')!).color,
    timeline: getComputedStyle(timeline.host).color,
    name: getComputedStyle(name).color,
    paragraph: getComputedStyle(badge.parentElement!).color,
  };
}

/** A light page that declares no colour scheme: light widgets, even for a reader whose system is dark. */
export const LightPageDarkReader: Story = {
  args: { scheme: 'none' },
  play: async ({ canvasElement }) => {
    const { card, timeline, name, paragraph } = await colours(canvasElement);
    await expect([card, timeline]).toEqual([LIGHT_TEXT, LIGHT_TEXT]);
    await expect(name).toBe(paragraph);
  },
};

/** A dark page that declares `color-scheme: dark`: dark widgets, even for a reader whose system is light. */
export const DarkPageLightReader: Story = {
  args: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const { card, timeline, name, paragraph } = await colours(canvasElement);
    await expect([card, timeline]).toEqual([DARK_TEXT, DARK_TEXT]);
    await expect(name).toBe(paragraph);
  },
};

/** A page that declares `color-scheme: light dark`: it and the widgets follow the reader's system. */
export const BothSchemes: Story = {
  args: { scheme: 'light dark' },
  play: async ({ canvasElement }) => {
    const { card, timeline, name, paragraph } = await colours(canvasElement);
    const text = matchMedia('(prefers-color-scheme: dark)').matches ? DARK_TEXT : LIGHT_TEXT;
    await expect([card, timeline]).toEqual([text, text]);
    await expect(name).toBe(paragraph);
  },
};
