import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { dataset } from '@iranwire/rapprochement-data';
import { shadowOf } from '../support/elements.js';
import { SECTIONS, type Section } from './dataset-browser.js';
import { propertiesInStyles, themingReferences } from './theming-reference.js';

/**
 * The building blocks of the Data and Theming pages, as stories so that they are tested (rendering,
 * accessibility, and that they show everything) like the components are.
 */
const meta = {
  title: 'Docs helpers',
  // The docs pages are English on a light page; the Persian/dark run in test/static-build.test.ts skips these.
  tags: ['!autodocs', 'docs-helper'],
  globals: { locale: 'en', theme: 'light' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const noteCount = [
  ...dataset.people,
  ...dataset.organizations,
  ...dataset.places,
  ...dataset.events,
  ...dataset.quotes,
].reduce((count, record) => count + (record.notes?.length ?? 0), 0);
const expectedRows: Record<Section, number> = {
  people: dataset.people.length,
  organizations: dataset.organizations.length,
  places: dataset.places.length,
  events: dataset.events.length,
  quotes: dataset.quotes.length,
  sources: dataset.sources.length,
  notes: noteCount,
};

/** Every section of the Data page lists every record of the published dataset. */
export const DatasetBrowser: Story = {
  render: () =>
    html`${SECTIONS.map((section) => html`<sb-dataset-browser section=${section}></sb-dataset-browser>`)}`,
  play: async ({ canvasElement }) => {
    for (const browser of canvasElement.querySelectorAll('sb-dataset-browser')) {
      const root = await shadowOf(browser);
      await expect(root.querySelectorAll('tbody tr')).toHaveLength(expectedRows[browser.section]);
    }
  },
};

/** Typing in the filter box narrows the events to the matching rows. */
export const DatasetBrowserFilter: Story = {
  render: () => html`<sb-dataset-browser section="events"></sb-dataset-browser>`,
  play: async ({ canvasElement }) => {
    const browser = canvasElement.querySelector('sb-dataset-browser');
    if (!browser) throw new Error('No dataset browser');
    const root = await shadowOf(browser);
    const [first] = dataset.events;
    if (!first) throw new Error('The dataset has no events');
    const input = root.querySelector('input');
    if (!input) throw new Error('No filter box');
    await userEvent.type(input, first.id);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(1));
    await expect(root.querySelector('tbody tr')?.textContent).toContain(first.title);
  },
};

/** Every component, every documented custom property and part, and every `--iw-*` its styles read. */
export const ThemingReference: Story = {
  render: () => html`<sb-theming-reference></sb-theming-reference>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('sb-theming-reference');
    if (!element) throw new Error('No theming reference');
    const root = await shadowOf(element);
    const { shared, components } = themingReferences();
    await expect(components.map((reference) => reference.tagName)).toEqual([
      'iw-actor-badge',
      'iw-quote-card',
      'iw-timeline',
    ]);
    await expect(shared.map((entry) => entry.name)).toContain('--iw-accent-color');
    const listed = new Set(
      [...root.querySelectorAll('tbody code')].map((code) => code.textContent),
    );
    for (const reference of components) {
      await expect(reference.parts.length).toBeGreaterThan(0);
      for (const name of propertiesInStyles(reference.tagName))
        await expect(listed).toContain(name);
      for (const part of reference.parts) await expect(listed).toContain(`::part(${part.name})`);
    }
  },
};
